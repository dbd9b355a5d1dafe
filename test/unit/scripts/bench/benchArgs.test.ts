import { expect, test } from 'vitest';
import { DEFAULT_INTERACT_ROWS, DEFAULT_ROWS, DEFAULT_RUNS, DEFAULT_SEED, LARGE_ROWS, parseBenchArgs, parseCount } from '../../../../scripts/bench/benchArgs.ts';

test('parseCount reads plain counts and k / m suffixes', () => {
  expect(parseCount('100000')).toBe(100_000);
  expect(parseCount('100k')).toBe(100_000);
  expect(parseCount('1M')).toBe(1_000_000);
  expect(parseCount('1.1m')).toBe(1_100_000);
  expect(parseCount('0')).toBeNull();
  expect(parseCount('12x')).toBeNull();
  expect(parseCount('-5')).toBeNull();
});

test('no arguments: 100k and 1M rows, 3 runs, seed 7, the interactivity case on', () => {
  expect(parseBenchArgs([])).toEqual({ rows: [...DEFAULT_ROWS], runs: DEFAULT_RUNS, seed: DEFAULT_SEED, interactRows: DEFAULT_INTERACT_ROWS });
  expect(DEFAULT_ROWS).toEqual([100_000, 1_000_000]);
});

test('--rows picks the data sets, --large adds 10M once, --runs and --seed are whole numbers', () => {
  expect(parseBenchArgs(['--rows', '100k,1m', '--runs', '5', '--seed', '9', '--no-interact'])).toEqual({
    rows: [100_000, 1_000_000],
    runs: 5,
    seed: 9,
    interactRows: null,
  });
  expect(parseBenchArgs(['--rows', '100000', '--large'])).toMatchObject({ rows: [100_000, LARGE_ROWS] });
  expect(parseBenchArgs(['--rows', '10m', '--large'])).toMatchObject({ rows: [LARGE_ROWS] });
  expect(parseBenchArgs(['--interact-rows', '1.2m'])).toMatchObject({ interactRows: 1_200_000 });
});

test('bad usage is one sentence naming the option; --help asks for the usage text', () => {
  expect(parseBenchArgs(['--help'])).toBe('help');
  expect(parseBenchArgs(['--rows'])).toBe('--rows needs a value.');
  expect(parseBenchArgs(['--rows', '1m,lots'])).toMatch(/^--rows takes row counts/);
  expect(parseBenchArgs(['--runs', '0'])).toBe('--runs must be at least 1.');
  expect(parseBenchArgs(['--runs', 'two'])).toBe('--runs must be a whole number, got "two".');
  expect(parseBenchArgs(['--fast'])).toBe('Unknown option --fast.');
});
