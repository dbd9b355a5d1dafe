import type { CustomerInput, RowInput } from './buildDataset.ts';
import { dayToIso, isoToDay } from './isoToDay.ts';
import { mulberry32 } from './mulberry32.ts';

export interface Generated {
  readonly rows: RowInput[];
  readonly customers: CustomerInput[];
}

const REGIONS = ['North', 'South', 'East', 'West', '华东'];
const OWNERS = Array.from({ length: 30 }, (_, i) => `Rep ${i + 1}`);
const PRICES = [9.99, 19.99, 49.99, 100];
const FIRST_DAY = isoToDay('2021-01-01');
const LAST_START = isoToDay('2024-06-30');
const LAST_DAY = isoToDay('2024-12-31');

const cents = (value: number) => Math.round(value * 100) / 100;

/**
 * A seeded synthetic data set: `customerCount` customers (ids unique by k, mixing case, prefixes and Chinese
 * so code-unit order differs from locale order; rows and table shuffled), heavy-tailed order values
 * (Pareto α = 1.3), price-list orders that tie, multi-line orders, partial refunds, full refunds of
 * multi-line orders that cancel only up to binary rounding, refund-only customers, zero rows, rows
 * without order id, order ids shared by two customers, and master-file customers without rows.
 */
export function generateDataset(seed: number, customerCount: number): Generated {
  const random = mulberry32(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
  const rows: RowInput[] = [];
  const customers: CustomerInput[] = [];
  let orderSeq = 0;

  for (let k = 0; k < customerCount; k++) {
    const id = pick([`C${String(k).padStart(5, '0')}`, `c${k}`, `K-${k}`, `客户${k}`, `Ç${k}`, `C${k}x`]);
    customers.push({
      id,
      name: `Customer ${k}`,
      region: random() < 0.1 ? null : pick(REGIONS),
      owner: random() < 0.05 ? null : pick(OWNERS),
    });
    const kind = random();
    if (kind < 0.03) continue; // master file only
    const withOrderIds = random() < 0.85;
    const start = FIRST_DAY + Math.floor(random() * (LAST_START - FIRST_DAY));
    const life = Math.min(LAST_DAY - start, Math.floor(-Math.log(1 - random()) * 400));
    const days = () => start + Math.floor(random() * (life + 1));
    if (kind < 0.04) {
      // Refund-only customer (credit notes for sales outside the data).
      rows.push({ customer: id, date: dayToIso(days()), amount: -cents(10 + random() * 200), order: withOrderIds ? `CN${orderSeq++}` : undefined });
      continue;
    }
    const orders = 1 + Math.floor(-Math.log(1 - random()) * 3);
    for (let o = 0; o < orders; o++) {
      const day = days();
      const order = withOrderIds ? `O${orderSeq++}` : undefined;
      const value = random() < 0.1 ? pick(PRICES) : cents(Math.min(1e6, 20 / Math.pow(1 - random(), 1 / 1.3)));
      const lines = random() < 0.25 ? 2 + Math.floor(random() * 3) : 1;
      const amounts: number[] = [];
      for (let l = 0; l < lines; l++) amounts.push(l === lines - 1 ? value : cents(value * random() * 0.5 + 0.01));
      for (const amount of amounts) rows.push({ customer: id, date: dayToIso(day), amount: random() < 0.01 ? 0 : amount, order });
      const refund = random();
      const refundDay = dayToIso(day + Math.floor(random() * 30));
      if (refund < 0.04) {
        // Partial refund on the same order.
        rows.push({ customer: id, date: refundDay, amount: -cents(value * random()), order });
      } else if (refund < 0.08) {
        // Full refund of every line, written as the decimal total: cancels only up to rounding.
        const total = cents(amounts.reduce((s, a) => s + a, 0));
        rows.push({ customer: id, date: refundDay, amount: -total, order: withOrderIds ? `CN${orderSeq++}` : undefined });
      }
    }
    if (withOrderIds && random() < 0.01) {
      rows.push({ customer: id, date: dayToIso(days()), amount: cents(5 + random() * 50), order: `SHARED-${Math.floor(random() * 5)}` });
    }
  }
  // Nothing may depend on rows arriving grouped by customer or day, or on the table's order.
  shuffle(rows, random);
  shuffle(customers, random);
  return { rows, customers };
}

/** Fisher–Yates, in place. */
function shuffle<T>(values: T[], random: () => number): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [values[i], values[j]] = [values[j], values[i]];
  }
}
