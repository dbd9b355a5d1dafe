/**
 * Columnar data set ⇄ store records. Transaction columns become typed-array chunks of
 * CHUNK_ROWS rows (a 1M-row set is 16 records per column, not a million rows); the
 * customer table and order ids become dictionary records. Pure: no IndexedDB here.
 */
import { DIMENSIONS } from '../core/model/index.ts';
import type { CodedColumn, Dataset, Dimension, SurveyColumns, TransactionColumns } from '../core/model/index.ts';
import { DbError } from './dbError.ts';
import { CHUNK_COLUMNS } from './records.ts';
import type {
  ChunkRecord,
  DictionaryName,
  DictionaryRecord,
  FloatColumnName,
  IntColumnName,
  StringDictionaryName,
} from './records.ts';

export const CHUNK_ROWS = 65_536;

type NumericArray = Int32Array | Float64Array;

/** A Dataset whose parts disagree is a bug of its builder. */
function assertInputLength(what: string, actual: number, expected: number): void {
  if (actual !== expected) throw new RangeError(`${what} has ${actual} entries, expected ${expected}`);
}

/**
 * Copies of `values` in slices of `chunkRows`, made one at a time as they are consumed.
 * Copies, not subarray views: the structured clone IndexedDB stores would otherwise carry
 * the whole underlying buffer in every chunk.
 */
export function* splitColumn<T extends NumericArray>(values: T, chunkRows: number = CHUNK_ROWS): Generator<T> {
  if (!Number.isInteger(chunkRows) || chunkRows < 1) {
    throw new RangeError(`chunkRows must be a positive integer: ${chunkRows}`);
  }
  for (let start = 0; start < values.length; start += chunkRows) {
    yield values.slice(start, start + chunkRows) as T;
  }
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
  const ordered = [...chunks].sort((a, b) => a.index - b.index);
  const joined = allocate(length);
  let offset = 0;
  for (let i = 0; i < ordered.length; i++) {
    const { index, values } = ordered[i];
    if (index !== i) throw new DbError('corrupt', `chunk ${i} expected, found ${index}`);
    if (offset + values.length > length) throw new DbError('corrupt', `chunks exceed ${length} rows`);
    joined.set(values, offset);
    offset += values.length;
  }
  if (offset !== length) throw new DbError('corrupt', `chunks hold ${offset} of ${length} rows`);
  return joined;
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

/** The view itself when it spans its whole buffer, else a compact copy (same reason as splitColumn). */
function compact(codes: Int32Array): Int32Array {
  return codes.byteOffset === 0 && codes.byteLength === codes.buffer.byteLength ? codes : codes.slice();
}

/** Dictionary records: customer ids and names, order ids, and per dimension its values and codes. */
export function dictionaryRecords(datasetId: string, dataset: Dataset): DictionaryRecord[] {
  const { customers, orderIds } = dataset;
  assertInputLength('customer ids', customers.ids.length, customers.length);
  assertInputLength('customer names', customers.names.length, customers.length);
  const records: DictionaryRecord[] = [
    { datasetId, name: 'customerIds', values: customers.ids },
    { datasetId, name: 'customerNames', values: customers.names },
    { datasetId, name: 'orderIds', values: orderIds },
  ];
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
  readonly chunks: readonly ChunkRecord[];
  readonly dictionaries: readonly DictionaryRecord[];
}

/** Rebuilds the Dataset from its records (of one data set). Throws DbError 'corrupt' on any gap. */
export function decodeDataset({ rowCount, surveyCount = 0, customerCount, chunks, dictionaries }: StoredParts): Dataset {
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
  const isStrings = (values: readonly string[] | Int32Array): values is readonly string[] => Array.isArray(values);
  const isCodes = (values: readonly string[] | Int32Array): values is Int32Array => values instanceof Int32Array;
  const strings = (name: StringDictionaryName, length: number | null) => found(name, isStrings, length);

  // A chunk of the wrong array type is left out, so joinColumn reports it as a gap.
  const intColumn = (column: IntColumnName, length = rowCount): Int32Array => {
    const parts: { index: number; values: Int32Array }[] = [];
    for (const chunk of chunks) if (chunk.column === column && chunk.values instanceof Int32Array) parts.push(chunk);
    return joinColumn(parts, length, (size) => new Int32Array(size));
  };
  const floatColumn = (column: FloatColumnName, length = rowCount): Float64Array => {
    const parts: { index: number; values: Float64Array }[] = [];
    for (const chunk of chunks) if (chunk.column === column && chunk.values instanceof Float64Array) parts.push(chunk);
    return joinColumn(parts, length, (size) => new Float64Array(size));
  };

  const dims = Object.fromEntries(
    DIMENSIONS.map((dimension): [Dimension, CodedColumn] => [
      dimension,
      {
        codes: found(`dim:${dimension}:codes`, isCodes, customerCount),
        values: strings(`dim:${dimension}:values`, null),
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
    customers: {
      length: customerCount,
      ids: strings('customerIds', customerCount),
      names: strings('customerNames', customerCount),
      dims,
    },
    orderIds: strings('orderIds', null),
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
