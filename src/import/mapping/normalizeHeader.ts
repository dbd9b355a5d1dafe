/** Quote characters an export or a spreadsheet may leave around a header. */
const QUOTES = /^["'“”‘’「」『』]+|["'“”‘’「」『』]+$/g;
/** Characters SPEC §1 says header matching ignores: spaces, `_`, `-`, `.`. */
const IGNORED = /[\s_\-.]+/g;

/**
 * The form headers are compared in: Unicode NFKC (full-width ASCII and brackets become ASCII,
 * `（本位币）` → `(本位币)`), no BOM, no surrounding quotes, no leading `*` (Xero marks required
 * columns so), lower case, and no spaces, `_`, `-` or `.` anywhere.
 * `"*Invoice_Date"` → `invoicedate`; `Customer ID` = `customer-id` = `CUSTOMERID`.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/\ufeff/g, '')
    .trim()
    .replace(QUOTES, '')
    .trim()
    .replace(/^\*+/, '')
    .toLowerCase()
    .replace(IGNORED, '');
}
