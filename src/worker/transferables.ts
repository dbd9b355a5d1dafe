import type { Dataset, PackedTexts } from '../core/index.ts';

/** The buffers behind `arrays`, each once (a buffer listed twice cannot be transferred). */
export function buffersOf(arrays: readonly ArrayBufferView[]): ArrayBuffer[] {
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}

/** The typed arrays of a data set's columns: the transactions, each dimension's codes, the survey answers. */
export function columnArrays({ transactions, customers, surveys }: Pick<Dataset, 'transactions' | 'surveys'> & { readonly customers: Pick<Dataset['customers'], 'dims'> }): ArrayBufferView[] {
  const arrays: ArrayBufferView[] = [transactions.customer, transactions.day, transactions.amount, transactions.order];
  for (const { codes } of Object.values(customers.dims)) arrays.push(codes);
  if (surveys !== undefined) arrays.push(surveys.customer, surveys.day, surveys.score);
  return arrays;
}

/** The two typed arrays of packed texts. */
export const packedArrays = ({ bytes, ends }: PackedTexts): ArrayBufferView[] => [bytes, ends];
