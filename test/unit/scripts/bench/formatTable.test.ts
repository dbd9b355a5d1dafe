import { expect, test } from 'vitest';
import { displayWidth, formatMegabytes, formatMs, formatMsPerMb, formatRate, formatRatio, formatTable } from '../../../../scripts/bench/formatTable.ts';

test('formatMs: whole milliseconds below 10 s, tenths of seconds above, a dash for nothing', () => {
  expect(formatMs(0)).toBe('0 ms');
  expect(formatMs(85.4)).toBe('85 ms');
  expect(formatMs(9999.4)).toBe('9999 ms');
  expect(formatMs(10_300)).toBe('10.3 s');
  expect(formatMs(null)).toBe('–');
  expect(formatMs(Number.NaN)).toBe('–');
});

test('formatMegabytes, formatRatio and formatRate', () => {
  expect(formatMegabytes(141_972_915)).toBe('142 MB');
  expect(formatMegabytes(undefined)).toBe('–');
  expect(formatRatio(2.154)).toBe('2.15×');
  expect(formatRatio(13.64)).toBe('13.6×');
  expect(formatRatio(null)).toBe('–');
  expect(formatRate(185.04)).toBe('185.0 MB/s');
  expect(formatRate(null)).toBe('–');
  expect(formatMsPerMb(2.66)).toBe('2.7 ms');
  expect(formatMsPerMb(0.04)).toBe('0.0 ms');
  expect(formatMsPerMb(Number.NaN)).toBe('–');
});

test('displayWidth counts CJK characters as two columns', () => {
  expect(displayWidth('abc')).toBe(3);
  expect(displayWidth('华东')).toBe(4);
  expect(displayWidth('1.2×')).toBe(4);
});

test('formatTable pads every column to its widest cell, right-aligns the numeric ones, and rules the header', () => {
  const text = formatTable(
    ['case', 'time', 'note'],
    [
      ['parse', '85 ms', 'fast'],
      ['drop-to-ready', '10.3 s', ''],
    ],
    new Set([1]),
  );
  expect(text.split('\n')).toEqual([
    `case${' '.repeat(13)}time  note`,
    '-------------  ------  ----',
    'parse           85 ms  fast',
    'drop-to-ready  10.3 s',
  ]);
});
