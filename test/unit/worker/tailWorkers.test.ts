/**
 * TailWorkers: the tail worker's API reached over a message channel (as Comlink does across
 * workers), a worker started ahead for each tail and ended afterwards, and a cancelled tail
 * answering null at once.
 */
import { expose } from 'comlink';
import { describe, expect, test } from 'vitest';
import { importSettings, inspectFile } from '../../../src/import/index.ts';
import type { TailJob, TailPart } from '../../../src/import/index.ts';
import { fileSource } from '../../../src/worker/fileSource.ts';
import { readTail } from '../../../src/import/index.ts';
import type { TailWorkerApi } from '../../../src/worker/tailWorker.ts';
import { TailWorkers } from '../../../src/worker/tailWorkers.ts';

/** A stand-in Worker: one end of a MessageChannel serving `api`, which records its termination. */
function fakeWorker(api: TailWorkerApi): Worker & { terminated: boolean } {
  const { port1, port2 } = new MessageChannel();
  expose(api, port2);
  const worker = Object.assign(port1, { terminated: false, terminate: () => {
    worker.terminated = true;
    port1.close();
    port2.close();
  } });
  return worker as unknown as Worker & { terminated: boolean };
}

const CSV = 'Customer ID,Order Date,Amount\nA,2024-01-02,10\nB,2024-01-03,20\nA,2024-01-04,5\n';

async function jobFor(file: File, from: number): Promise<TailJob> {
  const inspection = await inspectFile(fileSource(file));
  const settings = importSettings(inspection);
  return { file: file.name, from, settings, headers: inspection.headers, dateOrder: settings.dateOrder, strict: true, logLimit: 0 };
}

describe('TailWorkers', () => {
  test('reads the tail from the job offset in the worker started ahead, ends it and starts the next', async () => {
    const file = new File([CSV], 'orders.csv');
    const from = CSV.indexOf('B,');
    const workers: (Worker & { terminated: boolean })[] = [];
    const seen: { size: number; from: number }[] = [];
    const tails = new TailWorkers(() => {
      const worker = fakeWorker({
        async read(tail, job, onProgress) {
          seen.push({ size: tail.size, from: job.from });
          return readTail(fileSource(tail, job.file), job, { onProgress });
        },
      });
      workers.push(worker);
      return worker;
    });
    tails.warm();
    tails.warm();
    expect(workers).toHaveLength(1);
    const reader = tails.reader(file);
    const progress: number[] = [];
    const part = (await reader(await jobFor(file, from), new AbortController().signal, (bytes) => progress.push(bytes))) as TailPart;
    expect(seen).toEqual([{ size: CSV.length - from, from }]);
    // Rows B and A (the second A is a code of the tail's own dictionary: customers B = 0, A = 1).
    expect(part.rows).toBe(2);
    expect(Array.from(part.builder.customer)).toEqual([0, 1]);
    expect(Array.from(part.builder.amount)).toEqual([20, 5]);
    expect(part.tally.accepted).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(progress.at(-1)).toBe(CSV.length - from);
    expect(workers.map((worker) => worker.terminated)).toEqual([true, false]);
  });

  /** A reader whose workers never answer, and the workers it made. */
  function stuckReader(file: File) {
    const workers: (Worker & { terminated: boolean })[] = [];
    const reader = new TailWorkers(() => {
      const worker = fakeWorker({ read: () => new Promise<TailPart>(() => {}) });
      workers.push(worker);
      return worker;
    }).reader(file);
    return { reader, workers };
  }

  test('a worker that fails (a script that does not load) answers null and is ended', async () => {
    const file = new File([CSV], 'orders.csv');
    const { reader, workers } = stuckReader(file);
    const answer = reader(await jobFor(file, CSV.indexOf('B,')), new AbortController().signal, () => {});
    workers[0].dispatchEvent(new Event('error'));
    expect(await answer).toBeNull();
    expect(workers[0].terminated).toBe(true);
  });

  test('a cancelled tail answers null and its worker is ended', async () => {
    const file = new File([CSV], 'orders.csv');
    const { reader, workers } = stuckReader(file);
    const controller = new AbortController();
    const answer = reader(await jobFor(file, CSV.indexOf('B,')), controller.signal, () => {});
    controller.abort();
    expect(await answer).toBeNull();
    expect(workers.map((worker) => worker.terminated)).toEqual([true, false]);
  });
});
