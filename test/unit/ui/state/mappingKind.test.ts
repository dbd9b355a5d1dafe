import { describe, expect, test } from 'vitest';
import { mappingKind } from '../../../../src/ui/state/mappingKind.ts';

describe('mappingKind(mapping)', () => {
  test.each([
    { name: 'customer, date and amount: transactions, complete', mapping: { customer_id: 0, date: 1, amount: 2 }, kind: 'transactions', missing: [] },
    { name: 'nothing mapped: transactions missing all three', mapping: {}, kind: 'transactions', missing: ['customer_id', 'date', 'amount'] },
    { name: 'customer and date only: transactions missing the amount', mapping: { customer_id: 0, date: 1 }, kind: 'transactions', missing: ['amount'] },
    { name: 'customer alone (with attributes): a customer master file', mapping: { customer_id: 0, region: 1 }, kind: 'customers', missing: [] },
    { name: 'a score and no amount: a survey', mapping: { customer_id: 0, date: 1, score: 2 }, kind: 'survey', missing: [] },
    { name: 'a survey without its customer', mapping: { date: 1, score: 2 }, kind: 'survey', missing: ['customer_id'] },
    // As the import decides: a customer without date and amount is a master file, even with a score.
    { name: 'customer and score only: a customer master file', mapping: { customer_id: 0, score: 2 }, kind: 'customers', missing: [] },
    { name: 'an amount wins over a score', mapping: { customer_id: 0, date: 1, amount: 2, score: 3 }, kind: 'transactions', missing: [] },
  ] as const)('$name', ({ mapping, kind, missing }) => {
    const shape = mappingKind(mapping);
    expect(shape.kind).toBe(kind);
    expect(shape.missing).toEqual(missing);
  });

  test('names the fields each kind requires', () => {
    expect(mappingKind({ customer_id: 0 }).required).toEqual(['customer_id']);
    expect(mappingKind({}).required).toEqual(['customer_id', 'date', 'amount']);
    expect(mappingKind({ score: 1 }).required).toEqual(['customer_id', 'date', 'score']);
  });
});
