/** A cell of a CSV table: text, or a number written as JavaScript prints it. */
export type CsvCell = string | number;

/** First characters that make a spreadsheet read a cell as a formula (or run DDE): `=`, `+`, `-`, `@`, tab, CR. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A negative number such as `-12.5` starts with `-` but is data, and stays as written. */
const NEGATIVE_NUMBER = /^-\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** Cells holding these are quoted (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A table as CSV text per RFC 4180: CRLF line ends, a cell quoted when it holds a comma, a
 * quote or a line break, quotes doubled. Every cell is guarded against formula injection
 * (OWASP "CSV Injection"): one starting with `=`, `+`, `-`, `@`, tab or CR gets a leading
 * `'` so spreadsheets show it as text, except a negative number like `-12.5`. The last
 * line ends with CRLF too; an empty table is ''.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  let text = '';
  for (const row of rows) text += `${row.map(csvCell).join(',')}\r\n`;
  return text;
}

function csvCell(value: CsvCell): string {
  let text = typeof value === 'number' ? String(value) : value;
  if (FORMULA_START.test(text) && !NEGATIVE_NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
