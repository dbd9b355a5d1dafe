import { CATALOG } from './catalog.ts';
import type { RegionGroup } from './catalog.ts';
import { createCustomerBase } from './customerBase.ts';
import type { CustomerBase } from './customerBase.ts';
import { csvLine } from './csvLine.ts';
import { dailyQuota } from './dailyQuota.ts';
import { dayWeights } from './dayWeights.ts';
import { demoCalendar } from './demoCalendar.ts';
import type { DemoCalendar } from './demoCalendar.ts';
import { DEMO_DEFAULTS } from './demoDefaults.ts';
import { deriveSeed } from './deriveSeed.ts';
import { holidayFactor } from './holidayFactor.ts';
import { Random } from './random.ts';
import { WeightTree } from './weightTree.ts';

export const DEMO_HEADER = [
  'Order ID', 'Order Date', 'Customer ID', 'Customer Name', 'Region', 'Industry', 'Segment', 'Channel',
  'Owner', 'Product', 'Category', 'Quantity', 'Amount', 'Status',
] as const;

export interface DemoOptions {
  /** Data rows to write (the header line is extra). */
  readonly rows: number;
  /** Any integer; taken modulo 2^32. */
  readonly seed: number;
}

/** Data rows per customer on average; sets the size of the customer base. */
const ROWS_PER_CUSTOMER = 5;
/** Chance that a churned customer comes back, and the gap before it does (days). */
const REACTIVATION_CHANCE = 0.3;
const REACTIVATION_GAP: readonly [number, number] = [150, 600];
/** Line items per order: 1, 2 or 3. */
const LINES_PER_ORDER = [80, 13, 7];
const CANCELLED_ORDER_SHARE = 0.03;
const REFUND_SHARE = 0.015;

const { regions, segments, products, reps, reassignments } = CATALOG;
/** Customer states in the simulation. */
const NOT_YET = 0;
const BUYING = 1;
const CHURNED = 2;
const GONE = 3;

/**
 * The demo CSV as text chunks: the header line, then the rows of each day in date order.
 * Same options → same text, byte for byte. Memory grows with the customer base, not the
 * rows, so the caller can stream millions of rows to a file.
 *
 * The simulation: about a fifth of the customers are already buying when the data starts;
 * the others start on their first-order day (and place an order that day). All buy at their
 * own rate while active, churn after an exponential lifetime
 * (segment-dependent), and a share of churned customers returns after a gap. The rows of
 * each day follow the volume curve (growth, seasons, weekdays, holidays), and which customer
 * orders is drawn by rate, so big accounts order often and in bulk.
 */
export function* demoCsv({ rows, seed }: DemoOptions): Generator<string> {
  if (!Number.isInteger(rows) || rows < 0) throw new RangeError(`rows must be a non-negative integer, got ${rows}`);
  yield csvLine(DEMO_HEADER);
  if (rows === 0) return;

  const calendar = demoCalendar(DEMO_DEFAULTS.firstDay, DEMO_DEFAULTS.lastDay);
  const holidays: Record<RegionGroup, Float64Array> = {
    china: holidayFactor(calendar, 'china'),
    west: holidayFactor(calendar, 'west'),
  };
  let chinaShare = 0;
  let total = 0;
  for (const r of regions) {
    total += r.weight;
    if (r.group === 'china') chinaShare += r.weight;
  }
  chinaShare /= total;
  const weights = dayWeights({
    calendar,
    groups: [{ factor: holidays.china, share: chinaShare }, { factor: holidays.west, share: 1 - chinaShare }],
    random: new Random(deriveSeed(seed, 'days')),
  });
  const quota = dailyQuota(weights, rows);
  const customers = createCustomerBase({
    count: Math.max(1, Math.round(rows / ROWS_PER_CUSTOMER)),
    calendar,
    acquisitionWeights: weights,
    random: new Random(deriveSeed(seed, 'customers')),
  });
  const simulation = new Simulation(customers, calendar, holidays, seed);

  let written = 0;
  let carry = 0;
  for (let day = 0; day < calendar.days && written < rows; day++) {
    const lines: string[] = [];
    const starters = simulation.startDay(day);
    let budget = quota[day] + carry;
    for (const c of starters) {
      if (written === rows) break;
      const n = simulation.order(c, day, rows - written, lines);
      written += n;
      budget -= n;
    }
    while (budget > 0 && written < rows) {
      const c = simulation.drawBuyer(day);
      if (c === null) break;
      const n = simulation.purchaseOrRefund(c, day, Math.min(budget, rows - written), lines);
      written += n;
      budget -= n;
    }
    // Rows a day could not take (or took in excess) shift to the next day, so the total is exact.
    carry = budget;
    if (day === calendar.days - 1) {
      while (written < rows) written += simulation.order(simulation.anyCustomer(), day, rows - written, lines);
    }
    if (lines.length > 0) yield lines.join('');
  }
}

