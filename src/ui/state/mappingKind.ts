import type { ColumnMapping, Field, FileKind } from '../../worker/index.ts';

export interface MappingKind {
  readonly kind: FileKind;
  /** Fields a file of this kind needs. */
  readonly required: readonly Field[];
  /** Required fields the mapping still lacks. */
  readonly missing: readonly Field[];
}

/**
 * What a file holds once mapped as the user chose, and which required fields it still lacks
 * (the rules of SPEC §1, as the import pipeline applies them): customer_id alone is a customer
 * master file; with a score and no amount a survey (customer_id, date, score); anything else
 * transactions (customer_id, date, amount). The mapping step keeps Confirm disabled while
 * `missing` is not empty.
 */
export function mappingKind(mapping: ColumnMapping): MappingKind {
  const has = (field: Field) => mapping[field] !== undefined;
  if (has('customer_id') && !has('date') && !has('amount')) return { kind: 'customers', required: ['customer_id'], missing: [] };
  const survey = has('score') && !has('amount');
  const required: readonly Field[] = survey ? ['customer_id', 'date', 'score'] : ['customer_id', 'date', 'amount'];
  return { kind: survey ? 'survey' : 'transactions', required, missing: required.filter((field) => !has(field)) };
}
