import type { ViewRequest } from '../core/index.ts';
import type { SettingsRepository } from '../db/index.ts';
import { requestKey } from './requestKey.ts';
import type { OverviewResult } from './views/overviewResult.ts';

/** Setting that holds the Overview's last answers. */
export const OVERVIEW_SNAPSHOT_KEY = 'overviewSnapshot';

/** Answers kept: the unfiltered Overview stays among them through a few filter changes. */
const ANSWERS = 4;

interface Answer {
  readonly request: string;
  readonly result: OverviewResult;
}

interface Snapshot {
  readonly datasetId: string;
  readonly build: string;
  /** The most recent last. */
  readonly answers: readonly Answer[];
}

/**
 * The Overview's last answers, stored so that reopening the app shows its KPIs without first
 * analysing the whole data set (the current and the previous year: about a third of a second
 * at 1M rows, after loading the columns). An answer depends only on the data set's columns
 * (fixed once ready: an append makes a new data set), on the request, and on the code that
 * computed it: `build` names that code (the analysis worker's hashed script URL), and null
 * turns snapshots off (the development server serves changing code under one URL).
 * The last few answers of one data set are kept, in memory and in the settings store (a reload
 * after filtering and clearing the filters finds the unfiltered one); deleting the data set
 * deletes them.
 */
export class OverviewSnapshot {
  readonly #settings: SettingsRepository;
  readonly #build: string | null;
  #kept: Promise<Snapshot | null>;

  constructor(settings: SettingsRepository, build: string | null) {
    this.#settings = settings;
    this.#build = build;
    // Read at the worker's start, beside the preload of the last data set.
    this.#kept = build === null ? Promise.resolve(null) : settings.get(OVERVIEW_SNAPSHOT_KEY).then((value) => this.#valid(value), () => null);
  }

  /** The kept answer to `request` on `datasetId`, or null. */
  async find(datasetId: string, request: ViewRequest): Promise<OverviewResult | null> {
    const kept = await this.#kept;
    const key = requestKey(request);
    return kept?.datasetId === datasetId ? (kept.answers.find((answer) => answer.request === key)?.result ?? null) : null;
  }

  /** Whether the kept answers are `datasetId`'s (of any request). */
  async has(datasetId: string): Promise<boolean> {
    return (await this.#kept)?.datasetId === datasetId;
  }

  /** Keeps a computed answer; storing it is best effort (a full disk only costs the next start its head start). */
  keep(datasetId: string, request: ViewRequest, result: OverviewResult): void {
    const build = this.#build;
    if (build === null) return;
    const key = requestKey(request);
    this.#kept = this.#kept.then((kept) => {
      const earlier = kept?.datasetId === datasetId ? kept.answers.filter((answer) => answer.request !== key) : [];
      const snapshot: Snapshot = { datasetId, build, answers: [...earlier, { request: key, result }].slice(-ANSWERS) };
      this.#settings.set(OVERVIEW_SNAPSHOT_KEY, snapshot).catch(() => {});
      return snapshot;
    });
  }

  /** Drops the kept answers when they are `datasetId`'s: nothing of a deleted data set stays stored. */
  async forget(datasetId: string): Promise<void> {
    const kept = await this.#kept;
    const stored = await this.#settings.get(OVERVIEW_SNAPSHOT_KEY);
    if (kept?.datasetId === datasetId) this.#kept = Promise.resolve(null);
    if (isRecord(stored) && stored.datasetId === datasetId) await this.#settings.remove(OVERVIEW_SNAPSHOT_KEY);
  }

  /** A stored value written by this very build (older ones may differ in shape or in their numbers), else null. */
  #valid(value: unknown): Snapshot | null {
    if (!isRecord(value) || value.build !== this.#build || typeof value.datasetId !== 'string' || !Array.isArray(value.answers)) return null;
    if (!value.answers.every((answer: unknown) => isRecord(answer) && typeof answer.request === 'string' && isRecord(answer.result))) return null;
    return value as unknown as Snapshot;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
