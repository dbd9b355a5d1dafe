import type { Locale } from '../../../i18n/index.ts';

const formats = new Map<Locale, Intl.DateTimeFormat>();

/** 'YYYY-MM' as a short month for people ("Mar 24", "24年3月"), pinned to UTC so no time zone moves it. */
export function monthLabel(locale: Locale, month: string): string {
  let format = formats.get(locale);
  if (format === undefined) formats.set(locale, (format = new Intl.DateTimeFormat(locale, { year: '2-digit', month: 'short', timeZone: 'UTC' })));
  return format.format(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1)));
}
