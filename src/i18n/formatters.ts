import type { Locale } from './locale.ts';

/** How amounts are shown (a Settings choice). */
export interface NumberFormat {
  /** Decimals of amounts, 0–4. */
  readonly amountDecimals: number;
  /** Short forms such as 1.2M / 120万 instead of every digit. */
  readonly compact: boolean;
  /** With a data set currency: its symbol (CN¥), its code (CNY) or plain numbers. */
  readonly currencyDisplay: 'symbol' | 'code' | 'none';
}

export const DEFAULT_NUMBER_FORMAT: NumberFormat = { amountDecimals: 2, compact: false, currencyDisplay: 'symbol' };

/** Number and date formatting for people, per locale (Intl). */
export interface Formatters {
  /** Whole number with grouping: 12,345. */
  integer(value: number): string;
  /** Fixed decimals with grouping: 12,345.60. */
  decimal(value: number, digits: number): string;
  /** A fraction as a percent with at most `digits` decimals: 0.5432 → 54.3%. */
  percent(value: number, digits?: number): string;
  /**
   * An amount as the number format says: its decimals (compact forms keep at most one), in the data
   * set's currency (ISO 4217 code) unless there is none or the format shows plain numbers.
   */
  amount(value: number, currency: string | null): string;
  /** A calendar day `YYYY-MM-DD`, read as that day wherever the user is. */
  day(isoDay: string): string;
  /** A byte count: 1.2 MB. */
  bytes(value: number): string;
  /** An amount in a currency (ISO 4217 code), with that currency's usual decimals: CN¥1,234.50. */
  currency(value: number, code: string): string;
  /** A span of time, rounded up to whole seconds below a minute and whole minutes above: 45 sec, 3 min. */
  duration(seconds: number): string;
  /** An instant (epoch milliseconds) as date and time in the user's time zone. */
  dateTime(epochMs: number): string;
}

const BYTE_UNITS = [
  [1e9, 'gigabyte'],
  [1e6, 'megabyte'],
  [1e3, 'kilobyte'],
] as const;

export function createFormatters(locale: Locale, numbers: NumberFormat = DEFAULT_NUMBER_FORMAT): Formatters {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimals = new Map<number, Intl.NumberFormat>();
  const percents = new Map<number, Intl.NumberFormat>();
  // The day is pinned to UTC on both sides so no time zone can move it to the day before.
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });

  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const currencies = new Map<string, Intl.NumberFormat>();
  const amounts = new Map<string, Intl.NumberFormat>();
  const amountFormat = (currency: string | null): Intl.NumberFormat => {
    const { amountDecimals, compact, currencyDisplay } = numbers;
    const display = currencyDisplay === 'none' ? null : currencyDisplay;
    const digits = compact ? Math.min(1, amountDecimals) : amountDecimals;
    return new Intl.NumberFormat(locale, {
      ...(display === null || currency === null ? {} : { style: 'currency', currency, currencyDisplay: display }),
      notation: compact ? 'compact' : 'standard',
      minimumFractionDigits: compact ? 0 : digits,
      maximumFractionDigits: digits,
    });
  };

  const cached = (cache: Map<number, Intl.NumberFormat>, digits: number, make: () => Intl.NumberFormat) => {
    let format = cache.get(digits);
    if (format === undefined) cache.set(digits, (format = make()));
    return format;
  };

  return {
    integer: (value) => integer.format(value),
    decimal: (value, digits) =>
      cached(decimals, digits, () =>
        new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
      ).format(value),
    percent: (value, digits = 1) =>
      cached(percents, digits, () =>
        new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }),
      ).format(value),
    amount: (value, currency) => {
      let format = amounts.get(currency ?? '');
      if (format === undefined) amounts.set(currency ?? '', (format = amountFormat(currency)));
      return format.format(value);
    },
    day: (isoDay) => {
      const [year, month, date] = isoDay.split('-').map(Number);
      return day.format(new Date(Date.UTC(year, month - 1, date)));
    },
    bytes: (value) => {
      const [size, unit] = BYTE_UNITS.find(([size]) => value >= size) ?? [1, 'byte'];
      return new Intl.NumberFormat(locale, {
        style: 'unit',
        unit,
        unitDisplay: 'short',
        maximumFractionDigits: size === 1 ? 0 : 1,
      }).format(value / size);
    },
    currency: (value, code) => {
      let format = currencies.get(code);
      if (format === undefined) currencies.set(code, (format = new Intl.NumberFormat(locale, { style: 'currency', currency: code })));
      return format.format(value);
    },
    duration: (seconds) => {
      const [amount, unit] = seconds < 60 ? [Math.max(1, Math.ceil(seconds)), 'second'] : [Math.ceil(seconds / 60), 'minute'];
      return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(amount);
    },
    dateTime: (epochMs) => dateTime.format(new Date(epochMs)),
  };
}
