import { DIMENSIONS } from '../../core/model/index.ts';
import type { ColumnMapping } from '../types.ts';
import { cellAt } from './cellAt.ts';

/** Fills `into` with the record's dimension cells in DIMENSIONS order (reused per row: no allocation). */
export function readDims(record: readonly string[], mapping: ColumnMapping, into: string[]): string[] {
  for (let d = 0; d < DIMENSIONS.length; d++) into[d] = cellAt(record, mapping[DIMENSIONS[d]]);
  return into;
}
