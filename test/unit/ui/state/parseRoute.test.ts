import { describe, expect, test } from 'vitest';
import { parseRoute } from '../../../../src/ui/state/parseRoute.ts';

describe('parseRoute(hash)', () => {
  test.each([
    { hash: '#/overview', expected: 'overview' },
    { hash: '#/import', expected: 'import' },
    { hash: '#/settings', expected: 'settings' },
    { hash: '#overview', expected: 'overview' },
    { hash: '#/overview?period=all', expected: 'overview' },
    { hash: '#/overview/extra', expected: 'overview' },
    { hash: '', expected: null },
    { hash: '#/', expected: null },
    { hash: '#/concentration', expected: 'concentration' },
    { hash: '#/tiers', expected: 'tiers' },
    { hash: '#/lifecycle', expected: 'lifecycle' },
    { hash: '#/risk', expected: 'risk' },
    { hash: '#/allocation', expected: 'allocation' },
    { hash: '#/customers', expected: 'customers' },
    { hash: '#/report', expected: null },
    { hash: '#/constructor', expected: null },
  ])('$hash → $expected', ({ hash, expected }) => {
    expect(parseRoute(hash)).toBe(expected);
  });
});
