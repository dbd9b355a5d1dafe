import { describe, expect, test } from 'vitest';
import { fileKind } from '../../../../src/import/mapping/index.ts';

describe('fileKind(mapping)', () => {
  test.each([
    [{ customer_id: 0, date: 1, amount: 2 }, 'transactions', []],
    [{ customer_id: 0, date: 1, amount: 2, score: 3 }, 'transactions', []],
    [{ customer_id: 0, date: 1, score: 2 }, 'survey', []],
    [{ customer_id: 0 }, 'customers', []],
    [{ customer_id: 0, region: 1, score: 2 }, 'customers', []],
    [{ customer_id: 0, date: 1 }, 'transactions', ['amount']],
    [{ customer_id: 0, amount: 1 }, 'transactions', ['date']],
    [{ date: 0, amount: 1 }, 'transactions', ['customer_id']],
    [{ region: 0 }, 'transactions', ['customer_id', 'date', 'amount']],
    [{}, 'transactions', ['customer_id', 'date', 'amount']],
    [{ date: 0, score: 1 }, 'survey', ['customer_id']],
    [{ customer_id: 0, score: 1, quantity: 2, amount: 3 }, 'transactions', ['date']],
  ] as const)('%o is %s, missing %o', (mapping, kind, missing) => {
    expect(fileKind(mapping)).toEqual({ kind, missing });
  });
});
