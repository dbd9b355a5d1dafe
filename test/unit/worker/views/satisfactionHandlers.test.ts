import { describe, expect, test } from 'vitest';
import type { Dataset, ViewRequest } from '../../../../src/core/index.ts';
import { createSatisfactionHandlers } from '../../../../src/worker/views/satisfactionHandlers.ts';
import type { SatisfactionApi } from '../../../../src/worker/views/satisfactionHandlers.ts';
import { buildDataset } from '../../core/helpers/buildDataset.ts';
import { isoToDay } from '../../core/helpers/isoToDay.ts';
import { openStore, sessionWith, valueOf } from '../helpers/viewHandlers.ts';

function handlersFor(dataset: Dataset): SatisfactionApi {
  return createSatisfactionHandlers(sessionWith(dataset), openStore);
}

// T = 2024-12-31. p (华东) 900 → A, q (华北) 100 (C_before .9) → B. p answers 10 (promoter), q answers 5 (detractor).
const base = buildDataset(
  [
    { customer: 'p', date: '2024-12-31', amount: 900 },
    { customer: 'q', date: '2024-12-01', amount: 100 },
  ],
  [
    { id: 'p', region: '华东' },
    { id: 'q', region: '华北' },
  ],
);
const day = isoToDay('2024-06-01');
const surveys = { length: 2, customer: Int32Array.from([0, 1]), day: Int32Array.from([day, day]), score: Float64Array.from([10, 5]) };
const request: ViewRequest = { options: {}, filters: {} };

describe('satisfaction handler', () => {
  test('answers null when the data set has no surveys', async () => {
    expect(valueOf(await handlersFor(base).satisfaction(request, 'tier'))).toBeNull();
  });

  test('groups under the request, with churn by band', async () => {
    const api = handlersFor({ ...base, surveys });
    const result = valueOf(await api.satisfaction(request, 'tier'))!;
    // A: p promoter → NPS 100; B: q detractor → −100; all: (1 − 1)/2 → 0.
    expect(result.groups.groups.map((g) => [g.key, g.nps])).toEqual([
      ['A', 100],
      ['B', -100],
    ]);
    expect(result.groups.total.nps).toBe(0);
    expect(result.churn.bands.map((b) => b.customers)).toEqual([1, 0, 1]);
    // A region filter keeps q only.
    const filtered = valueOf(await api.satisfaction({ options: {}, filters: { region: ['华北'] } }, 'region'))!;
    expect(filtered.groups.groups.map((g) => [g.key, g.customers, g.nps])).toEqual([['华北', 1, -100]]);
  });
});
