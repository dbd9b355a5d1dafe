/**
 * A file read in two parts at once (the tail by a TailReader, here in the same thread) must
 * give exactly what reading it in one piece gives: the same report and the same data set,
 * wherever the cut falls. Where the tail's part cannot be taken as it is, the first part's
 * reader reads on through it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DatasetBuilder } from '../../../../src/import/datasetBuilder.ts';
import { ImportAborted, importFile, importSettings, inspectFile, readTail, splitTarget } from '../../../../src/import/index.ts';
import type { FileReport, ImportedDataset, RejectionLog, TailProgress, TailReader } from '../../../../src/import/index.ts';
import { mulberry32 } from '../../core/helpers/mulberry32.ts';
import { dirtyFile } from '../dirtyFile.ts';
import { fixture, memorySource } from '../memorySource.ts';
import type { MemorySource } from '../memorySource.ts';

interface Outcome {
  readonly report: FileReport;
  readonly dataset: ImportedDataset;
  readonly log: RejectionLog;
}

/** Reads tails in this thread, from the same source, counting the calls. */
function localTails(source: MemorySource): TailReader & { calls: number } {
  const reader = Object.assign(
    (job: Parameters<TailReader>[0], signal: AbortSignal, onProgress: TailProgress) => {
      reader.calls++;
      return readTail(source.slice!(job.from, source.size), job, { signal, onProgress });
    },
    { calls: 0 },
  );
  return reader;
}

async function importOnce(name: string, bytes: Uint8Array, split: { at: number } | null, logLimit = 1_000_000): Promise<Outcome & { tails: number }> {
  // Cut, both parts read chunks in memory their source overwrites (readReused); whole, they do not.
  const source = memorySource(name, bytes, 4093, split !== null);
  const inspection = await inspectFile(source);
  const builder = new DatasetBuilder();
  const log: RejectionLog = { issues: [], limit: logLimit };
  const tails = localTails(source);
  const options = split === null ? {} : { readTail: tails, splitMinBytes: 0, splitAt: split.at };
  const report = await importFile(source, importSettings(inspection), builder, { certainEncoding: inspection.encodingCertain, rejectionLog: log, ...options });
  return { report, dataset: builder.build(), log, tails: tails.calls };
}

const absorbed = vi.spyOn(DatasetBuilder.prototype, 'absorb');
afterEach(() => absorbed.mockClear());

/** Imports whole and cut at `at`; answers whether the tail's part was taken. */
async function expectSameCut(name: string, bytes: Uint8Array, at: number, logLimit?: number): Promise<boolean> {
  const whole = await importOnce(name, bytes, null, logLimit);
  absorbed.mockClear();
  const split = await importOnce(name, bytes, { at }, logLimit);
  expect(split.report).toEqual(whole.report);
  expect(split.dataset).toEqual(whole.dataset);
  expect(split.log).toEqual(whole.log);
  return absorbed.mock.calls.length > 0;
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const FIXTURES = resolve(import.meta.dirname, '../../../fixtures');

describe('a file read in two parts gives what it gives in one', () => {
  const files = readdirSync(FIXTURES).filter((file) => /\.(csv|tsv)$/.test(file));
  test.each(files)('fixture %s, cut at every seventh of it', async (file) => {
    const bytes = fixture(file);
    for (let k = 1; k < 7; k++) await expectSameCut(file, bytes, Math.floor((bytes.length * k) / 7));
  });

  test('the demo data set: the tail is read apart and taken', async () => {
    const bytes = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../../public/demo/tierscope-demo.csv')));
    expect(await expectSameCut('demo.csv', bytes, bytes.length >> 1)).toBe(true);
  });

  test.each([1, 2, 3, 4, 5])('a seeded file of dirty rows cut at random places (seed %i)', async (seed) => {
    const bytes = encode(dirtyFile(seed, 2000));
    const random = mulberry32(seed * 31);
    let taken = 0;
    for (let k = 0; k < 8; k++) if (await expectSameCut(`dirty-${seed}.csv`, bytes, Math.floor(random() * bytes.length))) taken++;
    // Most cuts fall after an ordinary row; a blank line or a quoted line end just before one is rare.
    expect(taken).toBeGreaterThan(4);
  });

  test('rejections fill a small log in file order over both parts', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `C${i},2024-01-0${(i % 9) + 1},${i % 3 === 0 ? 'bad' : i}`);
    const bytes = encode(`Customer ID,Order Date,Amount\n${rows.join('\n')}\n`);
    expect(await expectSameCut('log.csv', bytes, bytes.length >> 1, 9)).toBe(true);
    const split = await importOnce('log.csv', bytes, { at: bytes.length >> 1 }, 9);
    // Every third row is rejected, 1-based rows counting the header: rows 2, 5, 8, ...
    expect(split.log.issues.map((issue) => issue.row)).toEqual([2, 5, 8, 11, 14, 17, 20, 23, 26]);
    expect(split.report.rejections.map((issue) => issue.row)).toEqual(Array.from({ length: 14 }, (_, i) => 2 + 3 * i));
  });
});

