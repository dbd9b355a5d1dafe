import { describe, expect, test } from 'vitest';
import type { OpenDataset } from '../../../src/worker/analysisSession.ts';
import { maskOf } from '../../../src/worker/maskOf.ts';
import { buildDataset } from '../core/helpers/buildDataset.ts';

function open(): OpenDataset {
  const dataset = buildDataset(
    [
      { customer: 'A', date: '2024-06-01', amount: 100 },
      { customer: 'B', date: '2024-06-02', amount: 50 },
      { customer: 'C', date: '2023-01-01', amount: 10 },
    ],
    [{ id: 'A', region: 'East' }, { id: 'B', region: 'West' }, { id: 'C', region: 'East' }],
  );
  return { id: 'd1', dataset, rows: { total: 3, accepted: 3, excluded: 0, rejected: 0, skipped: 0 }, reports: [] };
}

describe('maskOf(open, filters)', () => {
  test('keeps the customers the filters keep: East is A and C', () => {
    expect(maskOf(open(), { region: ['East'] })).toEqual(Uint8Array.of(1, 0, 1));
    expect(maskOf(open(), {})).toBeUndefined();
  });

  test('gives the same mask for the same filters, a new one when they change', () => {
    const data = open();
    const east = maskOf(data, { region: ['East'] });
    expect(maskOf(data, { region: ['East'] })).toBe(east);
    expect(maskOf(data, { region: ['West'] })).toEqual(Uint8Array.of(0, 1, 0));
    expect(maskOf(data, { region: ['East'] })).not.toBe(east);
  });
});
