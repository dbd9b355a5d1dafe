/**
 * Columnar data set ⇄ store records. Transaction columns, survey columns and the text columns
 * (customer ids and names, order ids) become chunks of CHUNK_ROWS entries (a 1M-row set is
 * 16 records per number column, not a million rows); each dimension becomes two dictionary
 * records (its values and its codes). Pure: no IndexedDB here.
 */
import { DIMENSIONS } from '../core/model/index.ts';
import type { CodedColumn, Dataset, Dimension, PackedCustomerTexts, PackedTexts, SurveyColumns, TransactionColumns } from '../core/model/index.ts';
import { DbError } from './dbError.ts';
import { concatPacked, gatherPacked, packTexts, slicePacked, unpackTexts } from './packedTexts.ts';
import { CHUNK_COLUMNS } from './records.ts';
import type {
  ChunkColumn,
  ChunkRecord,
  DictionaryName,
  DictionaryRecord,
  FloatColumnName,
  IntColumnName,
  StringColumnName,
  TextChunk,
} from './records.ts';

export const CHUNK_ROWS = 65_536;

/**
 * A data set with the texts of its order ids (text `code` of `orderIds`): what an import stores and
 * an append reads back. With `packedCustomers` (an import has them), its customers' ids and names
 * are stored from those, with no string to clone each.
 */
export interface DatasetWithOrderIds extends Dataset {
  readonly orderIds: PackedTexts;
  readonly packedCustomers?: PackedCustomerTexts;
}

type NumericArray = Int32Array | Float64Array;
type Listed = NumericArray | readonly string[];
type Chunked = Listed | TextChunk;

/** A Dataset whose parts disagree is a bug of its builder. */
function assertInputLength(what: string, actual: number, expected: number): void {
  if (actual !== expected) throw new RangeError(`${what} has ${actual} entries, expected ${expected}`);
}

/**
 * Copies of `values` in slices of `chunkRows`, made one at a time as they are consumed.
 * Copies, not subarray views: the structured clone IndexedDB stores would otherwise carry
 * the whole underlying buffer in every chunk.
 */
export function* splitColumn<T extends Listed>(values: T, chunkRows: number = CHUNK_ROWS): Generator<T> {
  if (!Number.isInteger(chunkRows) || chunkRows < 1) {
    throw new RangeError(`chunkRows must be a positive integer: ${chunkRows}`);
  }
  for (let start = 0; start < values.length; start += chunkRows) {
    yield values.slice(start, start + chunkRows) as T;
  }
}

/** `chunks` sorted by index; DbError 'corrupt' when some are missing or repeated, or they do not hold `length` entries. */
function ordered<T extends Chunked>(chunks: readonly { readonly index: number; readonly values: T }[], length: number): T[] {
  const sorted = [...chunks].sort((a, b) => a.index - b.index);
  let total = 0;
  for (let i = 0; i < sorted.length; i++) {
    const { index, values } = sorted[i];
    if (index !== i) throw new DbError('corrupt', `chunk ${i} expected, found ${index}`);
    total += chunkLength(values);
    if (total > length) throw new DbError('corrupt', `chunks exceed ${length} rows`);
  }
  if (total !== length) throw new DbError('corrupt', `chunks hold ${total} of ${length} rows`);
  return sorted.map((chunk) => chunk.values);
}

/**
 * Concatenates a column's chunks (any order; their `index` decides) into one array of
 * `length`, allocated once. Throws DbError 'corrupt' when chunks are missing, repeated or
 * do not sum to `length`.
 */
export function joinColumn<T extends NumericArray>(
  chunks: readonly { readonly index: number; readonly values: T }[],
  length: number,
  allocate: (length: number) => T,
): T {
  const joined = allocate(length);
  let offset = 0;
  for (const values of ordered(chunks, length)) {
    joined.set(values, offset);
    offset += values.length;
  }
  return joined;
}

/** joinColumn for a text column, its chunks of either format. */
export function joinStrings(chunks: readonly { readonly index: number; readonly values: TextChunk }[], length: number): string[] {
  const parts = ordered(chunks, length).map((values) => ('ends' in values ? unpackTexts(values) : values));
  // concat copies the element pointers natively: about 4× faster than pushing them one by one.
  return ([] as string[]).concat(...parts);
}

/**
 * Chunk records of the transaction columns (customer, day, order, then amount), made one
 * at a time so a writer holds only the batch it is writing.
 */
