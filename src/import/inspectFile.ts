import { inferDateColumn } from './cells/index.ts';
import { CsvRecordReader, sniffDelimiter } from './csv/index.ts';
import { sniffEncoding } from './decode/index.ts';
import { defaultDateOrder } from './defaultDateOrder.ts';
import { findHeaderRow } from './header/index.ts';
import { mapHeaders } from './mapping/index.ts';
import { readHead } from './readHead.ts';
import { LineClassifier, isBlankRecord } from './rows/index.ts';
import { FileTally, cellAt } from './validate/index.ts';
import type { ByteSource, Encoding, Field, FileInspection } from './types.ts';

/** Bytes of the head an inspection reads. */
export const HEAD_BYTES = 256 * 1024;
/** Records of the head an inspection looks at. */
export const HEAD_RECORDS = 1000;
/** Data records shown in the mapping step. */
const PREVIEW_ROWS = 20;

export interface InspectOptions {
  /** Forced encoding (user or CLI); otherwise sniffed from the bytes. */
  readonly encoding?: Encoding;
  /** Field → header the user chose, over the automatic mapping. */
  readonly overrides?: ReadonlyMap<Field, string>;
}

/**
 * What the mapping step shows, from the file's head only (256 KB, up to 1,000 records):
 * encoding, delimiter, header row (title lines above it skipped), the mapping and kind,
 * a preview, and the date order the sampled values decide. `problem` is set when the file
 * cannot be imported (empty, or no usable customer/date/amount column).
 */
export async function inspectFile(source: ByteSource, options: InspectOptions = {}): Promise<FileInspection> {
  const { encoding: forced, overrides } = options;
  const head = await readHead(source, HEAD_BYTES);
  const { encoding, certain } = forced === undefined ? sniffEncoding(head.bytes) : { encoding: forced, certain: true };
  // A cut head may end inside a character: stream mode keeps it pending instead of replacing it.
  const text = new TextDecoder(encoding, { ignoreBOM: false }).decode(head.bytes, { stream: !head.complete });
  const delimiter = sniffDelimiter(text);

  const reader = new CsvRecordReader(delimiter);
  const records = reader.push(text);
  if (head.complete) records.push(...reader.finish());
  records.length = Math.min(records.length, HEAD_RECORDS);

  const base = { file: source.name, size: source.size, encoding, encodingCertain: certain, delimiter };
  const headerIndex = findHeaderRow(records);
  if (headerIndex === -1) {
    return {
      ...base,
      headerRow: 1,
      headers: [],
      skipped: [],
      preview: [],
      mapping: {},
      preset: null,
      kind: 'transactions',
      dateOrder: null,
      revenueStatuses: [],
      problem: { code: 'emptyFile', file: source.name },
    };
  }

  const headers = records[headerIndex];
  const mapped = mapHeaders(headers, overrides);
  const { mapping } = mapped;
  const tally = new FileTally(delimiter);
  for (let i = 0; i < headerIndex; i++) tally.skip(i + 1, isBlankRecord(records[i]) ? 'blank' : 'title', records[i]);

  const classifier = new LineClassifier(headers, mapping.customer_id);
  const data: string[][] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const reason = classifier.classify(records[i]);
    if (reason === null) data.push(records[i]);
    else tally.skip(i + 1, reason, records[i]);
  }

  const nonEmpty = (column: number | undefined): string[] =>
    column === undefined ? [] : data.map((record) => cellAt(record, column)).filter((cell) => cell !== '');
  const dates = mapping.date === undefined ? { order: null, serial: false } : inferDateColumn(nonEmpty(mapping.date));

  return {
    ...base,
    headerRow: headerIndex + 1,
    headers,
    skipped: tally.skipped,
    preview: data.slice(0, PREVIEW_ROWS),
    mapping,
    preset: mapped.preset,
    kind: mapped.kind,
    dateOrder: dates.order,
    defaultDateOrder: defaultDateOrder(mapped.dateOrder, delimiter, nonEmpty(mapping.amount)),
    dateSerial: dates.serial,
    revenueStatuses: mapped.revenueStatuses,
    problem: mapped.problem === null ? null : { ...mapped.problem, file: source.name },
  };
}
