import { ImportRefused, importSettings, inspectFile } from '../import/index.ts';
import type { ImportProgress, ImportSettings, TailReader } from '../import/index.ts';
import type { ImportOutcome, ImportTarget, ProgressCallback } from './contracts.ts';
import { DeferredJob } from './deferredJob.ts';
import { fileSource } from './fileSource.ts';
import { offerCommitted } from './handoff.ts';
import type { ImportSession } from './importSession.ts';
import { rejectedRowsCsv } from './rejectedRowsCsv.ts';
import { replyFrom } from './reply.ts';
import type { Reply } from './reply.ts';
import { runImport } from './runImport.ts';
import type { RunDeps, RunRequest } from './runImport.ts';
import { throttleProgress } from './throttleProgress.ts';
import { untilAborted } from './untilAborted.ts';
import { urlSource } from './urlSource.ts';
import type { Fetch } from './urlSource.ts';

export interface ImportDeps extends RunDeps {
  readonly session: ImportSession;
  readonly fetchFile: Fetch;
  /** Origin the worker runs on; the demo is fetched from nowhere else. */
  readonly origin: string;
  /** Reads the second half of a large dropped file elsewhere (another worker); none: one piece. */
  readonly tailReader?: (file: Blob) => TailReader;
  /** How long after a commit the files' hashing starts by itself (HASH_DELAY_MS). */
  readonly hashDelayMs?: number;
}

/**
 * Hashing reads the files a second time and digests them: started at the commit, it took the
 * CPU from the first analysis of the new data (about 0.3 s later KPIs at 1M rows on two cores).
 * It waits this long, or for the next import, which starts it at once.
 */
export const HASH_DELAY_MS = 5_000;

/** Progress reports reach the UI at most this often (≤ 10 per second). */
const PROGRESS_INTERVAL_MS = 100;

/** The demo export ships with the app (public/demo/). */
const DEMO_PATH = 'demo/tierscope-demo.csv';
const DEMO_NAME = 'Demo data';

/** Imports into the store: the pending files with confirmed settings, or the demo. */
export function createImportHandlers(deps: ImportDeps) {
  const { session, store, fetchFile, origin, tailReader, hashDelayMs = HASH_DELAY_MS } = deps;

  async function importing(
    request: (signal: AbortSignal) => Promise<Omit<RunRequest, 'signal' | 'onProgress'>>,
    onProgress: ProgressCallback | undefined,
  ): Promise<Reply<ImportOutcome>> {
    const signal = session.begin();
    // The last report, told again as `saving` once the files are read: storing 10M rows takes seconds.
    let last: ImportProgress | null = null;
    const throttled = throttleProgress(onProgress, PROGRESS_INTERVAL_MS);
    const progressed = (progress: ImportProgress): void => {
      last = progress;
      throttled?.(progress);
    };
    const reply = await replyFrom(async () => {
      // The last import's hashing comes first, but a cancel does not wait for it.
      await untilAborted(session.hashing.start(), signal);
      store.assertOpen();
      const { outcome, dataset, rejected, hash } = await runImport(
        {
          ...(await request(signal)),
          signal,
          onProgress: progressed,
          onBuilt: (built) => {
            session.committed.built(built);
            if (last !== null) onProgress?.({ ...last, bytesRead: Math.max(last.bytesRead, last.bytesTotal), saving: true });
          },
        },
        deps,
      );
      session.rejected = rejected;
      session.hashing = new DeferredJob(hash, hashDelayMs);
      session.committed.keep(outcome.datasetId, dataset);
      return outcome;
    }, signal);
    session.end(signal, reply.ok);
    return reply;
  }

  return {
    run(
      settings: readonly ImportSettings[],
      target: ImportTarget,
      currency: string | null,
      onProgress?: ProgressCallback,
    ): Promise<Reply<ImportOutcome>> {
      return importing(async () => {
        const { entries } = session;
        return {
          sources: entries.map(({ file }) => fileSource(file)),
          readTails: entries.map(({ file }) => tailReader?.(file)),
          inspections: entries.map(({ pending }) => pending.inspection),
          settings,
          target,
          currency,
          remember: true,
        };
      }, onProgress);
    },

    /**
     * Imports the demo export shipped with the app as a new data set, with the settings its
     * inspection proposes. `appUrl` is the page's base URL: only the page knows where the
     * app lives (the worker script sits elsewhere in dev and in a build).
     */
    openDemo(appUrl: string, onProgress?: ProgressCallback): Promise<Reply<ImportOutcome>> {
      return importing(async (signal) => {
        const url = new URL(DEMO_PATH, appUrl);
        if (url.origin !== origin) throw new Error(`demo must be same-origin, got ${url.origin}`);
        const source = await urlSource(url.href, fetchFile, signal);
        const inspection = await inspectFile(source);
        if (inspection.problem !== null) throw new ImportRefused(inspection.problem);
        return {
          sources: [source],
          inspections: [inspection],
          settings: [importSettings(inspection)],
          target: { mode: 'new', name: DEMO_NAME },
          currency: null,
          remember: false,
        };
      }, onProgress);
    },

    /** Hands the columns of each commit (or of each build, ahead of it) to the analysis worker on the other end of `port`. */
    connectAnalysis(port: MessagePort): void {
      offerCommitted(port, session.committed);
    },

    /** Aborts the running import; its call then answers `cancelled` and nothing stored changes. */
    cancel(): void {
      session.cancel();
    },

    /** The rejected rows of the last import that succeeded, as CSV; just the header line before any. */
    rejectedCsv(): Promise<Reply<string>> {
      return replyFrom(() => rejectedRowsCsv(session.rejected ?? { issues: [], total: 0 }));
    },
  };
}
