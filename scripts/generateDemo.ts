/**
 * Writes the seeded demo CSV. Without arguments it rebuilds the bundled demo file;
 * `--rows N --seed S --out FILE` makes files of any size for benchmarks, streamed so that
 * 10 million rows need no more memory than the customer base.
 *
 *   npm run demo:generate
 *   npm run demo:generate -- --rows 10000000 --seed 7 --out /tmp/big.csv
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { DEMO_DEFAULTS, demoCsv } from './demo/index.ts';

const USAGE = `Usage: npm run demo:generate -- [--rows N] [--seed S] [--out FILE]
  --rows N   data rows to write (default ${DEMO_DEFAULTS.rows})
  --seed S   integer seed; the same seed always gives the same file (default ${DEMO_DEFAULTS.seed})
  --out FILE where to write (default ${DEMO_DEFAULTS.out})
`;
/** Text gathered before each write: large enough to keep the stream busy, small enough to bound memory. */
const WRITE_CHUNK = 1 << 20;

interface GenerateArgs {
  readonly rows: number;
  readonly seed: number;
  readonly out: string;
}

function parseGenerateArgs(argv: readonly string[]): GenerateArgs | 'help' | string {
  let rows: number = DEMO_DEFAULTS.rows;
  let seed: number = DEMO_DEFAULTS.seed;
  let out: string = DEMO_DEFAULTS.out;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--help' || flag === '-h') return 'help';
    const value = argv[i + 1];
    if (flag !== '--rows' && flag !== '--seed' && flag !== '--out') return `Unknown option ${flag}.`;
    if (value === undefined) return `${flag} needs a value.`;
    i++;
    if (flag === '--out') out = value;
    else if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) return `${flag} must be a whole number, got "${value}".`;
    else if (flag === '--rows') rows = Number(value);
    else seed = Number(value);
  }
  return { rows, seed, out };
}

async function main(): Promise<void> {
  const args = parseGenerateArgs(process.argv.slice(2));
  if (args === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (typeof args === 'string') {
    process.stderr.write(`${args} Run with --help for usage.\n`);
    process.exitCode = 2;
    return;
  }
  await mkdir(dirname(args.out), { recursive: true });
  const file = createWriteStream(args.out);
  let pending = '';
  const flush = async (): Promise<void> => {
    if (!file.write(pending)) await once(file, 'drain');
    pending = '';
  };
  for (const chunk of demoCsv({ rows: args.rows, seed: args.seed })) {
    pending += chunk;
    if (pending.length >= WRITE_CHUNK) await flush();
  }
  if (pending.length > 0) await flush();
  file.end();
  await once(file, 'finish');
  process.stdout.write(`Wrote ${args.rows} rows (seed ${args.seed}) to ${args.out}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Could not write the demo file: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
