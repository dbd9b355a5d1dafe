/**
 * The bench page's worker: one measurement per message ({ kind, file }), answered with a
 * WorkerReply. The page starts a fresh worker for each, so no run warms the next.
 */
import { newMemoryCost } from './newMemoryCost.ts';
import { papaparseParse } from './papaparseParse.ts';
import { readDecodeFloor } from './readDecodeFloor.ts';
import type { ReferenceKind, WorkerReply } from './referenceResults.ts';

const MEASURES = {
  floor: readDecodeFloor,
  memory: newMemoryCost,
  papaparse: papaparseParse,
  // Loaded only for its own measurement: it starts a tail worker, which the others must not share the machine with.
  tierscope: async (file: File) => (await import('./tierscopeParse.ts')).tierscopeParse(file),
} as const;

self.addEventListener('message', (event: MessageEvent<{ kind: ReferenceKind; file: File }>) => {
  const { kind, file } = event.data;
  MEASURES[kind](file).then(
    (result) => self.postMessage({ ok: true, result } satisfies WorkerReply),
    (error: unknown) => self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
  );
});
