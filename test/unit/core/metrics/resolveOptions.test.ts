import { expect, test } from 'vitest';
import { DEFAULT_OPTIONS, resolveOptions } from '../../../../src/core/index.ts';

test('resolveOptions() is DEFAULT_OPTIONS', () => {
  expect(resolveOptions()).toEqual(DEFAULT_OPTIONS);
});

test('resolveOptions(partial) keeps given keys and fills the rest; undefined is missing', () => {
  expect(resolveOptions({ period: 'all', asOf: undefined, hhiBands: '2010' })).toEqual({ ...DEFAULT_OPTIONS, period: 'all', hhiBands: '2010' });
});

test('resolveOptions ignores keys that are not options, __proto__ included', () => {
  const options = JSON.parse('{"__proto__": {"polluted": true}, "extra": 1, "period": "all"}');
  const resolved = resolveOptions(options);
  expect(resolved).toEqual({ ...DEFAULT_OPTIONS, period: 'all' });
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
