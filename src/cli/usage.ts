import { FIELDS } from '../import/index.ts';

const INDENT = ' '.repeat(27);

/** The field names, wrapped under the `--map` option. */
function fieldLines(): string {
  const lines: string[] = [];
  let line = 'fields:';
  for (const field of FIELDS) {
    if (line.length + field.length + 2 > 68) {
      lines.push(`${line},`);
      line = field;
    } else {
      line += line === 'fields:' ? ` ${field}` : `, ${field}`;
    }
  }
  lines.push(line);
  return lines.map((l) => INDENT + l).join('\n');
}

/** What `--help` prints. */
export const USAGE = `Usage: npm run -s analyze -- FILE [FILE...] [options]

Reads CSV exports (orders, invoices, deals, payments; optionally a customer master file)
and prints revenue concentration, ABC tiers and lifecycle stages. Nothing leaves this machine.

Options:
  --json                   print the results as one JSON object (for scripts) instead of a table
  --as-of YYYY-MM-DD       as-of date T (default: the latest transaction date)
  --period ttm|all         ttm = the 365 days up to T (default), all = every date up to T
  --map field=Header       use the column "Header" for a field; repeat for more fields
${fieldLines()}
  --encoding NAME          read every file as utf-8, gb18030, utf-16le or utf-16be
                           (default: detected per file)
  -h, --help               show this help

Exit codes: 0 done, 1 bad input (missing, unreadable or unusable file), 2 bad usage.

Example:
  npm run -s analyze -- public/demo/tierscope-demo.csv --json --period all
`;
