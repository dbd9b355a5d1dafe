import { normalizeHeader } from '../import/index.ts';
import type { FileInspection } from '../import/index.ts';

/** Normalized headers of a currency column (Stripe/Shopify `Currency`, Salesforce `Opportunity Currency`, 币种, Kingdee 结算币别). */
const CURRENCY_HEADERS = new Set(['currency', '币种', '币别', '结算币别', '货币']);
const ISO_CODE = /^[A-Za-z]{3}$/;

/** Signs and codes in amount cells, longest first so `US$` is read before `$`. */
const SIGNS: readonly (readonly [string, string])[] = [
  ['US$', 'USD'], ['RMB', 'CNY'], ['CNY', 'CNY'], ['USD', 'USD'], ['EUR', 'EUR'], ['GBP', 'GBP'],
  ['¥', 'CNY'], ['￥', 'CNY'], ['元', 'CNY'], ['€', 'EUR'], ['£', 'GBP'], ['$', 'USD'],
];

/**
 * The ISO 4217 code of a file's amounts, from its head: the first code in a currency column
 * of the preview, else the first currency sign or code written in the amount cells
 * (`¥`/`￥`/`元`/`RMB` → CNY, `$` → USD, `€` → EUR, `£` → GBP), else null. A guess for the
 * mapping step to preselect; the user confirms it.
 */
export function guessCurrency(inspection: FileInspection): string | null {
  const { headers, preview, mapping } = inspection;
  const column = headers.findIndex((header) => isCurrencyHeader(normalizeHeader(header)));
  if (column !== -1) {
    for (const row of preview) {
      const cell = (row[column] ?? '').trim();
      if (ISO_CODE.test(cell)) return cell.toUpperCase();
    }
  }
  if (mapping.amount === undefined) return null;
  for (const row of preview) {
    const cell = (row[mapping.amount] ?? '').toUpperCase();
    for (const [sign, code] of SIGNS) if (cell.includes(sign)) return code;
  }
  return null;
}

/** `currency`, or a Salesforce-style `<Field> Currency` (`Total Amount Currency`). */
function isCurrencyHeader(normalized: string): boolean {
  return CURRENCY_HEADERS.has(normalized) || normalized.endsWith('currency');
}
