import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { DEMO_DEFAULTS, DEMO_HEADER, demoCsv } from '../../../../scripts/demo/index.ts';

const HEADER = 'Order ID,Order Date,Customer ID,Customer Name,Region,Industry,Segment,Channel,Owner,Product,Category,Quantity,Amount,Status';

interface Row {
  order: string;
  date: string;
  day: number;
  customer: string;
  name: string;
  region: string;
  industry: string;
  segment: string;
  channel: string;
  owner: string;
  quantity: number;
  amount: number;
  amountText: string;
  status: string;
}

const text = (rows: number, seed: number): string => [...demoCsv({ rows, seed })].join('');
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const END = dayOf('2025-12-31');

/** Parsed independently of the generator, with PapaParse. */
function parse(csv: string): { header: string[]; rows: Row[] } {
  const { data } = Papa.parse<string[]>(csv.trimEnd(), { delimiter: ',' });
  const [header, ...records] = data;
  const rows = records.map((r) => ({
    order: r[0], date: r[1], day: dayOf(r[1]), customer: r[2], name: r[3], region: r[4], industry: r[5],
    segment: r[6], channel: r[7], owner: r[8], quantity: Number(r[11]), amount: Number(r[12]), amountText: r[12], status: r[13],
  }));
  return { header, rows };
}

/** Share of the 5 largest customers in the revenue of completed rows dated in (END − 365, END]. */
function top5ShareTtm(rows: readonly Row[]): number {
  const revenue = new Map<string, number>();
  for (const r of rows) {
    if (r.status === 'Completed' && r.day > END - 365) revenue.set(r.customer, (revenue.get(r.customer) ?? 0) + r.amount);
  }
  const positive = [...revenue.values()].filter((v) => v > 0).sort((a, b) => b - a);
  const total = positive.reduce((a, b) => a + b, 0);
  return positive.slice(0, 5).reduce((a, b) => a + b, 0) / total;
}

