import type { ColumnMapping, Field } from '../../worker/index.ts';

/** A copy of `mapping` with `field` read from `column`, or not mapped when `column` is null. */
export function withColumn(mapping: ColumnMapping, field: Field, column: number | null): ColumnMapping {
  const next: Partial<Record<Field, number>> = {};
  for (const [name, index] of Object.entries(mapping) as [Field, number | undefined][]) {
    if (name !== field && index !== undefined) next[name] = index;
  }
  if (column !== null) next[field] = column;
  return next;
}
