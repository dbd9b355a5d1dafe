import { FIELDS, type Field } from '../types.ts';
import { normalizeHeader } from './normalizeHeader.ts';
import { SYNONYMS } from './synonyms.ts';

export interface SynonymMatch {
  readonly field: Field;
  /** Position in the field's synonym list: lower = more specific. */
  readonly rank: number;
}

/** Normalized synonym → its field and rank. A Map, so a header named `__proto__` is just a key. */
export const SYNONYM_INDEX: ReadonlyMap<string, SynonymMatch> = buildIndex();

function buildIndex(): Map<string, SynonymMatch> {
  const index = new Map<string, SynonymMatch>();
  for (const field of FIELDS) {
    SYNONYMS[field].forEach((synonym, rank) => {
      const key = normalizeHeader(synonym);
      if (!index.has(key)) index.set(key, { field, rank });
    });
  }
  return index;
}
