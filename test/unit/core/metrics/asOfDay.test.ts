import { expect, test } from 'vitest';
import { asOfDay, resolveOptions } from '../../../../src/core/index.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { isoToDay } from '../helpers/isoToDay.ts';

const dataset = buildDataset([{ customer: 'a', date: '2024-02-03', amount: 1 }]);

test('asOfDay is the as-of option when given, else the latest row day, else null', () => {
  expect(asOfDay(dataset, resolveOptions({ asOf: 5 }))).toBe(5);
  expect(asOfDay(dataset, resolveOptions())).toBe(isoToDay('2024-02-03'));
  expect(asOfDay(buildDataset([]), resolveOptions())).toBeNull();
});
