import { expect, test } from 'vitest';
import { latestDay } from '../../../../src/core/index.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { isoToDay } from '../helpers/isoToDay.ts';

test('latestDay(dataset) is the latest row day, whatever the amount', () => {
  const dataset = buildDataset([
    { customer: 'a', date: '2024-01-05', amount: 1 },
    { customer: 'b', date: '2024-03-01', amount: -4 },
    { customer: 'a', date: '2023-12-31', amount: 2 },
  ]);
  expect(latestDay(dataset)).toBe(isoToDay('2024-03-01'));
});

test('latestDay(dataset) is null without rows', () => {
  expect(latestDay(buildDataset([], [{ id: 'a' }]))).toBeNull();
});
