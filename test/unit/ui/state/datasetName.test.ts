import { describe, expect, test } from 'vitest';
import { datasetName } from '../../../../src/ui/state/datasetName.ts';

describe('datasetName(file)', () => {
  test.each([
    ['orders.csv', 'orders'],
    ['销售订单.CSV', '销售订单'],
    ['export.2024.tsv', 'export.2024'],
    ['no-extension', 'no-extension'],
    ['.csv', '.csv'],
  ])('%s → %s', (file, name) => {
    expect(datasetName(file)).toBe(name);
  });
});
