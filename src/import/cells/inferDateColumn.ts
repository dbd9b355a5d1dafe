import type { DateOrder } from '../types.ts';
import { cleanCellText } from './cleanCellText.ts';
import { dateOrderEvidence } from './dateOrderEvidence.ts';

/** Excel's last serial day, 9999-12-31. */
const MAX_SERIAL = 2958465;
const NUMBER = /^\d+(?:\.\d+)?$/;

/**
 * How to read a date column, from a sample of its values.
 * - order: 'mdy' or 'dmy' when some values prove that order and none prove the other; null when
 *   no value disambiguates, or when values contradict each other (the pipeline decides).
 * - serial: true when there is at least one non-empty value and every one is a plain number in
 *   Excel's serial range 1..2958465. An 8-digit `yyyymmdd` is out of that range, so it never
 *   makes a column serial.
 */
export function inferDateColumn(values: readonly string[]): { order: DateOrder | null; serial: boolean } {
  let monthFirst = false;
  let dayFirst = false;
  let filled = 0;
  let serial = true;
  for (const value of values) {
    const text = cleanCellText(value);
    if (text === '') continue;
    filled++;
    if (serial && !(NUMBER.test(text) && Number(text) >= 1 && Number(text) < MAX_SERIAL + 1)) serial = false;
    const evidence = dateOrderEvidence(text);
    if (evidence === 'mdy') monthFirst = true;
    else if (evidence === 'dmy') dayFirst = true;
  }
  const order = monthFirst === dayFirst ? null : monthFirst ? 'mdy' : 'dmy';
  return { order, serial: filled > 0 && serial };
}
