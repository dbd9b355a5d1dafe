import { describe, expect, test } from 'vitest';
import { dayFromYmd, formatDay, monthEnd, monthKey, monthStart, parseIsoDay, ymdFromDay } from '../../../../src/core/stats/day.ts';

describe('dayFromYmd / ymdFromDay', () => {
  test.each([
    // [year, month, day, days since 1970-01-01]
    [1970, 1, 1, 0],
    [1969, 12, 31, -1],
    [1970, 3, 1, 59], // 31 + 28
    [2000, 3, 1, 11017], // 30 years (7 leap days: 72 76 80 84 88 92 96) = 10957 days, + 31 + 29
    [2024, 2, 29, 19782],
    [2024, 3, 1, 19783],
    [1900, 3, 1, -25508], // 2000-03-01 − 100 years with 25 leap days (1904…2000; 1900 is none) = 11017 − 36525
    [1600, 2, 29, -135081], // 2000-03-01 − 400 years (146097 days) = 1600-03-01 = −135080; 1600 is a leap year
  ])('%i-%i-%i is day %i', (year, month, day, expected) => {
    expect(dayFromYmd(year, month, day)).toBe(expected);
    expect(ymdFromDay(expected)).toEqual({ year, month, day });
  });

  test('agree with Date.UTC on every day from 1899 to 2101', () => {
    for (let d = Date.UTC(1899, 0, 1) / 864e5; d <= Date.UTC(2101, 0, 1) / 864e5; d++) {
      const date = new Date(d * 864e5);
      const expected = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
      expect(ymdFromDay(d)).toEqual(expected);
      if (dayFromYmd(expected.year, expected.month, expected.day) !== d) throw new Error(`day ${d}`);
    }
  });

  test('a day past the month end rolls into the next month, day 0 is the last of the previous', () => {
    expect(dayFromYmd(2023, 2, 29)).toBe(dayFromYmd(2023, 3, 1));
    expect(dayFromYmd(2024, 3, 0)).toBe(dayFromYmd(2024, 2, 29));
  });
});

describe('formatDay / monthKey / monthStart / monthEnd', () => {
  test('formatDay pads to YYYY-MM-DD', () => {
    expect(formatDay(0)).toBe('1970-01-01');
    expect(formatDay(19782)).toBe('2024-02-29');
    expect(formatDay(dayFromYmd(987, 6, 5))).toBe('0987-06-05');
  });

  test('monthKey is YYYY-MM', () => {
    expect(monthKey(19782)).toBe('2024-02');
    expect(monthKey(-1)).toBe('1969-12');
  });

  test.each([
    ['2024-02-10', '2024-02-01', '2024-02-29'],
    ['2023-02-28', '2023-02-01', '2023-02-28'],
    ['2024-12-31', '2024-12-01', '2024-12-31'],
    ['2024-04-01', '2024-04-01', '2024-04-30'],
  ])('%s lies in [%s, %s]', (day, start, end) => {
    const d = parseIsoDay(day)!;
    expect(formatDay(monthStart(d))).toBe(start);
    expect(formatDay(monthEnd(d))).toBe(end);
  });
});

describe('parseIsoDay', () => {
  test('reads strict YYYY-MM-DD', () => {
    expect(parseIsoDay('1970-01-01')).toBe(0);
    expect(parseIsoDay('2024-02-29')).toBe(19782);
  });

  test.each(['2023-02-29', '2024-13-01', '2024-00-10', '2024-01-00', '2024-04-31', '2024-1-05', ' 2024-01-05', '2024-01-05T00:00', '20240105', '2024/01/05', ''])(
    'is null for %j',
    (text) => {
      expect(parseIsoDay(text)).toBeNull();
    },
  );
});
