import { describe, expect, test } from 'vitest';
import { customerMask } from '../../../../src/core/index.ts';
import { buildDataset } from '../helpers/buildDataset.ts';

// Four customers: A East/Li, B West/Li, C East/Wang, D with no region and owner Wang.
const { customers } = buildDataset([], [
  { id: 'A', region: 'East', owner: 'Li' },
  { id: 'B', region: 'West', owner: 'Li' },
  { id: 'C', region: 'East', owner: 'Wang' },
  { id: 'D', owner: 'Wang' },
]);

describe('customerMask(customers, filters)', () => {
  test.each([
    { filters: {}, expected: undefined },
    { filters: { region: [] }, expected: undefined },
    { filters: { region: ['East'] }, expected: [1, 0, 1, 0] },
    { filters: { region: ['East', 'West'] }, expected: [1, 1, 1, 0] },
    { filters: { region: [''] }, expected: [0, 0, 0, 1] },
    { filters: { region: ['East'], owner: ['Wang'] }, expected: [0, 0, 1, 0] },
    { filters: { owner: ['Nobody'] }, expected: [0, 0, 0, 0] },
    { filters: { region: ['__proto__'] }, expected: [0, 0, 0, 0] },
  ])('$filters keeps $expected', ({ filters, expected }) => {
    const mask = customerMask(customers, filters);
    expect(mask === undefined ? undefined : Array.from(mask)).toEqual(expected);
  });
});