export function* chunkRecords(
  datasetId: string,
  transactions: TransactionColumns,
  chunkRows: number = CHUNK_ROWS,
): Generator<ChunkRecord> {
  const { length } = transactions;
  for (const column of CHUNK_COLUMNS) assertInputLength(`column ${column}`, transactions[column].length, length);
  for (const column of ['customer', 'day', 'order'] as const) {
    let index = 0;
    for (const values of splitColumn(transactions[column], chunkRows)) {
      yield { datasetId, column, index: index++, values };
    }
  }
  let index = 0;
  for (const values of splitColumn(transactions.amount, chunkRows)) {
    yield { datasetId, column: 'amount', index: index++, values };
  }
}

/** Chunk records of the survey columns (customer, day, then score), made one at a time as chunkRecords'. */
export function* surveyChunkRecords(
  datasetId: string,
  surveys: SurveyColumns,
  chunkRows: number = CHUNK_ROWS,
): Generator<ChunkRecord> {
  const { length } = surveys;
  for (const column of ['customer', 'day', 'score'] as const) assertInputLength(`survey ${column}`, surveys[column].length, length);
  for (const [column, values] of [['surveyCustomer', surveys.customer], ['surveyDay', surveys.day]] as const) {
    let index = 0;
    for (const chunk of splitColumn(values, chunkRows)) yield { datasetId, column, index: index++, values: chunk };
  }
  let index = 0;
  for (const values of splitColumn(surveys.score, chunkRows)) {
    yield { datasetId, column: 'surveyScore', index: index++, values };
  }
}

/**
 * Chunk records of the text columns: customer ids and names as strings, order ids as packed
 * UTF-8 (millions of them, never needed as strings but by an append); made one at a time as
 * chunkRecords'.
 */
export function* stringChunkRecords(
  datasetId: string,
  dataset: DatasetWithOrderIds,
  chunkRows: number = CHUNK_ROWS,
): Generator<ChunkRecord> {
  const { customers, orderIds, orderCount, packedCustomers } = dataset;
  assertInputLength('customer ids', customers.ids.length, customers.length);
  assertInputLength('customer names', customers.names.length, customers.length);
  assertInputLength('order ids', orderIds.ends.length, orderCount);
  if (packedCustomers === undefined) {
    for (const [column, values] of [['customerIds', customers.ids], ['customerNames', customers.names]] as const) {
      let index = 0;
      for (const chunk of splitColumn(values, chunkRows)) yield { datasetId, column, index: index++, values: chunk };
    }
  } else {
    const { ids, nameCodes, names } = packedCustomers;
    assertInputLength('packed customer ids', ids.ends.length, customers.length);
    assertInputLength('packed customer names', nameCodes.length, customers.length);
    yield* packedChunks(datasetId, 'customerIds', customers.length, chunkRows, (from, to) => slicePacked(ids, from, to));
    yield* packedChunks(datasetId, 'customerNames', customers.length, chunkRows, (from, to) => gatherPacked(names, nameCodes, from, to));
  }
  yield* packedChunks(datasetId, 'orderIds', orderCount, chunkRows, (from, to) => slicePacked(orderIds, from, to));
}

/** Chunk records of a text column of `count` texts, chunk by chunk from `slice(from, to)`. */
function* packedChunks(
  datasetId: string,
  column: StringColumnName,
  count: number,
  chunkRows: number,
  slice: (from: number, to: number) => PackedTexts,
): Generator<ChunkRecord> {
  for (let start = 0, index = 0; start < count; start += chunkRows) {
    yield { datasetId, column, index: index++, values: slice(start, Math.min(count, start + chunkRows)) };
  }
}

/** Entries of a chunk. */
function chunkLength(values: Chunked): number {
  return 'ends' in values ? values.ends.length : values.length;
}

/** The view itself when it spans its whole buffer, else a compact copy (same reason as splitColumn). */
function compact(codes: Int32Array): Int32Array {
  return codes.byteOffset === 0 && codes.byteLength === codes.buffer.byteLength ? codes : codes.slice();
}

/** Dictionary records: per dimension its values and codes. */
export function dictionaryRecords(datasetId: string, dataset: Dataset): DictionaryRecord[] {
  const { customers } = dataset;
  const records: DictionaryRecord[] = [];
  for (const dimension of DIMENSIONS) {
    const { codes, values } = customers.dims[dimension];
    assertInputLength(`${dimension} codes`, codes.length, customers.length);
    records.push({ datasetId, name: `dim:${dimension}:values`, values });
    records.push({ datasetId, name: `dim:${dimension}:codes`, values: compact(codes) });
  }
  return records;
}