describe('a tail that cannot be taken as it is is read on from the first part', () => {
  const header = 'Customer ID,Order Date,Amount,Note\n';

  test('the cut falls inside a quoted cell that holds a line end', async () => {
    const text = `${header}A,2024-01-02,1,x\nB,2024-01-03,2,"two\nlines, C,2024-01-04,3"\nD,2024-01-05,4,y\n`;
    const inside = text.indexOf('two') + 2;
    expect(await expectSameCut('quoted.csv', encode(text), inside)).toBe(false);
  });

  test('a tail that reads well from inside a quoted cell is still not taken: the first part ended mid-record', async () => {
    // A tail worker cannot tell it started inside quotes when what follows parses: stand in for one
    // that read the rows after the quoted record as if they began at the cut.
    const text = `${header}A,2024-01-02,1,x\nB,2024-01-03,2,"two\nlines"\nC,2024-01-04,3,y\n`;
    const bytes = encode(text);
    const whole = await importOnce('quoted.csv', bytes, null);
    const source = memorySource('quoted.csv', bytes, 4093);
    const inspection = await inspectFile(source);
    const builder = new DatasetBuilder();
    const nextRecord = text.indexOf('C,');
    const misled: TailReader = (job, signal, onProgress) =>
      readTail(source.slice!(nextRecord, source.size), { ...job, from: nextRecord }, { signal, onProgress });
    const report = await importFile(source, importSettings(inspection), builder, {
      readTail: misled,
      splitMinBytes: 0,
      splitAt: text.indexOf('two'),
      rejectionLog: { issues: [], limit: 1_000_000 },
    });
    expect(report).toEqual(whole.report);
    expect(builder.build()).toEqual(whole.dataset);
    expect(absorbed).not.toHaveBeenCalled();
  });

  test('the first part ends with a blank line, after which a single cell is a footer', async () => {
    const text = `${header}A,2024-01-02,1,x\n\nGenerated by CRM\nB,2024-01-03,2,y\n`;
    expect(await expectSameCut('footer.csv', encode(text), text.indexOf('\n\n') + 1)).toBe(false);
  });

  test('the tail holds a date that contradicts the order the first part confirmed', async () => {
    const text = 'Customer ID,Order Date,Amount\nA,25/3/2024,1\nB,3/4/2024,2\nC,3/25/2024,3\nD,4/5/2024,4\n';
    const { report } = await importOnce('dates.csv', encode(text), { at: text.indexOf('B,') });
    expect(report.rejectionCounts).toEqual({ dateOrderConflict: 1 });
    expect(await expectSameCut('dates.csv', encode(text), text.indexOf('B,'))).toBe(false);
  });

  test('the tail holds the first date that decides the order: the file is read again the other way', async () => {
    // More ambiguous rows than the inspection samples, so the order is decided while importing.
    const ambiguous = Array.from({ length: 1500 }, (_, i) => `C${i},${(i % 12) + 1}/${(i % 12) + 1}/2024,1`);
    const text = `Customer ID,Order Date,Amount\n${ambiguous.join('\n')}\nD,25/6/2024,3\nE,7/8/2024,4\n`;
    const { report, tails } = await importOnce('flip.csv', encode(text), { at: text.length >> 1 });
    expect(report.dateOrder).toBe('dmy');
    expect(report.dateOrderSource).toBe('data');
    // The month-first tail is not taken; the day-first reading is split again, and its tail is.
    expect(tails).toBe(2);
    expect(await expectSameCut('flip.csv', encode(text), text.length >> 1)).toBe(true);
    expect(absorbed).toHaveBeenCalledTimes(1);
  });

  test('the tail has a stray quote: the whole file is read the plain way', async () => {
    const text = `${header}A,2024-01-02,1,x\nB "b",2024-01-03,2,y\n`;
    expect(await expectSameCut('stray.csv', encode(text), text.indexOf('B "'))).toBe(false);
  });

  test('the tail has bytes that are not UTF-8: the guessed UTF-8 falls back to GB18030', async () => {
    const head = encode(`${header}A,2024-01-02,1,x\n`);
    const tail = new Uint8Array([...encode('B,2024-01-03,2,'), 0xc4, 0xe3, 0x0a]);
    const bytes = new Uint8Array([...head, ...tail]);
    const split = await importOnce('gbk.csv', bytes, { at: head.length });
    expect(split.report.encoding).toBe('gb18030');
    expect(await expectSameCut('gbk.csv', bytes, head.length)).toBe(false);
  });

  test('a tail that never starts (its worker failed to load) is not waited for', async () => {
    const bytes = encode(dirtyFile(6, 2000));
    const whole = await importOnce('stuck.csv', bytes, null);
    const source = memorySource('stuck.csv', bytes, 4093);
    const inspection = await inspectFile(source);
    const builder = new DatasetBuilder();
    let asked = 0;
    const never: TailReader = () => {
      asked++;
      return new Promise(() => {});
    };
    const report = await importFile(source, importSettings(inspection), builder, { readTail: never, splitMinBytes: 0, rejectionLog: { issues: [], limit: 1_000_000 } });
    expect(asked).toBe(1);
    expect(report).toEqual(whole.report);
    expect(builder.build()).toEqual(whole.dataset);
  });

  test('a file whose header lies past the cut is read in one piece', async () => {
    const text = `Report\n\n${header}A,2024-01-02,1,x\n`;
    const split = await importOnce('late-header.csv', encode(text), { at: 0 });
    expect(split.tails).toBe(0);
    expect(await expectSameCut('late-header.csv', encode(text), 0)).toBe(false);
  });
});

