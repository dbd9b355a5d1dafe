/** Command line of `npm run bench`; pure, unit-tested. */

export interface BenchArgs {
  /** Data rows of each generated data set, in the order measured. */
  readonly rows: readonly number[];
  readonly seed: number;
  /** Repeats of every case; medians are reported. */
  readonly runs: number;
  /** Rows of the data set for the 200,000-customer interactivity case; null to skip it. */
  readonly interactRows: number | null;
}

export const DEFAULT_ROWS = [100_000, 1_000_000] as const;
export const LARGE_ROWS = 10_000_000;
export const DEFAULT_RUNS = 3;
export const DEFAULT_SEED = 7;
/** The generator makes about 0.19 customers per row: 1.1M rows give just over 200,000 customers. */
export const DEFAULT_INTERACT_ROWS = 1_100_000;

export const USAGE = `Usage: npm run bench -- [--rows 100k,1m] [--large] [--runs N] [--seed S]
                       [--interact-rows N | --no-interact]
  --rows LIST        data sets to measure, rows each, comma-separated; k and m suffixes allowed
                     (default ${DEFAULT_ROWS.join(',')})
  --large            also the ${LARGE_ROWS.toLocaleString('en-US')}-row data set (~1.4 GB)
  --runs N           repeats of every case, medians reported (default ${DEFAULT_RUNS})
  --seed S           seed of the generated data sets (default ${DEFAULT_SEED})
  --interact-rows N  rows of the data set for the 200,000-customer interactivity case
                     (default ${DEFAULT_INTERACT_ROWS.toLocaleString('en-US')})
  --no-interact      skip the interactivity case
  --help             this text
Generated files are kept in bench/data/ (one per rows and seed); results go to
bench/results/latest.json.
`;

/** "100000", "100k", "1m", "1.5m" → a whole number of rows; null when not one. */
export function parseCount(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (match === null) return null;
  const scale = { '': 1, k: 1e3, m: 1e6 }[match[2].toLowerCase() as '' | 'k' | 'm'];
  const value = Math.round(Number(match[1]) * scale);
  return Number.isSafeInteger(value) && value > 0 ? value : null;
}

/** The arguments, 'help', or an error sentence naming the bad option. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs | 'help' | string {
  let rows: number[] = [...DEFAULT_ROWS];
  let large = false;
  let runs = DEFAULT_RUNS;
  let seed = DEFAULT_SEED;
  let interactRows: number | null = DEFAULT_INTERACT_ROWS;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--help' || flag === '-h') return 'help';
    if (flag === '--large') {
      large = true;
      continue;
    }
    if (flag === '--no-interact') {
      interactRows = null;
      continue;
    }
    if (!['--rows', '--runs', '--seed', '--interact-rows'].includes(flag)) return `Unknown option ${flag}.`;
    const value = argv[++i];
    if (value === undefined) return `${flag} needs a value.`;
    if (flag === '--rows') {
      const counts = value.split(',').map(parseCount);
      if (counts.some((count) => count === null)) return `--rows takes row counts like 100000,1m; got "${value}".`;
      rows = counts as number[];
    } else if (flag === '--interact-rows') {
      const count = parseCount(value);
      if (count === null) return `--interact-rows takes a row count like 1.1m; got "${value}".`;
      interactRows = count;
    } else if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
      return `${flag} must be a whole number, got "${value}".`;
    } else if (flag === '--runs') {
      runs = Number(value);
      if (runs < 1) return '--runs must be at least 1.';
    } else {
      seed = Number(value);
    }
  }
  if (large && !rows.includes(LARGE_ROWS)) rows.push(LARGE_ROWS);
  return { rows: [...new Set(rows)], seed, runs, interactRows };
}

/** How long any one wait of a case on `rows` rows may take before the bench gives up on it. */
export function waitTimeoutMs(rows: number): number {
  return 60_000 + rows * 0.1;
}
