import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { fileSource, runCli } from '../../../src/cli/index.ts';
import type { CliIo } from '../../../src/cli/index.ts';
import type { Result } from '../../../src/core/index.ts';
import type { ByteSource } from '../../../src/import/index.ts';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI against real files, plus in-memory files for names starting with `mem:`. */
async function cli(argv: readonly string[], memory: ReadonlyMap<string, Uint8Array> = new Map(), debug = false): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    openFile: async (path): Promise<Result<ByteSource>> => {
      const bytes = memory.get(path);
      if (bytes === undefined) return fileSource(path);
      return { ok: true, value: { name: path, size: bytes.length, open: async function* () { yield bytes; } } };
    },
    debug,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const json = async (...argv: string[]): Promise<unknown> => {
  const run = await cli([...argv, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
};

/*
 * base.csv, as-of T = 2024-12-31 (latest row), ttm = [2024-01-02, 2024-12-31]
 * (2024 is a leap year: T − 364 = 2024-01-02, T − 365 = 2024-01-01).
 *
 * Period revenue per customer (Completed rows in the period; O10 is Cancelled, excluded):
 *   A 100 + 50 = 150, H 60, B 30 − 10 = 20, C 20, F 15 (the 2023-12-01 row is before the period),
 *   G 5 (2023-06-01 before), D 0 and E 0 (2024-01-01 = T − 365 is outside).
 * revenue = 150 + 60 + 20 + 20 + 15 + 5 = 270; customersTotal = 8 (A–H); n = 6 with revenue > 0.
 * Σ r² = 22500 + 3600 + 400 + 400 + 225 + 25 = 27150; Σr² / (Σr)² = 27150 / 72900 = 181/486
 *   hhi = 10000 · 181/486 = 3724.279835390947…
 *   hhiNormalized = (181/486 − 1/6) / (5/6) = (100/486) · 6/5 = 20/81
 *   effectiveCustomers = 486/181
 * gini, ascending 5, 15, 20, 20, 60, 150: Σ i·r = 5 + 30 + 60 + 80 + 300 + 900 = 1375;
 *   2 · 1375 / (6 · 270) − 7/6 = 275/162 − 189/162 = 86/162 = 43/81
 * ranking A 150, H 60, B 20, C 20 (tie: B before C), F 15, G 5:
 *   top1 = 150/270 = 5/9; top5 = 265/270 = 53/54; top10 = 1 (all six);
 *   top20Pct: ceil(0.2 · 6) = 2 customers → 210/270 = 7/9;
 *   pareto80: cumulative 150, 210, 230 → 230/270 = 0.85 ≥ 0.8 at k = 3 → 3/6 = 0.5.
 * tiers by the share before each customer: A 0, H 0.556, B 0.778 → A; C 0.852, F 0.926 → B;
 *   G 0.981 → C; D, E (no period revenue) → inactive.
 * lifecycle, T − 90 = 2024-10-02, T − 180 = 2024-07-04, T − 365 = 2024-01-01, T − 455 = 2023-10-03:
 *   B (first 2024-11-15; the refund is no purchase) and C (2024-12-31) new;
 *   G reactivated (2024-10-20 recent, nothing in (2023-10-03, 2024-10-02], 2023-06-01 is older);
 *   F active (2024-12-10 recent, 2023-12-01 in the window before); H atRisk (2024-08-01);
 *   A dormant (last 2024-06-01); D lost (2023-10-01); E lost (2024-01-01 = T − 365 exactly).
 * rows: 13 data rows = 12 accepted + 1 excluded.
 */
const BASE_TTM = {
  asOf: '2024-12-31',
  period: 'ttm',
  rows: { total: 13, accepted: 12, excluded: 1, rejected: 0, skipped: 0 },
  customersTotal: 8,
  customersWithRevenue: 6,
  revenue: 270,
  concentration: {
    hhi: (10000 * 181) / 486,
    hhiNormalized: 20 / 81,
    effectiveCustomers: 486 / 181,
    gini: 43 / 81,
    top1Share: 5 / 9,
    top5Share: 53 / 54,
    top10Share: 1,
    top20PctShare: 7 / 9,
    paretoCustomerShare80: 0.5,
  },
  tiers: { A: 3, B: 2, C: 1, inactive: 2 },
  lifecycle: { new: 2, reactivated: 1, active: 1, atRisk: 1, dormant: 1, lost: 2 },
};

/** Same keys in the same order, numbers equal to 1e-9 relative. */
function expectMatches(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), path).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else if (typeof expected === 'object' && expected !== null) {
    expect(typeof actual, path).toBe('object');
    expect(Object.keys(actual as object), path).toEqual(Object.keys(expected));
    for (const key of Object.keys(expected)) {
      expectMatches((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
    }
  } else {
    expect(actual, path).toEqual(expected);
  }
}

describe('runCli(argv, io) --json', () => {
  test('prints exactly the keys of SPEC §3, in order, with the hand-computed numbers', async () => {
    expectMatches(await json(fixture('base.csv')), BASE_TTM);
  });

  test('--period all counts every date up to T', async () => {
    /*
     * All-time revenue: A 150, D 80, H 60, E 40, G 30, B 20, C 20, F 20 → 420, n = 8 = customersTotal.
     * Σ r² = 22500 + 6400 + 3600 + 1600 + 900 + 3 · 400 = 36200 → hhi = 10000 · 36200 / 176400 = 362000/176.4
     * hhiNormalized = (36200/176400 − 1/8) / (7/8); effective = 176400 / 36200
     * gini ascending 20, 20, 20, 30, 40, 60, 80, 150: Σ i·r = 20 + 40 + 60 + 120 + 200 + 360 + 560 + 1200 = 2560
     *   → 2 · 2560 / (8 · 420) − 9/8 = 5120/3360 − 9/8
     * top1 150/420; top5 (150 + 80 + 60 + 40 + 30)/420 = 360/420; top10 = 1; top20Pct: ceil(1.6) = 2 → 230/420
     * pareto80: cumulative 150, 230, 290, 330, 360 → 360/420 = 0.857 ≥ 0.8 at k = 5 → 5/8
     * tiers, share before: A 0, D .357, H .548, E .690, G .786 → A (5); B .857, C .905 → B (2); F .952 → C.
     * lifecycle does not depend on the period.
     */
    expectMatches(await json(fixture('base.csv'), '--period', 'all'), {
      ...BASE_TTM,
      period: 'all',
      customersWithRevenue: 8,
      revenue: 420,
      concentration: {
        hhi: (10000 * 36200) / 176400,
        hhiNormalized: (36200 / 176400 - 1 / 8) / (7 / 8),
        effectiveCustomers: 176400 / 36200,
        gini: 5120 / 3360 - 9 / 8,
        top1Share: 150 / 420,
        top5Share: 360 / 420,
        top10Share: 1,
        top20PctShare: 230 / 420,
        paretoCustomerShare80: 5 / 8,
      },
      tiers: { A: 5, B: 2, C: 1, inactive: 0 },
    });
  });

  test('--as-of moves T: rows after it are ignored', async () => {
    /*
     * T = 2024-06-30: ttm = [2023-07-02, 2024-06-30]; T − 90 = 2024-04-01, T − 180 = 2024-01-02,
     * T − 365 = 2023-07-01, T − 455 = 2023-04-02. Customers with a row ≤ T: A, D, E, F, G → 5.
     * Period revenue: A 150, D 80, E 40, F 5, G 0 (2023-06-01 is before the period) → 275, n = 4.
     * Σ r² = 22500 + 6400 + 1600 + 25 = 30525 → hhi = 10000 · 30525 / 75625 = 10000 · 111/275
     * hhiNormalized = (111/275 − 1/4) / (3/4); effective = 275/111
     * gini ascending 5, 40, 80, 150: Σ i·r = 5 + 80 + 240 + 600 = 925 → 2 · 925 / (4 · 275) − 5/4
     * top1 150/275; top5 = top10 = 1; top20Pct: ceil(0.8) = 1 → 150/275;
     * pareto80: 150, 230 (.836 ≥ .8) → k = 2 → 2/4.
     * tiers: A 0, D .545 → A; E .836 → B; F .982 → C; G inactive.
     * lifecycle: A active (2024-06-01 recent, 2024-01-10 in (2023-04-02, 2024-04-01]);
     *   D 2023-10-01, E 2024-01-01, F 2023-12-01 dormant (in (2023-07-01, 2024-01-02]); G lost (2023-06-01).
     */
    expectMatches(await json(fixture('base.csv'), '--as-of', '2024-06-30'), {
      ...BASE_TTM,
      asOf: '2024-06-30',
      customersTotal: 5,
      customersWithRevenue: 4,
      revenue: 275,
      concentration: {
        hhi: (10000 * 111) / 275,
        hhiNormalized: (111 / 275 - 1 / 4) / (3 / 4),
        effectiveCustomers: 275 / 111,
        gini: 1850 / 1100 - 5 / 4,
        top1Share: 150 / 275,
        top5Share: 1,
        top10Share: 1,
        top20PctShare: 150 / 275,
        paretoCustomerShare80: 0.5,
      },
      tiers: { A: 2, B: 1, C: 1, inactive: 1 },
      lifecycle: { new: 0, reactivated: 0, active: 1, atRisk: 0, dormant: 3, lost: 1 },
    });
  });

  test('title lines and a total row are skipped, not counted as data', async () => {
    expectMatches(await json(fixture('titled.csv')), { ...BASE_TTM, rows: { ...BASE_TTM.rows, skipped: 3 } });
  });

  test('a semicolon file with 1.234,50 amounts and 31.12.2024 dates reads like the comma file', async () => {
    // Every amount × 100 (B: 3,000.25 − 1,000.25 = 2,000): the revenue scales, the shares do not.
    expectMatches(await json(fixture('european.csv')), { ...BASE_TTM, revenue: 27000 });
  });

  test('a UTF-16 LE file with a BOM and Chinese headers reads like the UTF-8 file', async () => {
    const text = readFileSync(fixture('base.csv'), 'utf8').replace(
      'Order ID,Order Date,Customer ID,Customer Name,Amount,Status',
      '订单号,下单日期,客户编号,客户名称,金额,Status',
    );
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const run = await cli(['mem:utf16.csv', '--json'], new Map([['mem:utf16.csv', bytes]]));
    expect(run.code).toBe(0);
    expectMatches(JSON.parse(run.stdout), BASE_TTM);
    // Forcing the encoding gives the same.
    const forced = await cli(['mem:utf16.csv', '--json', '--encoding', 'utf-16le'], new Map([['mem:utf16.csv', bytes]]));
    expectMatches(JSON.parse(forced.stdout), BASE_TTM);
  });

  test('--map names the columns no synonym finds', async () => {
    const refused = await cli([fixture('unmapped.csv'), '--json']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('has no column for customer_id, date, amount');
    const mapped = await json(
      fixture('unmapped.csv'),
      '--map', 'customer_id=Party Key',
      '--map', 'customer_name=Party',
      '--map', 'date=Booked',
      '--map', 'amount=Net Value',
      '--map', 'status=Flag',
    );
    expectMatches(mapped, BASE_TTM);
  });

  test('rows sum over several files', async () => {
    // rejects.csv: 6 data rows = 2 accepted + 1 excluded (Closed Lost) + 3 rejected.
    const result = (await json(fixture('base.csv'), fixture('rejects.csv'))) as { rows: unknown };
    expect(result.rows).toEqual({ total: 19, accepted: 14, excluded: 2, rejected: 3, skipped: 0 });
  });
});

describe('runCli(argv, io) exit codes', () => {
  test.each([
    { argv: [], why: 'no FILE', code: 'No input file' },
    { argv: ['a.csv', '--jsn'], why: 'an unknown flag', code: 'Unknown option --jsn' },
    { argv: ['a.csv', '--as-of', '2024-02-30'], why: 'an impossible --as-of date', code: '--as-of "2024-02-30"' },
    { argv: ['a.csv', '--as-of', '31.12.2024'], why: 'a non-ISO --as-of date', code: '--as-of "31.12.2024"' },
    { argv: ['a.csv', '--as-of'], why: 'a missing value', code: 'Option --as-of needs a value' },
    { argv: ['a.csv', '--period', 'year'], why: 'a bad period', code: '--period "year"' },
    { argv: ['a.csv', '--encoding', 'latin1'], why: 'a bad encoding', code: '--encoding "latin1"' },
    { argv: ['a.csv', '--map', 'amount'], why: '--map without =', code: '--map "amount"' },
    { argv: ['a.csv', '--map', 'revenue=Sales'], why: '--map with an unknown field', code: 'unknown field "revenue"' },
  ])('exit 2 and one sentence on stderr for $why', async ({ argv, code }) => {
    const run = await cli(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(code);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  test('exit 0 and usage on stdout for --help, even next to bad options', async () => {
    for (const argv of [['--help'], ['-h'], ['a.csv', '--period', 'year', '--help']]) {
      const run = await cli(argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Usage: npm run -s analyze -- FILE');
      expect(run.stderr).toBe('');
    }
  });

  test.each([
    { argv: [fixture('missing.csv'), '--json'], why: 'a missing file', says: ['missing.csv', 'does not exist'] },
    { argv: [fixture(''), '--json'], why: 'a folder', says: ['is a folder'] },
    { argv: [fixture('no-amount.csv'), '--json'], why: 'a file without amount column', says: ['no-amount.csv', 'amount', '--map amount='] },
    { argv: [fixture('base.csv'), '--json', '--map', 'amount=Net Sales'], why: 'a --map header not in the file', says: ['"Net Sales"', 'Amount'] },
  ])('exit 1 and one sentence on stderr for $why', async ({ argv, says }) => {
    const run = await cli(argv);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    for (const text of says) expect(run.stderr).toContain(text);
  });

  test('a bug is "Internal error: …" with exit 1, the stack only with debug on', async () => {
    const broken: CliIo = {
      stdout: () => undefined,
      stderr: (text) => void (stderr += text),
      openFile: () => Promise.reject(new Error('boom')),
      debug: false,
    };
    let stderr = '';
    expect(await runCli(['a.csv'], broken)).toBe(1);
    expect(stderr).toBe('Internal error: boom\n');
    stderr = '';
    expect(await runCli(['a.csv'], { ...broken, debug: true })).toBe(1);
    expect(stderr.startsWith('Internal error: boom\nError: boom\n    at ')).toBe(true);
  });
});

describe('runCli(argv, io) without --json', () => {
  test('prints the table, the excluded statuses and the first rejected rows with file, row, column and value', async () => {
    const run = await cli([fixture('rejects.csv')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const file = fixture('rejects.csv');
    // Rows are numbered as a spreadsheet shows them: the header is row 1.
    expect(run.stdout).toContain(`${file}, row 3, column "Customer ID": the customer is empty`);
    expect(run.stdout).toContain(`${file}, row 4, column "Order Date": "2024-13-45" is not a date`);
    expect(run.stdout).toContain(`${file}, row 5, column "Amount": "abc" is not an amount`);
    expect(run.stdout).toMatch(/Excluded statuses +Closed Lost 1/);
    expect(run.stdout).toMatch(/Rows +6: 2 accepted, 1 excluded, 3 rejected/);
    expect(run.stdout).toMatch(/Revenue +130\.00/);
  });
});