describe('where a file is cut', () => {
  test('past the middle by 4 MiB, the tail starting later; by an eighth of the file at most', () => {
    // 142,000,000 bytes: 71,000,000 + 4 × 1,048,576.
    expect(splitTarget(142_000_000)).toBe(75_194_304);
    // 8 MiB: 4 MiB + 1 MiB, an eighth.
    expect(splitTarget(8 << 20)).toBe(5 << 20);
  });
});

describe('progress of a split reading', () => {
  test('counts the bytes and data rows of both parts, ending at the whole file', async () => {
    const bytes = encode(dirtyFile(4, 3000));
    const source = memorySource('progress.csv', bytes, 1024);
    const inspection = await inspectFile(source);
    const seen: { bytesRead: number; rows: number }[] = [];
    const report = await importFile(source, importSettings(inspection), new DatasetBuilder(), {
      readTail: localTails(source),
      splitMinBytes: 0,
      onProgress: ({ bytesRead, rows }) => seen.push({ bytesRead, rows }),
    });
    expect(absorbed).toHaveBeenCalledTimes(1);
    // The last report comes before the tail's part is added to the tally: its rows must have been counted apart.
    expect(seen.at(-1)).toEqual({ bytesRead: bytes.length, rows: report.rows.total });
  });
});

describe('progress of a split reading whose tail is not waited for', () => {
  test('reports from the stopped tail are left out: progress only grows, to the whole file', async () => {
    // Several MiB: progress is reported once per MiB read.
    const bytes = encode(dirtyFile(4, 80_000));
    const source = memorySource('late.csv', bytes, 1024);
    const inspection = await inspectFile(source);
    const seen: number[] = [];
    // Its worker was slow to start: it reports what it read only as it is stopped.
    const late: TailReader = (job, signal, onProgress) =>
      new Promise((resolve) => {
        signal.addEventListener('abort', () => {
          onProgress(bytes.length - job.from, 100);
          resolve(null);
        });
      });
    await importFile(source, importSettings(inspection), new DatasetBuilder(), { readTail: late, splitMinBytes: 0, onProgress: ({ bytesRead }) => seen.push(bytesRead) });
    // Counted, those bytes would show the whole file read, then less as the reading here goes on.
    expect(seen.every((bytesRead, k) => k === 0 || bytesRead >= seen[k - 1])).toBe(true);
    expect(seen.at(-1)).toBe(bytes.length);
  });
});

describe('cancelling a split reading', () => {
  test('stops both parts and leaves the builder as it was', async () => {
    const bytes = encode(dirtyFile(9, 3000));
    const source = memorySource('cancel.csv', bytes, 1024);
    const inspection = await inspectFile(source);
    const builder = new DatasetBuilder();
    const before = builder.build();
    const controller = new AbortController();
    let tailSignal: AbortSignal | null = null;
    const readTailHere: TailReader = (job, signal, onProgress) => {
      tailSignal = signal;
      return readTail(source.slice!(job.from, source.size), job, { signal, onProgress });
    };
    const reading = importFile(source, importSettings(inspection), builder, {
      readTail: readTailHere,
      splitMinBytes: 0,
      signal: controller.signal,
      onProgress: ({ bytesRead }) => {
        if (bytesRead > bytes.length / 4) controller.abort();
      },
    });
    await expect(reading).rejects.toBeInstanceOf(ImportAborted);
    expect(tailSignal).not.toBeNull();
    expect(tailSignal!.aborted).toBe(true);
    expect(builder.build()).toEqual(before);
  });
});