export interface StoredParts {
  readonly rowCount: number;
  /** Survey answers stored; 0 or absent = the data set has none (no `surveys` in the result). */
  readonly surveyCount?: number;
  readonly customerCount: number;
  readonly orderCount: number;
  /** The chunks of the data set; 'orderIds' chunks are not needed (decodeOrderIds reads them). */
  readonly chunks: readonly ChunkRecord[];
  readonly dictionaries: readonly DictionaryRecord[];
}

/** The chunks of one column; a chunk of another array type is left out, so joining reports it as a gap. */
function chunksOf<T extends Chunked>(
  chunks: readonly ChunkRecord[],
  column: ChunkColumn,
  isKind: (values: Chunked) => values is T,
): { index: number; values: T }[] {
  const parts: { index: number; values: T }[] = [];
  for (const { column: name, index, values } of chunks) if (name === column && isKind(values)) parts.push({ index, values });
  return parts;
}

const isInts = (values: Chunked): values is Int32Array => values instanceof Int32Array;
const isFloats = (values: Chunked): values is Float64Array => values instanceof Float64Array;
const isTexts = (values: Chunked): values is TextChunk => Array.isArray(values) || 'ends' in values;

/** The texts of the order ids from the 'orderIds' chunks, of either format. Throws DbError 'corrupt' on any gap. */
export function decodeOrderIds(chunks: readonly ChunkRecord[], orderCount: number): PackedTexts {
  const parts = ordered(chunksOf(chunks, 'orderIds', isTexts), orderCount);
  return concatPacked(parts.map((values) => ('ends' in values ? values : packTexts(values))));
}

/** Rebuilds the Dataset from its records (of one data set). Throws DbError 'corrupt' on any gap. */
export function decodeDataset({ rowCount, surveyCount = 0, customerCount, orderCount, chunks, dictionaries }: StoredParts): Dataset {
  const byName = new Map<DictionaryName, DictionaryRecord>(dictionaries.map((record) => [record.name, record]));
  const found = <T extends readonly string[] | Int32Array>(
    name: DictionaryName,
    isKind: (values: readonly string[] | Int32Array) => values is T,
    length: number | null,
  ): T => {
    const values = byName.get(name)?.values;
    if (values === undefined || !isKind(values)) throw new DbError('corrupt', `dictionary ${name} missing`);
    if (length !== null && values.length !== length) {
      throw new DbError('corrupt', `dictionary ${name} has ${values.length} entries, expected ${length}`);
    }
    return values;
  };
  const intColumn = (column: IntColumnName, length = rowCount): Int32Array =>
    joinColumn(chunksOf(chunks, column, isInts), length, (size) => new Int32Array(size));
  const floatColumn = (column: FloatColumnName, length = rowCount): Float64Array =>
    joinColumn(chunksOf(chunks, column, isFloats), length, (size) => new Float64Array(size));
  const strings = (column: StringColumnName): string[] => joinStrings(chunksOf(chunks, column, isTexts), customerCount);

  const dims = Object.fromEntries(
    DIMENSIONS.map((dimension): [Dimension, CodedColumn] => [
      dimension,
      {
        codes: found(`dim:${dimension}:codes`, (values) => values instanceof Int32Array, customerCount),
        values: found(`dim:${dimension}:values`, (values) => Array.isArray(values), null),
      },
    ]),
  ) as Record<Dimension, CodedColumn>;

  const dataset: Dataset = {
    transactions: {
      length: rowCount,
      customer: intColumn('customer'),
      day: intColumn('day'),
      amount: floatColumn('amount'),
      order: intColumn('order'),
    },
    customers: { length: customerCount, ids: strings('customerIds'), names: strings('customerNames'), dims },
    orderCount,
  };
  if (surveyCount === 0) return dataset;
  const surveys: SurveyColumns = {
    length: surveyCount,
    customer: intColumn('surveyCustomer', surveyCount),
    day: intColumn('surveyDay', surveyCount),
    score: floatColumn('surveyScore', surveyCount),
  };
  for (const customer of surveys.customer) {
    if (customer < 0 || customer >= customerCount) throw new DbError('corrupt', `survey customer ${customer} out of range`);
  }
  return { ...dataset, surveys };
}
