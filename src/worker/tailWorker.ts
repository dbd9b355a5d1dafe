/** Entry of the tail worker: reads the second half of a large file while the import worker reads the first. */
import { expose, transfer } from 'comlink';
import { readTail } from '../import/index.ts';
import type { TailJob, TailPart, TailProgress } from '../import/index.ts';
import { fileSource } from './fileSource.ts';
import { tailPartBuffers } from './tailPartBuffers.ts';

export interface TailWorkerApi {
  /** Reads `tail` (the file's bytes from `job.from` on) as `job` says. */
  read(tail: Blob, job: TailJob, onProgress: TailProgress): Promise<TailPart>;
}

const api: TailWorkerApi = {
  async read(tail, job, onProgress) {
    const part = await readTail(fileSource(tail, job.file), job, { onProgress });
    return transfer(part, tailPartBuffers(part));
  },
};

expose(api);
