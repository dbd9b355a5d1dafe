import type { I18n } from '../../../i18n/index.ts';

/** Amounts in the data set's currency (ISO 4217 code) when it has one, else plain numbers with 2 decimals. */
export function moneyFormat(i18n: I18n, currency: string | null): (value: number) => string {
  return currency === null ? (value) => i18n.format.decimal(value, 2) : (value) => i18n.format.currency(value, currency);
}
