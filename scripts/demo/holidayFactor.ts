import { dayFromYmd } from '../../src/core/index.ts';
import type { RegionGroup } from './catalog.ts';
import type { DemoCalendar } from './demoCalendar.ts';

/** Chinese New Year's Day (first day of the lunar year), 2022–2027, as year, month, day. */
const LUNAR_NEW_YEAR: readonly (readonly [number, number, number])[] = [
  [2022, 2, 1], [2023, 1, 22], [2024, 2, 10], [2025, 1, 29], [2026, 2, 17], [2027, 2, 6],
];

/**
 * Buying activity of a region group on each day relative to a normal working day:
 * China slows down around Chinese New Year (almost stops in the holiday week, slows the
 * week before and after) and in the October Golden Week; the West over Christmas.
 */
export function holidayFactor(calendar: DemoCalendar, group: RegionGroup): Float64Array {
  const factor = new Float64Array(calendar.days).fill(1);
  const mark = (from: number, to: number, value: number): void => {
    for (let d = Math.max(0, from); d <= Math.min(calendar.days - 1, to); d++) factor[d] = Math.min(factor[d], value);
  };
  if (group === 'china') {
    for (const [year, month, day] of LUNAR_NEW_YEAR) {
      const newYear = dayFromYmd(year, month, day) - calendar.start;
      mark(newYear - 1, newYear + 6, 0.2);
      mark(newYear - 8, newYear + 14, 0.65);
    }
    for (let d = 0; d < calendar.days; d++) if (calendar.month[d] === 9 && calendar.dayOfMonth[d] <= 7) factor[d] = 0.3;
  } else {
    for (let d = 0; d < calendar.days; d++) {
      const m = calendar.month[d];
      const dom = calendar.dayOfMonth[d];
      if ((m === 11 && dom >= 24) || (m === 0 && dom === 1)) factor[d] = 0.3;
    }
  }
  return factor;
}
