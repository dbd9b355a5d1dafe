import type { ColumnMapping, Field, FileKind } from '../types.ts';

/**
 * What a file holds, from its mapped fields, and which required fields it lacks:
 * - customer_id + date + amount: transactions;
 * - customer_id + date + score, no amount: survey;
 * - customer_id without date and amount: customers (a master file of attributes);
 * - anything else is a transaction file missing columns (a survey file when it has a score and
 *   no amount), and `missing` lists them.
 */
export function fileKind(mapping: ColumnMapping): { kind: FileKind; missing: readonly Field[] } {
  const has = (field: Field) => mapping[field] !== undefined;
  if (has('customer_id') && !has('date') && !has('amount')) return { kind: 'customers', missing: [] };
  const survey = has('score') && !has('amount');
  const required: readonly Field[] = survey ? ['customer_id', 'date', 'score'] : ['customer_id', 'date', 'amount'];
  return { kind: survey ? 'survey' : 'transactions', missing: required.filter((field) => !has(field)) };
}
