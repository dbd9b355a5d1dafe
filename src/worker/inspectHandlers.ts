import { inspectFile } from '../import/index.ts';
import type { Encoding, ImportSettings } from '../import/index.ts';
import type { FieldSample, PendingFile } from './contracts.ts';
import { fieldSamples } from './fieldSamples.ts';
import { fileSource } from './fileSource.ts';
import type { ImportSession } from './importSession.ts';
import { proposeFile } from './proposeFile.ts';
import { replyFrom } from './reply.ts';
import type { Reply } from './reply.ts';
import type { Store } from './store.ts';

/** The mapping step: read each file's head, propose settings, show how values read. Nothing is stored. */
export function createInspectHandlers(session: ImportSession, store: Store) {
  return {
    inspect(files: readonly File[]): Promise<Reply<readonly PendingFile[]>> {
      return replyFrom(async () => {
        store.assertOpen();
        const entries = [];
        for (const [index, file] of files.entries()) {
          entries.push({ file, pending: await proposeFile(index, await inspectFile(fileSource(file)), store.mappings) });
        }
        session.entries = entries;
        return entries.map(({ pending }) => pending);
      });
    },

    reinspect(index: number, encoding: Encoding): Promise<Reply<PendingFile>> {
      return replyFrom(async () => {
        store.assertOpen();
        const entry = session.entry(index);
        entry.pending = await proposeFile(index, await inspectFile(fileSource(entry.file), { encoding }), store.mappings);
        return entry.pending;
      });
    },

    samples(index: number, settings: ImportSettings): Promise<Reply<readonly FieldSample[]>> {
      return replyFrom(() => fieldSamples(session.entry(index).pending.inspection, settings));
    },
  };
}
