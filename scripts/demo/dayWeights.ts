import type { DemoCalendar } from './demoCalendar.ts';
import type { Random } from './random.ts';

/** Relative order volume per month (Jan–Dec): slow start of the year, Q4 budget peak. */
const MONTH = [0.88, 0.85, 1.02, 0.96, 1.0, 1.06, 0.92, 0.9, 1.04, 1.05, 1.22, 1.38];
/** Sunday … Saturday: B2B buyers order on working days. */
const WEEKDAY = [0.08, 1.0, 1.04, 1.04, 1.0, 0.9, 0.18];
/** Yearly growth of the business. */
const GROWTH = 1.22;

export interface DayWeightInputs {
  readonly calendar: DemoCalendar;
  /** Holiday factor per day for each region group, and the share of demand each group has. */
  readonly groups: readonly { readonly factor: Float64Array; readonly share: number }[];
  readonly random: Random;
}

/**
 * Relative order volume of each day: growth trend × month seasonality × quarter-end push ×
 * weekday × holidays (weighted by the demand share of each region group) × a little
 * day-to-day noise.
 */
export function dayWeights({ calendar, groups, random }: DayWeightInputs): Float64Array {
  const weights = new Float64Array(calendar.days);
  for (let d = 0; d < calendar.days; d++) {
    const m = calendar.month[d];
    const trend = Math.pow(GROWTH, d / 365);
    const quarterEnd = m % 3 === 2 && calendar.dayOfMonth[d] >= 20 ? 1.2 : 1;
    let holidays = 0;
    for (const { factor, share } of groups) holidays += share * factor[d];
    const noise = random.logNormal(0, 0.12);
    weights[d] = trend * MONTH[m] * quarterEnd * WEEKDAY[calendar.weekday[d]] * holidays * noise;
  }
  return weights;
}