/** The state of every customer while the days go by, and the rows it writes. */
class Simulation {
  readonly #customers: CustomerBase;
  readonly #calendar: DemoCalendar;
  readonly #holidays: Record<RegionGroup, Float64Array>;
  readonly #random: Random;
  readonly #life: Random;
  readonly #tree: WeightTree;
  readonly #state: Uint8Array;
  /** Customers whose next event (start, churn, return) falls on a day: a linked list per day. */
  readonly #eventHead: Int32Array;
  readonly #eventNext: Int32Array;
  readonly #lastProduct: Int16Array;
  readonly #lastQuantity: Int32Array;
  readonly #lastUnitPrice: Float64Array;
  #orders = 0;
  #creditNotes = 0;

  constructor(customers: CustomerBase, calendar: DemoCalendar, holidays: Record<RegionGroup, Float64Array>, seed: number) {
    this.#customers = customers;
    this.#calendar = calendar;
    this.#holidays = holidays;
    this.#random = new Random(deriveSeed(seed, 'orders'));
    this.#life = new Random(deriveSeed(seed, 'lifecycle'));
    this.#tree = new WeightTree(customers.count);
    this.#state = new Uint8Array(customers.count);
    this.#eventHead = new Int32Array(calendar.days).fill(-1);
    this.#eventNext = new Int32Array(customers.count).fill(-1);
    this.#lastProduct = new Int16Array(customers.count).fill(-1);
    this.#lastQuantity = new Int32Array(customers.count);
    this.#lastUnitPrice = new Float64Array(customers.count);
    // Reverse order so each day's list comes out in customer-id order.
    for (let c = customers.count - 1; c >= 0; c--) {
      if (customers.startDay[c] >= 0) this.#schedule(c, customers.startDay[c]);
      else this.#start(c, 0, false);
    }
  }

