import { describe, expect, test } from 'vitest';
import { parseDate } from '../../../../src/import/cells/index.ts';

/** Second method for the expected day numbers: the JS Date's UTC calendar. */
const day = (year: number, month: number, d: number) => Date.UTC(year, month - 1, d) / 86_400_000;
const MDY = { order: 'mdy', serial: false } as const;
const DMY = { order: 'dmy', serial: false } as const;
const SERIAL = { order: 'mdy', serial: true } as const;

// Shapes that mean one date whatever the order (read with both orders in the test).
const UNAMBIGUOUS: readonly [string, number][] = [
  ['2024-03-05', day(2024, 3, 5)],
  ['2024-3-5', day(2024, 3, 5)],
  ['2024-03-05 10:00', day(2024, 3, 5)],
  ['2024-03-05 10:00:00', day(2024, 3, 5)],
  ['2024-03-05T10:00:00Z', day(2024, 3, 5)],
  ['2024-03-05T10:00:00.123+08:00', day(2024, 3, 5)],
  ['2024-03-05T00:00:00', day(2024, 3, 5)], // Kingdee API
  // The calendar date as written, never shifted by the offset (23:30 −08:00 is the 6th in UTC).
  ['2024-05-01 10:00:00 +0800', day(2024, 5, 1)],
  ['2024-05-01 23:30:00 -0800', day(2024, 5, 1)],
  ['2024-05-01 00:30:00 +1400', day(2024, 5, 1)],
  ['2024-05-01 10:00 UTC', day(2024, 5, 1)],
  ['2024/3/5', day(2024, 3, 5)],
  ['2024/03/05 9:05', day(2024, 3, 5)],
  ['2024.03.05', day(2024, 3, 5)],
  ['20240305', day(2024, 3, 5)],
  ['2024年3月5日', day(2024, 3, 5)],
  ['2024年03月05日 10:00', day(2024, 3, 5)],
  ['2024年3月5日10:00:00', day(2024, 3, 5)],
  ['2024 年 3 月 5 日', day(2024, 3, 5)],
  ['２０２４年３月５日', day(2024, 3, 5)], // full-width digits
  ['２０２４－０３－０５', day(2024, 3, 5)],
  ['5-Mar-2024', day(2024, 3, 5)],
  ['05-Mar-24', day(2024, 3, 5)], // Excel's d-mmm-yy
  ['05 Mar 2024', day(2024, 3, 5)],
  ['5 March 2024', day(2024, 3, 5)],
  ['15 Jul 2026', day(2026, 7, 15)], // Xero
  ['5 Sept 2024', day(2024, 9, 5)],
  ['Mar 5, 2024', day(2024, 3, 5)],
  ['March 5, 2024', day(2024, 3, 5)],
  ['mar 5 2024', day(2024, 3, 5)],
  ['Tuesday, March 5, 2024', day(2024, 3, 5)], // Excel's long date
  ['Tue, 5 Mar 2024', day(2024, 3, 5)],
  ['Mar 5, 2024 10:00 AM', day(2024, 3, 5)],
  ["'2024-03-05", day(2024, 3, 5)], // Excel text prefix
  ['  2024-03-05  ', day(2024, 3, 5)],
  ['2024-02-29', day(2024, 2, 29)], // leap year
  ['2000-02-29', day(2000, 2, 29)], // divisible by 400
  ['1900-01-01', day(1900, 1, 1)],
  ['2100-12-31', day(2100, 12, 31)],
  ['1970-01-01', 0],
  ['1969-12-31', -1],
];

