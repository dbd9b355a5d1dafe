import { describe, expect, test } from 'vitest';
import { maskOf } from '../../../src/worker/maskOf.ts';
import { openThreeCustomers } from './helpers/openThreeCustomers.ts';

const open = openThreeCustomers;

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

  test('keeps the last mask while no filter is set: filtering again gives it back', () => {
    const data = open();
    const east = maskOf(data, { region: ['East'] });
    expect(maskOf(data, {})).toBeUndefined();
    expect(maskOf(data, { region: [] })).toBeUndefined();
    expect(maskOf(data, { region: ['East'] })).toBe(east);
  });
});
