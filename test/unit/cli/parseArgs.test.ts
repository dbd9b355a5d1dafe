import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../../src/cli/index.ts';

// 2024-01-01 is day 54 · 365 + 13 = 19723 since 1970-01-01 (13 leap days: 1972 … 2020); 2024-12-31 is 365 days later.
const DAY_2024_12_31 = 54 * 365 + 13 + 365;

describe('parseArgs(argv)', () => {
  test('reads files and every option, in any order and in --option=value form', () => {
    const parsed = parseArgs([
      'a.csv', '--json', '--as-of', '2024-12-31', 'b.csv', '--period=all', '--map', 'amount = Net Sales',
      '--map=customer_id=Kunden-Nr.', '--encoding', 'GBK',
    ]);
    expect(parsed).toEqual({
      ok: true,
      value: {
        kind: 'analyze',
        files: ['a.csv', 'b.csv'],
        json: true,
        asOf: DAY_2024_12_31,
        period: 'all',
        overrides: new Map([['amount', 'Net Sales'], ['customer_id', 'Kunden-Nr.']]),
        encoding: 'gb18030',
      },
    });
  });

  test('defaults: no JSON, T from the data, ttm, no overrides, encoding detected', () => {
    expect(parseArgs(['a.csv'])).toEqual({
      ok: true,
      value: { kind: 'analyze', files: ['a.csv'], json: false, asOf: null, period: 'ttm', overrides: new Map(), encoding: null },
    });
  });

  test('a header may itself hold "=", and the last --map of a field wins', () => {
    const parsed = parseArgs(['a.csv', '--map', 'amount=Old', '--map', 'amount=Net = Gross - Tax']);
    expect(parsed.ok && parsed.value.kind === 'analyze' && parsed.value.overrides.get('amount')).toBe('Net = Gross - Tax');
  });

  test('-- ends the options: later arguments are files even when they start with -', () => {
    const parsed = parseArgs(['--json', '--', '-odd.csv', '--help']);
    expect(parsed.ok && parsed.value.kind === 'analyze' && parsed.value.files).toEqual(['-odd.csv', '--help']);
  });

  test.each(['utf-8', 'UTF8', 'gb18030', 'utf-16le', 'utf-16be'])('--encoding %s is accepted', (name) => {
    expect(parseArgs(['a.csv', '--encoding', name]).ok).toBe(true);
  });

  test.each([
    { argv: ['--json'], code: 'cliNoFiles', value: undefined },
    { argv: ['a.csv', '-x'], code: 'cliUnknownOption', value: '-x' },
    { argv: ['a.csv', '--json=yes'], code: 'cliUnknownOption', value: '--json=yes' },
    { argv: ['a.csv', '--period'], code: 'cliMissingValue', value: '--period' },
    { argv: ['a.csv', '--as-of', '2023-02-29'], code: 'cliBadAsOf', value: '2023-02-29' },
    { argv: ['a.csv', '--as-of', '2024-1-5'], code: 'cliBadAsOf', value: '2024-1-5' },
    { argv: ['a.csv', '--period', 'ytd'], code: 'cliBadPeriod', value: 'ytd' },
    { argv: ['a.csv', '--encoding', 'latin1'], code: 'cliBadEncoding', value: 'latin1' },
    { argv: ['a.csv', '--map', 'amount'], code: 'cliBadMap', value: 'amount' },
    { argv: ['a.csv', '--map', '=Sales'], code: 'cliBadMap', value: '=Sales' },
    { argv: ['a.csv', '--map', 'amount='], code: 'cliBadMap', value: 'amount=' },
    { argv: ['a.csv', '--map', '__proto__=Sales'], code: 'cliUnknownField', value: '__proto__' },
  ])('$argv is the usage error $code', ({ argv, code, value }) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues).toHaveLength(1);
      expect(parsed.issues[0].code).toBe(code);
      expect(parsed.issues[0].value).toBe(value);
    }
  });

  test('--help or -h anywhere before -- asks for usage', () => {
    expect(parseArgs(['a.csv', '--bogus', '-h'])).toEqual({ ok: true, value: { kind: 'help' } });
    expect(parseArgs(['--help'])).toEqual({ ok: true, value: { kind: 'help' } });
  });
});
