import { describe, expect, test } from 'vitest';
import { withColumn } from '../../../../src/ui/state/withColumn.ts';

describe('withColumn(mapping, field, column)', () => {
  test('sets, moves and clears one field, leaving the others and the input untouched', () => {
    const mapping = { customer_id: 0, date: 1 };
    expect(withColumn(mapping, 'amount', 2)).toEqual({ customer_id: 0, date: 1, amount: 2 });
    expect(withColumn(mapping, 'date', 3)).toEqual({ customer_id: 0, date: 3 });
    expect(withColumn(mapping, 'date', null)).toEqual({ customer_id: 0 });
    expect(mapping).toEqual({ customer_id: 0, date: 1 });
  });

  test('column 0 is a column, not "none"', () => {
    expect(withColumn({}, 'customer_id', 0)).toEqual({ customer_id: 0 });
  });
});
