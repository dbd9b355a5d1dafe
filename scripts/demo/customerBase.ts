import { bisectRight } from 'd3-array';
import { CATALOG } from './catalog.ts';
import { CompanyNamer } from './companyNamer.ts';
import type { DemoCalendar } from './demoCalendar.ts';
import type { Random } from './random.ts';

const { regions, industries, segments, reps } = CATALOG;

/**
 * Every customer of the demo, one typed-array slot per customer (index = number in the
 * customer id), ordered by start day so ids grow with time as CRM numbers do.
 */
export interface CustomerBase {
  readonly count: number;
  readonly namer: CompanyNamer;
  /** Day index the customer starts buying (and places its first order); -1 = already a customer when the data starts. */
  readonly startDay: Int32Array;
  readonly region: Uint8Array;
  readonly industry: Uint8Array;
  readonly segment: Uint8Array;
  readonly channel: Uint8Array;
  /** Index into `CATALOG.reps`; changes when accounts are reassigned. */
  readonly owner: Uint8Array;
  readonly nameCode: Int32Array;
  /** How often the customer orders (relative rate while it buys). */
  readonly orderRate: Float64Array;
  /** Multiplier of quantities per order line. */
  readonly orderSize: Float64Array;
  /** Fraction off list price the customer negotiated. */
  readonly discount: Float64Array;
}

export interface CustomerBaseInputs {
  readonly count: number;
  readonly calendar: DemoCalendar;
  /** Relative number of first orders per day (the order volume curve works well). */
  readonly acquisitionWeights: Float64Array;
  readonly random: Random;
}

const ENTERPRISE = segments.findIndex((s) => s.label === 'Enterprise');
const MID_MARKET = segments.findIndex((s) => s.label === 'Mid-Market');
const PARETO_SCALE = 8;
const PARETO_SHAPE = 1;
/** Share of customers already buying when the data starts. */
const EXISTING_SHARE = 0.22;

/**
 * Customer value is heavy-tailed: SMB and mid-market values are log-normal, enterprise
 * values Pareto, which gives the few dominant accounts of real B2B books. Value splits
 * into order frequency (value^0.6) and order size (value^0.4).
 */
export function createCustomerBase({ count, calendar, acquisitionWeights, random }: CustomerBaseInputs): CustomerBase {
  const startDay = acquisitionDays(count, acquisitionWeights, random);
  const region = new Uint8Array(count);
  const industry = new Uint8Array(count);
  const segment = new Uint8Array(count);
  const channel = new Uint8Array(count);
  const owner = new Uint8Array(count);
  const nameCode = new Int32Array(count);
  const orderRate = new Float64Array(count);
  const orderSize = new Float64Array(count);
  const discount = new Float64Array(count);
  const namer = new CompanyNamer();
  const regionWeights = regions.map((r) => r.weight);
  const industryWeights = industries.map((i) => i.weight);
  const segmentWeights = segments.map((s) => s.weight);

  for (let c = 0; c < count; c++) segment[c] = random.weightedIndex(segmentWeights);
  const enterprise = enterpriseValues(startDay, segment, random);
  for (let c = 0; c < count; c++) {
    region[c] = random.weightedIndex(regionWeights);
    industry[c] = random.weightedIndex(industryWeights);
    const profile = segments[segment[c]];
    channel[c] = random.weightedIndex(profile.channelWeights);
    owner[c] = pickOwner(region[c], calendar.labels[Math.max(0, startDay[c])], random);
    nameCode[c] = namer.draw(region[c], industry[c], random);
    const value = segment[c] === ENTERPRISE ? enterprise[c] : random.logNormal(segment[c] === MID_MARKET ? Math.log(3) : 0, 0.55);
    orderRate[c] = Math.pow(value, 0.6);
    orderSize[c] = Math.pow(value, 0.4);
    discount[c] = profile.discount[0] + random.next() * (profile.discount[1] - profile.discount[0]);
  }
  return { count, namer, startDay, region, industry, segment, channel, owner, nameCode, orderRate, orderSize, discount };
}

/**
 * Enterprise values from a Pareto distribution (shape 1), one per stratum of its quantiles:
 * the k-th largest gets tail probability (k + 1 + jitter) / (n + 1), so the top stratum
 * stops short of the infinite tail and the biggest accounts weigh about the same whatever
 * the seed (top 5 ≈ 25–35 % of a year's revenue). Older accounts tend to be the bigger
 * ones: values go out in descending order to the enterprise customers sorted by start day
 * plus an exponential jitter of about a year.
 */
function enterpriseValues(startDay: Int32Array, segment: Uint8Array, random: Random): Float64Array {
  const members: number[] = [];
  for (let c = 0; c < segment.length; c++) if (segment[c] === ENTERPRISE) members.push(c);
  const n = members.length;
  const sortKey = new Float64Array(segment.length);
  for (const c of members) sortKey[c] = startDay[c] + random.exponential(365);
  members.sort((x, y) => sortKey[x] - sortKey[y] || x - y);
  const values = new Float64Array(segment.length);
  members.forEach((c, rank) => {
    const p = (rank + 1 + random.next()) / (n + 1);
    values[c] = PARETO_SCALE * Math.pow(p, -1 / PARETO_SHAPE);
  });
  return values;
}

/** Start days: existing customers (-1), the rest following the volume curve; sorted. */
function acquisitionDays(count: number, weights: Float64Array, random: Random): Int32Array {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  for (let d = 0; d < weights.length; d++) cumulative[d] = total += weights[d];
  const days = new Int32Array(count);
  for (let c = 0; c < count; c++) days[c] = random.chance(EXISTING_SHARE) ? -1 : bisectRight(cumulative, random.next() * total);
  return days.sort();
}

/** A rep of the customer's region who is on the team on the given day. */
function pickOwner(region: number, date: string, random: Random): number {
  const candidates: number[] = [];
  reps.forEach((rep, index) => {
    if (rep.region === region && (rep.joins === null || rep.joins <= date) && (rep.leaves === null || date < rep.leaves)) {
      candidates.push(index);
    }
  });
  return random.pick(candidates);
}
