import { importFiles } from '../import/index.ts';
import type { ByteSource, RowCounts } from '../import/index.ts';
import { fileSource } from './fileSource.ts';
import { replyFrom } from './reply.ts';
import type { Reply } from './reply.ts';
import type { Session } from './session.ts';
import { sumRowCounts } from './sumRowCounts.ts';
import { throttleProgress } from './throttleProgress.ts';
import type { ProgressCallback } from './throttleProgress.ts';
import { urlSource } from './urlSource.ts';
import type { Fetch } from './urlSource.ts';

export interface ImportDeps {
  readonly session: Session;
  readonly fetchFile: Fetch;
  /** Origin the worker runs on; the demo is fetched from nowhere else. */
  readonly origin: string;
}

/** Progress reports reach the UI at most this often. */
const PROGRESS_INTERVAL_MS = 100;

/** The demo export ships with the app (public/demo/). */
const DEMO_PATH = 'demo/tierscope-demo.csv';

/** Handlers that load a data set into the session; each answers the row counts of the import. */
export function createImportHandlers({ session, fetchFile, origin }: ImportDeps) {
  async function load(
    sources: (signal: AbortSignal) => Promise<readonly ByteSource[]>,
    onProgress?: ProgressCallback,
  ): Promise<Reply<RowCounts>> {
    const signal = session.begin();
    const reply = await replyFrom(async () => {
      const { dataset, reports } = await importFiles(await sources(signal), {
        signal,
        onProgress: throttleProgress(onProgress, PROGRESS_INTERVAL_MS),
      });
      return { dataset, reports };
    }, signal);
    session.end(signal, reply.ok ? reply.value : null);
    return reply.ok ? { ok: true, value: sumRowCounts(reply.value.reports) } : reply;
  }

  return {
    /**
     * Imports the demo export shipped with the app. `appUrl` is the page's base URL: only the
     * page knows where the app lives (the worker script sits elsewhere in dev and in a build).
     */
    openDemo(appUrl: string, onProgress?: ProgressCallback): Promise<Reply<RowCounts>> {
      return load(async (signal) => {
        const url = new URL(DEMO_PATH, appUrl);
        if (url.origin !== origin) throw new Error(`demo must be same-origin, got ${url.origin}`);
        return [await urlSource(url.href, fetchFile, signal)];
      }, onProgress);
    },
    /** Imports files the user dropped or picked. */
    importFiles(files: readonly File[], onProgress?: ProgressCallback): Promise<Reply<RowCounts>> {
      return load(async () => files.map(fileSource), onProgress);
    },
    /** Aborts the running import; its call then answers `cancelled`. */
    cancel(): void {
      session.cancel();
    },
  };
}