  /** Applies the day's account moves and customer events; returns the customers that start or return today. */
  startDay(day: number): number[] {
    const label = this.#calendar.labels[day];
    for (const move of reassignments) {
      if (move.date !== label) continue;
      for (let c = 0; c < this.#customers.count && this.#customers.startDay[c] < day; c++) {
        if (this.#customers.owner[c] === move.from && (move.share === 1 || c % 2 === 0)) this.#customers.owner[c] = move.to;
      }
    }
    const starters: number[] = [];
    let c = this.#eventHead[day];
    while (c !== -1) {
      const next = this.#eventNext[c];
      switch (this.#state[c]) {
        case NOT_YET:
        case CHURNED:
          this.#start(c, day, this.#state[c] === CHURNED);
          starters.push(c);
          break;
        case BUYING:
          this.#tree.set(c, 0);
          if (this.#life.chance(REACTIVATION_CHANCE)) {
            this.#state[c] = CHURNED;
            this.#schedule(c, day + this.#life.int(REACTIVATION_GAP[0], REACTIVATION_GAP[1]));
          } else {
            this.#state[c] = GONE;
          }
          break;
      }
      c = next;
    }
    return starters;
  }

  /** A buying customer drawn by order rate, thinned by its region's holidays; null when nobody buys. */
  drawBuyer(day: number): number | null {
    let c: number | null = null;
    for (let attempt = 0; attempt < 8; attempt++) {
      c = this.#tree.find(this.#random.next());
      if (c === null) return null;
      const factor = this.#holidays[regions[this.#customers.region[c]].group][day];
      if (factor >= 1 || this.#random.chance(factor)) break;
    }
    return c;
  }

  /** Any customer, buying or not: fills the last rows of a tiny file when nobody buys on the last day. */
  anyCustomer(): number {
    return this.#random.int(0, this.#customers.count - 1);
  }

  purchaseOrRefund(c: number, day: number, maxLines: number, out: string[]): number {
    if (this.#lastProduct[c] >= 0 && this.#random.chance(REFUND_SHARE)) return this.#refund(c, day, out);
    return this.order(c, day, maxLines, out);
  }

  /** Writes one order of 1–3 lines (at most `maxLines`); returns the number of lines. */
  order(c: number, day: number, maxLines: number, out: string[]): number {
    const customers = this.#customers;
    const random = this.#random;
    const lines = Math.min(maxLines, 1 + random.weightedIndex(LINES_PER_ORDER));
    const status = random.chance(CANCELLED_ORDER_SHARE) ? 'Cancelled' : 'Completed';
    const orderId = `SO${String(++this.#orders).padStart(6, '0')}`;
    const profile = segments[customers.segment[c]];
    const month = this.#calendar.month[day];
    // Year-end budgets: Q4 orders run larger.
    const season = month >= 9 ? 1.15 : 1;
    const chosen: number[] = [];
    for (let line = 0; line < lines; line++) {
      let product = random.weightedIndex(profile.productWeights);
      for (let retry = 0; retry < 3 && chosen.includes(product); retry++) product = random.weightedIndex(profile.productWeights);
      chosen.push(product);
      const { typicalQuantity, listPrice } = products[product];
      const quantity = Math.max(1, Math.round(typicalQuantity * customers.orderSize[c] * season * random.logNormal(0, 0.5)));
      const unitPrice = listPrice * (1 - customers.discount[c]);
      out.push(this.#row(orderId, c, day, product, quantity, quantity * unitPrice, status));
      if (status === 'Completed') {
        this.#lastProduct[c] = product;
        this.#lastQuantity[c] = quantity;
        this.#lastUnitPrice[c] = unitPrice;
      }
    }
    return lines;
  }

  /** A credit note returning part of the customer's last purchased line. */
  #refund(c: number, day: number, out: string[]): number {
    const quantity = Math.max(1, Math.round(this.#lastQuantity[c] * (0.2 + 0.8 * this.#random.next())));
    const orderId = `CN${String(++this.#creditNotes).padStart(5, '0')}`;
    const product = this.#lastProduct[c];
    out.push(this.#row(orderId, c, day, product, -quantity, -quantity * this.#lastUnitPrice[c], 'Completed'));
    return 1;
  }

  #row(orderId: string, c: number, day: number, product: number, quantity: number, amount: number, status: string): string {
    const customers = this.#customers;
    const region = customers.region[c];
    const industry = customers.industry[c];
    return csvLine([
      orderId,
      this.#calendar.labels[day],
      `C${String(c + 1).padStart(5, '0')}`,
      customers.namer.text(customers.nameCode[c], region, industry),
      regions[region].label,
      CATALOG.industries[industry].label,
      segments[customers.segment[c]].label,
      CATALOG.channels[customers.channel[c]],
      reps[customers.owner[c]].name,
      products[product].name,
      products[product].category,
      String(quantity),
      (Math.round(amount * 100) / 100).toFixed(2),
      status,
    ]);
  }

  /** The customer starts (or resumes) buying on the day and gets a churn date. */
  #start(c: number, day: number, returning: boolean): void {
    const customers = this.#customers;
    this.#state[c] = BUYING;
    // Returning customers buy a little less and stay less long; big accounts stay longer.
    this.#tree.set(c, customers.orderRate[c] * (returning ? 0.8 : 1));
    const loyalty = Math.min(5, Math.max(0.6, Math.sqrt(customers.orderSize[c])));
    const meanLifetime = segments[customers.segment[c]].meanLifetime * loyalty * (returning ? 0.7 : 1);
    this.#schedule(c, day + Math.max(30, Math.round(this.#life.exponential(meanLifetime))));
  }

  #schedule(c: number, day: number): void {
    if (day >= this.#calendar.days) return;
    this.#eventNext[c] = this.#eventHead[day];
    this.#eventHead[day] = c;
  }
}