describe('demoCsv({rows, seed})', () => {
  let demo: { header: string[]; rows: Row[] };
  let demoText: string;
  beforeAll(() => {
    demoText = text(DEMO_DEFAULTS.rows, DEMO_DEFAULTS.seed);
    demo = parse(demoText);
  });

  test('writes the header the mapper knows, in the agreed column order', () => {
    expect(DEMO_HEADER.join(',')).toBe(HEADER);
    expect(demoText.startsWith(`${HEADER}\n`)).toBe(true);
  });

  test.each([0, 1, 2, 7, 500, 3_001])('writes exactly %i data rows', (rows) => {
    const lines = text(rows, 5).split('\n');
    expect(lines.pop()).toBe(''); // ends with LF
    expect(lines.length - 1).toBe(rows);
  });

  test('is deterministic: the same seed gives the same bytes, another seed other bytes', () => {
    expect(text(2_000, 99)).toBe(text(2_000, 99));
    expect(text(2_000, 99)).not.toBe(text(2_000, 100));
  });

  test('uses LF line ends only, no BOM, ISO dates in 2023-01-01..2025-12-31 in date order, plain amounts', () => {
    expect(demoText.includes('\r')).toBe(false);
    expect(demoText.charCodeAt(0)).not.toBe(0xfeff);
    const first = dayOf('2023-01-01');
    const misfits = demo.rows.filter(
      (r, i) =>
        !/^\d{4}-\d{2}-\d{2}$/.test(r.date) ||
        r.day < first ||
        r.day > END ||
        (i > 0 && r.day < demo.rows[i - 1].day) ||
        !/^-?\d+\.\d\d$/.test(r.amountText) ||
        !Number.isInteger(r.quantity) ||
        r.quantity === 0,
    );
    expect(misfits).toEqual([]);
    expect(demo.rows[0].date.startsWith('2023-01')).toBe(true);
    expect(demo.rows.at(-1)?.date).toBe('2025-12-31');
  });

  test('has a few thousand customers, each with one name and one set of attributes', () => {
    const byCustomer = new Map<string, Set<string>>();
    for (const r of demo.rows) {
      const attributes = [r.name, r.region, r.industry, r.segment, r.channel].join('|');
      byCustomer.set(r.customer, (byCustomer.get(r.customer) ?? new Set()).add(attributes));
    }
    expect([...byCustomer.values()].filter((s) => s.size > 1)).toEqual([]);
    expect(byCustomer.size).toBeGreaterThanOrEqual(2_500);
    expect(byCustomer.size).toBeLessThanOrEqual(3_500);
    const names = new Set([...byCustomer.values()].map((s) => [...s][0].split('|')[0]));
    expect(names.size).toBe(byCustomer.size);
    expect([...names].some((n) => /[\u4e00-\u9fff]{4,}有限公司$/.test(n))).toBe(true);
    expect([...names].some((n) => /^[A-Z][a-z]+ [A-Za-z]+ (Ltd|Inc\.|LLC|GmbH|Corp\.|Co\.|B\.V\.|S\.A\.|AG|plc)$/.test(n))).toBe(true);
    // A partnership name with a comma survives the CSV quoting.
    expect([...names].some((n) => n.includes(', '))).toBe(true);
  });

  test('has 5–6 regions, 6–8 industries, the three segments, several channels and 8–15 owners', () => {
    const distinct = (key: keyof Row): number => new Set(demo.rows.map((r) => r[key])).size;
    expect(distinct('region')).toBeGreaterThanOrEqual(5);
    expect(distinct('region')).toBeLessThanOrEqual(6);
    expect(distinct('industry')).toBeGreaterThanOrEqual(6);
    expect(distinct('industry')).toBeLessThanOrEqual(8);
    expect(new Set(demo.rows.map((r) => r.segment))).toEqual(new Set(['Enterprise', 'Mid-Market', 'SMB']));
    expect(distinct('channel')).toBeGreaterThanOrEqual(3);
    expect(distinct('owner')).toBeGreaterThanOrEqual(8);
    expect(distinct('owner')).toBeLessThanOrEqual(15);
  });

  test('a few customers change owner over time, most never do', () => {
    const owners = new Map<string, Set<string>>();
    for (const r of demo.rows) owners.set(r.customer, (owners.get(r.customer) ?? new Set()).add(r.owner));
    const moved = [...owners.values()].filter((s) => s.size > 1).length;
    expect(moved).toBeGreaterThan(0);
    expect(moved / owners.size).toBeLessThan(0.1);
  });

  test('about 3 % of rows are Cancelled (whole orders), the rest Completed', () => {
    const statuses = new Map<string, Set<string>>();
    for (const r of demo.rows) statuses.set(r.order, (statuses.get(r.order) ?? new Set()).add(r.status));
    expect(new Set(demo.rows.map((r) => r.status))).toEqual(new Set(['Completed', 'Cancelled']));
    const cancelled = demo.rows.filter((r) => r.status === 'Cancelled').length / demo.rows.length;
    expect(cancelled).toBeGreaterThan(0.02);
    expect(cancelled).toBeLessThan(0.04);
    expect([...statuses.values()].filter((s) => s.size > 1)).toEqual([]);
  });

  test('about 1 % of rows are refunds with negative amount and quantity', () => {
    const refunds = demo.rows.filter((r) => r.amount < 0);
    expect(refunds.length / demo.rows.length).toBeGreaterThan(0.005);
    expect(refunds.length / demo.rows.length).toBeLessThan(0.015);
    expect(refunds.filter((r) => r.quantity >= 0)).toEqual([]);
  });

  test('some orders have 2–3 lines, all on one date for one customer', () => {
    const orders = new Map<string, Row[]>();
    for (const r of demo.rows) {
      const lines = orders.get(r.order);
      if (lines) lines.push(r);
      else orders.set(r.order, [r]);
    }
    const sizes = [...orders.values()].map((lines) => lines.length);
    expect(Math.max(...sizes)).toBe(3);
    const multi = sizes.filter((n) => n > 1).length / sizes.length;
    expect(multi).toBeGreaterThan(0.05);
    expect(multi).toBeLessThan(0.35);
    const mixed = [...orders.values()].filter((lines) => new Set(lines.map((l) => `${l.date}|${l.customer}`)).size > 1);
    expect(mixed).toEqual([]);
  });

  test('revenue is heavy-tailed: the top 5 customers hold 25–40 % of the last 12 months, for several seeds', () => {
    expect(top5ShareTtm(demo.rows)).toBeGreaterThan(0.25);
    expect(top5ShareTtm(demo.rows)).toBeLessThan(0.4);
    for (const seed of [1, 42]) {
      const share = top5ShareTtm(parse(text(DEMO_DEFAULTS.rows, seed)).rows);
      expect(share).toBeGreaterThan(0.25);
      expect(share).toBeLessThan(0.4);
    }
  });

  test('orders are seasonal: Q4 busier than Q1, Chinese New Year and weekends quiet', () => {
    const perDay = (filter: (r: Row) => boolean, days: number): number => demo.rows.filter(filter).length / days;
    const month = (r: Row): number => Number(r.date.slice(5, 7));
    // Q4 has 92 days a year and Q1 90 (91 in 2024): 276 vs 271 days over three years.
    expect(perDay((r) => month(r) >= 10, 276)).toBeGreaterThan(1.2 * perDay((r) => month(r) <= 3, 271));
    // Holiday week of the Year of the Dragon: 2024-02-09 .. 2024-02-16, against the whole year 2024.
    const holiday = perDay((r) => r.date >= '2024-02-09' && r.date <= '2024-02-16', 8);
    expect(holiday).toBeLessThan(0.6 * perDay((r) => r.date.startsWith('2024'), 366));
    const weekday = (r: Row): number => new Date(r.day * 86_400_000).getUTCDay();
    expect(demo.rows.filter((r) => weekday(r) === 0 || weekday(r) === 6).length / demo.rows.length).toBeLessThan(0.08);
  });

  test('customers arrive over the whole range, churn, and some come back after a long gap', () => {
    const purchases = new Map<string, number[]>();
    for (const r of demo.rows) {
      if (r.status !== 'Completed' || r.amount <= 0) continue;
      const days = purchases.get(r.customer);
      if (days) days.push(r.day);
      else purchases.set(r.customer, [r.day]);
    }
    const firsts = [...purchases.values()].map((days) => days[0]);
    for (const year of [2023, 2024, 2025]) {
      const from = dayOf(`${year}-01-01`);
      expect(firsts.filter((d) => d >= from && d < from + 365).length).toBeGreaterThan(300);
    }
    const lost = [...purchases.values()].filter((days) => days.at(-1)! <= END - 365).length;
    expect(lost / purchases.size).toBeGreaterThan(0.1);
    const returned = [...purchases.values()].filter((days) => days.some((d, i) => i > 0 && d - days[i - 1] > 365)).length;
    expect(returned).toBeGreaterThan(20);
  });
});

test('the bundled public/demo/tierscope-demo.csv is the default output, under 2 MB', () => {
  const bundled = readFileSync(fileURLToPath(new URL('../../../../public/demo/tierscope-demo.csv', import.meta.url)));
  expect(bundled.length).toBeLessThan(2_000_000);
  expect(bundled.equals(Buffer.from(text(DEMO_DEFAULTS.rows, DEMO_DEFAULTS.seed), 'utf8'))).toBe(true);
});
