import { describe, expect, test } from 'vitest';
import { FIELDS } from '../../../../src/import/types.ts';
import { SYNONYMS, SYNONYM_INDEX, normalizeHeader } from '../../../../src/import/mapping/index.ts';

describe('SYNONYM_INDEX', () => {
  test('maps every normalized synonym to its field and its position in the list', () => {
    for (const field of FIELDS) {
      SYNONYMS[field].forEach((synonym, rank) => {
        expect(SYNONYM_INDEX.get(normalizeHeader(synonym)), synonym).toEqual({ field, rank });
      });
    }
  });

  test.each([
    ['customerid', 'customer_id'],
    ['customer', 'customer_name'],
    ['客户编号', 'customer_id'],
    ['total', 'amount'],
  ] as const)('%j → %s', (key, field) => {
    expect(SYNONYM_INDEX.get(key)?.field).toBe(field);
  });

  test('knows nothing of object prototype names', () => {
    expect(SYNONYM_INDEX.get('__proto__')).toBeUndefined();
    expect(SYNONYM_INDEX.get('constructor')).toBeUndefined();
    expect(SYNONYM_INDEX.get('tostring')).toBeUndefined();
  });
});
