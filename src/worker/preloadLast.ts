import type { Dataset } from '../core/index.ts';
import type { DatasetRecord } from '../db/index.ts';
import { LAST_DATASET_KEY } from './store.ts';
import type { Store } from './store.ts';

/** The data set opened last, being loaded before the `open` that will ask for it. */
export interface Preload {
  readonly id: string;
  readonly record: DatasetRecord;
  /** The stored import report (what getReport gives). */
  readonly report: unknown;
  /** Null when it could not be loaded: `open` then loads it again and reports why. */
  readonly dataset: Promise<Dataset | null>;
}

/**
 * Starts loading the data set opened last, or null when there is none. After a start the UI
 * asks for the last id and then opens it; loading it as soon as the worker runs overlaps
 * the read with the page's own start. A ready data set's columns never change (an append
 * makes a new one), so what was loaded stays right as long as its record is there.
 * The record and report `open` answers with are read first: IndexedDB serves reads in turn, and
 * behind the columns (300 MB at 10M rows) these small reads waited seconds.
 */
export async function preloadLast(store: Store): Promise<Preload | null> {
  const id = await store.settings.get(LAST_DATASET_KEY);
  if (typeof id !== 'string') return null;
  const [record, report] = await Promise.all([store.datasets.getDataset(id), store.datasets.getReport(id)]);
  if (record === undefined) return null;
  return { id, record, report, dataset: store.datasets.loadDataset(id).catch(() => null) };
}
