import { describe, expect, test } from 'vitest';
import type { Dataset, ViewRequest } from '../../../../src/core/index.ts';
import { createAllocationHandlers } from '../../../../src/worker/views/allocationHandlers.ts';
import type { AllocationApi } from '../../../../src/worker/views/allocationHandlers.ts';
import { buildDataset } from '../../core/helpers/buildDataset.ts';
import { openStore, sessionWith, valueOf } from '../helpers/viewHandlers.ts';

function handlersFor(dataset: Dataset): AllocationApi {
  return createAllocationHandlers(sessionWith(dataset), openStore);
}

// One day of revenue: X holds a 100, b 1, c 1, e 1; Y holds d 1; f has no owner. Tiers: a A
// (C_before 0), the others C (C_before ≥ 100/104). Counts 4 / 1 (mean 2.5), revenues 103 / 1 (mean 52).
// A move of x from s to d changes the imbalance by 2/2 · [(c_d − c_s + 1)/2.5² + x·(r_d − r_s + x)/52²].
// A locked: X's movable b, c, e (revenue 1 each, nearest below (103 − 1)/2 is the last of them, e):
//   e X→Y: −2/6.25 − 101/2704 < 0; then X 3 / 102, Y 2 / 2: c X→Y: 0 − 99/2704 < 0; then X 2 / 101,
//   Y 3 / 3: b X→Y gives 2/6.25 − 97/2704 > 0, d Y→X 2/6.25 − 97/2704 > 0: stop.
// A unlocked: a X→Y: −2/6.25 − 200/2704 beats e's −2/6.25 − 101/2704; then X 3 / 3, Y 2 / 101:
//   b X→Y 0 + 99/2704 > 0, d Y→X 2/6.25 − 97/2704 > 0: stop.
const day = '2024-06-01';
const dataset = buildDataset(
  [
    { customer: 'a', date: day, amount: 100, order: 'o1' },
    { customer: 'b', date: day, amount: 1, order: 'o2' },
    { customer: 'c', date: day, amount: 1, order: 'o3' },
    { customer: 'd', date: day, amount: 1, order: 'o4' },
    { customer: 'e', date: day, amount: 1, order: 'o5' },
    { customer: 'f', date: day, amount: 1, order: 'o6' },
  ],
  [
    { id: 'a', name: 'Alpha', owner: 'X' },
    { id: 'b', owner: 'X' },
    { id: 'c', name: '丙', owner: 'X' },
    { id: 'd', owner: 'Y' },
    { id: 'e', name: 'Echo', owner: 'X' },
    { id: 'f' },
  ],
);

describe('allocation handler', () => {
  const api = handlersFor(dataset);
  const request: ViewRequest = { options: {}, filters: {} };

  test('the proposal leaves A-tier customers with their owner and names each move', async () => {
    const { moves, unassigned } = valueOf(await api.allocation(request, { unlockTierA: false }));
    expect(unassigned).toBe(1);
    expect(moves).toEqual([
      { id: 'e', name: 'Echo', from: 'X', to: 'Y', revenue: 1, tierA: false },
      { id: 'c', name: '丙', from: 'X', to: 'Y', revenue: 1, tierA: false },
    ]);
  });

  test('unlocked, the A-tier customer is the best first move and the only one', async () => {
    const { moves } = valueOf(await api.allocation(request, { unlockTierA: true }));
    expect(moves).toEqual([{ id: 'a', name: 'Alpha', from: 'X', to: 'Y', revenue: 100, tierA: true }]);
  });
});
