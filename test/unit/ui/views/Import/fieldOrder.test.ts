import { describe, expect, test } from 'vitest';
import { FIELDS } from '../../../../../src/import/index.ts';
import { FIELD_ORDER } from '../../../../../src/ui/views/Import/fieldOrder.ts';

describe('FIELD_ORDER', () => {
  test('lists every field of the import once, customer, date and amount first', () => {
    expect([...FIELD_ORDER].sort()).toEqual([...FIELDS].sort());
    expect(FIELD_ORDER.slice(0, 3)).toEqual(['customer_id', 'date', 'amount']);
  });
});
