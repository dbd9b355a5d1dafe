import { describe, expect, test } from 'vitest';
import { countsOf } from '../../../../../src/ui/views/Import/countsOf.ts';

describe('countsOf(records)', () => {
  test('sums over files, largest first, ties by key', () => {
    // badAmount 2 + 1 = 3, badDate 1, missingCustomer 1 (ties: badDate before missingCustomer).
    expect(countsOf([{ badAmount: 2, missingCustomer: 1 }, { badAmount: 1, badDate: 1 }])).toEqual([
      { key: 'badAmount', count: 3 },
      { key: 'badDate', count: 1 },
      { key: 'missingCustomer', count: 1 },
    ]);
  });

  test('keys named like Object.prototype members are counted like any other', () => {
    const record = JSON.parse('{"__proto__": 2, "constructor": 1}') as Record<string, number>;
    expect(countsOf([record, { constructor: 1 }])).toEqual([
      { key: '__proto__', count: 2 },
      { key: 'constructor', count: 2 },
    ]);
  });
});