// Day/month-ambiguous shapes: [text, month-first reading, day-first reading].
const AMBIGUOUS: readonly [string, number | null, number | null][] = [
  ['3/5/2024', day(2024, 3, 5), day(2024, 5, 3)],
  ['03/05/2024', day(2024, 3, 5), day(2024, 5, 3)],
  ['5/3/2024', day(2024, 5, 3), day(2024, 3, 5)],
  ['05.03.2024', day(2024, 5, 3), day(2024, 3, 5)], // German
  ['5-3-2024', day(2024, 5, 3), day(2024, 3, 5)],
  ['3/25/2024', day(2024, 3, 25), null],
  ['25/3/2024', null, day(2024, 3, 25)],
  ['3/5/2024 10:00', day(2024, 3, 5), day(2024, 5, 3)],
  ['3/5/2024 10:00:00 AM', day(2024, 3, 5), day(2024, 5, 3)],
  ['3/5/2024 10:00:00 pm', day(2024, 3, 5), day(2024, 5, 3)],
  ['5/31/2016 0:37', day(2016, 5, 31), null], // WooCommerce re-saved in Excel
  // Two-digit years pivot: 00–49 → 20yy, 50–99 → 19yy.
  ['3/5/24', day(2024, 3, 5), day(2024, 5, 3)],
  ['3/5/49', day(2049, 3, 5), day(2049, 5, 3)],
  ['3/5/50', day(1950, 3, 5), day(1950, 5, 3)],
  ['05.03.99', day(1999, 5, 3), day(1999, 3, 5)],
  ['13/13/2024', null, null],
  ['2/29/2023', null, null],
  ['2/29/2024', day(2024, 2, 29), null],
];

const REJECTED: readonly string[] = [
  '', '  ', 'abc', 'N/A', '2024-02-30', '2023-02-29', '1900-02-29', '2024-13-01', '2024-00-10', '2024-01-00',
  '2024-01-32', '13/13/2024', '1899-12-31', '2101-01-01', '1800-01-01', '2024-03-05 garbage', '2024-03-0510:00',
  '2024-03-05 25:00', '2024-03-05 10:60', '2024-03-05 13:00 PM', '2024-03/05', '2024-03-05T', '3/5/2024T10:00',
  '3/5/202', '3/5', '2024', '202403', '20241305', '5-Foo-2024', 'Foo 5, 2024', 'Funday, March 5, 2024',
  '31 Apr 2024', '45356', '45384.34789351852', '1e5', '-45356',
];

describe('parseDate(text, {order, serial})', () => {
  test.each(UNAMBIGUOUS)('reads %j as day %d in either order', (text, expected) => {
    expect(parseDate(text, MDY)).toBe(expected);
    expect(parseDate(text, DMY)).toBe(expected);
    expect(parseDate(text, SERIAL)).toBe(expected);
  });

  test.each(AMBIGUOUS)('reads %j as %s month-first and %s day-first', (text, monthFirst, dayFirst) => {
    expect(parseDate(text, MDY)).toBe(monthFirst);
    expect(parseDate(text, DMY)).toBe(dayFirst);
  });

  test.each(REJECTED.map((text) => [text]))('rejects %j without serial numbers', (text) => {
    expect(parseDate(text, MDY)).toBeNull();
    expect(parseDate(text, DMY)).toBeNull();
  });

  // Serial s (1900 system) is s days after 1899-12-30 from serial 61 on; below 60 one day less,
  // because Excel counts a 1900-02-29 that never was (serial 60).
  const excel = (s: number) => (s > 60 ? day(1899, 12, 30 + s) : day(1899, 12, 31 + s));
  test.each([
    ['45356', excel(45356)],
    ['45384.34789351852', excel(45384)], // Shopify Created at re-saved by Excel: time dropped
    ['45292', day(2024, 1, 1)],
    ['1', day(1900, 1, 1)],
    ['59', day(1900, 2, 28)],
    ['61', day(1900, 3, 1)],
    ['25569', 0],
    ['73415', day(2100, 12, 31)],
    ['20240305', day(2024, 3, 5)], // 8 digits stay yyyymmdd
    ['2024-03-05', day(2024, 3, 5)], // other shapes still read in a serial column
  ] as const)('reads %j as day %d when serial', (text, expected) => {
    expect(parseDate(text, SERIAL)).toBe(expected);
  });

  test.each([['60'], ['0'], ['0.5'], ['73416'], ['2958465'], ['2958466'], ['-1'], ['1.5E+4'], ['45,356']])(
    'rejects serial %j (fake 1900-02-29, below 1, past 2100 or not a plain number)',
    (text) => {
      expect(parseDate(text, SERIAL)).toBeNull();
    },
  );
});
