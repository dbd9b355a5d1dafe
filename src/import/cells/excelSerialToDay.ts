import { ymdToDay } from './ymdToDay.ts';

/** Excel serial of 1970-01-01 in the 1900 date system, counting Excel's fake 1900-02-29. */
const EPOCH_SERIAL = 25569;
/** The serial Excel gives to 1900-02-29, a day that never was (kept for Lotus 1-2-3 compatibility). */
const FAKE_LEAP_DAY = 60;
/** 9999-12-31, Excel's last serial. */
const MAX_SERIAL = 2958465;

const FIRST_DAY = ymdToDay(1900, 1, 1)!;
const LAST_DAY = ymdToDay(2100, 12, 31)!;

/**
 * Day number of an Excel serial date (1900 system); the time of day (fraction) is dropped.
 * Serial 60 is the fake 1900-02-29 and is rejected; serials below it come one day earlier than
 * the formula for later serials gives, because the fake day is not there to skip. Outside
 * 1..2958465 or outside the years 1900–2100: null.
 */
export function excelSerialToDay(serial: number): number | null {
  const whole = Math.floor(serial);
  if (!(whole >= 1 && whole <= MAX_SERIAL) || whole === FAKE_LEAP_DAY) return null;
  const day = whole < FAKE_LEAP_DAY ? whole - EPOCH_SERIAL + 1 : whole - EPOCH_SERIAL;
  return day >= FIRST_DAY && day <= LAST_DAY ? day : null;
}
