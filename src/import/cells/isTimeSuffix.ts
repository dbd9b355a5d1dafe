/**
 * A time of day: `10:00`, `0:37`, `10:00:00.123`, `10:00:00 AM`, with an optional zone (`Z`,
 * `+08:00`, `+0800`, `UTC`, `GMT+8`). The zone is accepted and ignored: the calendar date as
 * written is the date (SPEC §1), never shifted by the offset.
 */
const TIME =
  /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(?:([AaPp])\.?[Mm]\.?)?\s*(?:Z|(?:(?:UTC|GMT)\s*)?[+-]\d{1,2}(?::?\d{2})?|UTC|GMT)?$/;

/**
 * Whether `rest`, the text after a date, is empty or a valid time of day. How the time is set
 * off from the date: by spaces (`space`), by spaces or ISO's `T` (`spaceOrT`), or by nothing at
 * all (`optional`, after a Chinese `日`).
 */
export function isTimeSuffix(rest: string, separator: 'space' | 'spaceOrT' | 'optional'): boolean {
  if (rest === '') return true;
  let body = rest.trimStart();
  if (body.length === rest.length) {
    if (separator === 'spaceOrT' && rest[0] === 'T') body = rest.slice(1);
    else if (separator !== 'optional') return false;
  }
  const match = TIME.exec(body);
  if (!match) return false;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = match[3] === undefined ? 0 : Number(match[3]);
  const maxHour = match[4] === undefined ? 23 : 12;
  return hour <= maxHour && minute <= 59 && second <= 59;
}
