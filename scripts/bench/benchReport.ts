import type { ViewResult } from './appCases.ts';
import type { DataSetResult, InteractDataSetResult } from './benchResults.ts';
import { formatMegabytes, formatMs, formatMsPerMb, formatRate, formatRatio } from './formatTable.ts';
import type { InteractResult } from './interactCases.ts';
import type { Outcome } from './referenceCases.ts';
import { maxOf, median, megabytesPerSecond, ratio } from './stats.ts';

export const TABLE_HEADER = ['data', 'case', 'Tierscope', 'read+decode', 'PapaParse', 'DuckDB-WASM', '×floor', '×DuckDB', 'peak heap', 'longest task', 'notes'] as const;
/** Columns of numbers, right-aligned. */
export const NUMERIC_COLUMNS: ReadonlySet<number> = new Set([2, 3, 4, 5, 6, 7, 8, 9]);

export const TABLE_NOTES = [
  'Times are medians over the runs; ratios are medians of the per-run ratios against the same run\'s reference.',
  'drop-to-ready = (file chosen → mapping step shown) + (confirm click → Overview KPIs painted), storing in IndexedDB included.',
  '×DuckDB compares with the warm DuckDB-WASM load + aggregate (CREATE TABLE … read_csv_auto, GROUP BY customer).',
  'peak heap = JS heap used + ArrayBuffer backing stores, summed over the page and all its workers (CDP Runtime.getHeapUsage every 100 ms); × = times the file size.',
  'longest task = longest main-thread long task (PerformanceObserver "longtask", ≥ 50 ms; 0 = none) in the case\'s time window.',
];

type Row = string[];

/** 1000000 → "1M", 100000 → "100k", 1100000 → "1.1M". */
export function formatCount(rows: number): string {
  if (rows >= 1e6) return `${Number((rows / 1e6).toFixed(1))}M`;
  if (rows >= 1e3) return `${Number((rows / 1e3).toFixed(1))}k`;
  return String(rows);
}

/** The values `pick` finds in the successful outcomes. */
function values<T>(outcomes: readonly Outcome<T>[], pick: (value: T) => number | null | undefined): number[] {
  return outcomes.flatMap((o) => {
    if (!o.ok) return [];
    const value = pick(o.value);
    return value === null || value === undefined ? [] : [value];
  });
}

/** "2/3 runs failed: first error" for the notes, '' when every run succeeded. */
function failures(outcomes: readonly Outcome<unknown>[]): string {
  const failed = outcomes.filter((o): o is { ok: false; error: string } => !o.ok);
  return failed.length === 0 ? '' : `${failed.length}/${outcomes.length} failed: ${failed[0].error}`;
}

function heapCell(bytes: number | null, fileBytes: number): string {
  return bytes === null ? '–' : `${formatMegabytes(bytes)} (${formatRatio(ratio(bytes, fileBytes))})`;
}

/** Note parts joined, leaving out the empty and the unmeasured ('–'). */
const notes = (...parts: string[]) => parts.filter((part) => part !== '' && part !== '–').join('; ');

/** The table rows of one data set, medians over its samples. */
export function dataSetRows(result: DataSetResult): Row[] {
  const { bytes, samples } = result;
  const data = formatCount(result.rows);
  const floor = samples.map((s) => s.references.floor);
  const memory = samples.map((s) => s.references.memory);
  const papa = samples.map((s) => s.references.papaparse);
  const duck = samples.map((s) => s.references.duckdb);
  const parse = samples.map((s) => s.references.tierscope);
  const imports = samples.map((s) => s.import);
  const filters = samples.map((s) => s.filters);
  const reopens = samples.map((s) => s.reopen);
  const filterRuns = samples.map((s) => s.filterRun);

  const floorMs = median(values(floor, (r) => r.totalMs));
  const papaMs = median(values(papa, (r) => r.parseMs));
  const duckWarmMs = median(values(duck, (r) => r.warm.loadMs + r.warm.aggregateMs));
  const duckLoadMs = median(values(duck, (r) => r.warm.loadMs));
  const parseMs = median(values(parse, (r) => r.inspectMs + r.importMs + r.buildMs));
  const readyMs = median(values(imports, (r) => r.dropToReadyMs));

  // Per-run ratios: each against the reference measured in the same run.
  const perRun = (mine: (i: number) => number | null, theirs: (i: number) => number | null) =>
    median(samples.flatMap((_, i) => {
      const value = ratio(mine(i), theirs(i));
      return value === null ? [] : [value];
    }));
  const ok = <T>(o: Outcome<T>): T | null => (o.ok ? o.value : null);
  const floorOf = (i: number) => ok(floor[i])?.totalMs ?? null;
  const duckOf = (i: number) => {
    const r = ok(duck[i]);
    return r === null ? null : r.warm.loadMs + r.warm.aggregateMs;
  };
  const readyOf = (i: number) => ok(imports[i])?.dropToReadyMs ?? null;
  const parseOf = (i: number) => {
    const r = ok(parse[i]);
    return r === null ? null : r.inspectMs + r.importMs + r.buildMs;
  };

  const rows: Row[] = [
    [data, 'read + decode floor', '–', formatMs(floorMs), '–', '–', '–', '–', '–', '–',
      notes(`read ${formatMs(median(values(floor, (r) => r.readMs)))} + decode ${formatMs(median(values(floor, (r) => r.decodeMs)))}`, formatRate(megabytesPerSecond(bytes, floorMs)), failures(floor))],
    [data, 'new memory (worker)', '–', '–', '–', '–', '–', '–', '–', '–',
      notes(
        `${formatMsPerMb(median(values(memory, (r) => r.newMsPerMb)))} per MB of new typed arrays, ${formatMsPerMb(median(values(memory, (r) => r.reusedMsPerMb)))} per MB written again`,
        failures(memory),
      )],
    [data, 'PapaParse parse (worker)', '–', '–', formatMs(papaMs), '–', '–', '–', '–', '–', notes(formatRate(megabytesPerSecond(bytes, papaMs)), failures(papa))],
    [data, 'DuckDB-WASM instantiate', '–', '–', '–', formatMs(median(values(duck, (r) => r.instantiateMs))), '–', '–', '–', '–', notes('fresh worker + wasm', failures(duck))],
    [data, 'DuckDB-WASM load + aggregate', '–', '–', '–', formatMs(duckWarmMs), '–', '–', '–', '–',
      notes(
        `warm: load ${formatMs(duckLoadMs)} (${formatRate(megabytesPerSecond(bytes, duckLoadMs))}) + aggregate ${formatMs(median(values(duck, (r) => r.warm.aggregateMs)))}`,
        `cold (first pass): ${formatMs(median(values(duck, (r) => r.cold.loadMs + r.cold.aggregateMs)))}`,
        `${median(values(duck, (r) => r.warm.groups))?.toLocaleString('en-US') ?? '–'} customers`,
        failures(duck),
      )],
    [data, 'parse stage (worker)', formatMs(parseMs), formatMs(floorMs), formatMs(papaMs), '–', formatRatio(perRun(parseOf, floorOf)), '–', '–', '–',
      notes(
        formatRate(megabytesPerSecond(bytes, parseMs)),
        `inspect ${formatMs(median(values(parse, (r) => r.inspectMs)))} + import ${formatMs(median(values(parse, (r) => r.importMs)))} + build ${formatMs(median(values(parse, (r) => r.buildMs)))}`,
        failures(parse),
      )],
    [data, 'drop-to-ready', formatMs(readyMs), formatMs(floorMs), '–', formatMs(duckWarmMs), formatRatio(perRun(readyOf, floorOf)), formatRatio(perRun(readyOf, duckOf)),
      heapCell(median(values(imports, (r) => r.heap?.bytes)), bytes), formatMs(median(values(imports, (r) => r.longestTaskMs))),
      notes(
        `${median(values(imports, (r) => r.customersTotal))?.toLocaleString('en-US') ?? '–'} customers`,
        `heap of the idle app before: ${formatMegabytes(median(values(imports, (r) => r.baselineHeap?.bytes)))}`,
        failures(imports),
      )],
    [data, '  file → mapping shown', formatMs(median(values(imports, (r) => r.changeToMappingMs))), '–', '–', '–', '–', '–', '–', '–', ''],
    [data, '  confirm → KPIs shown', formatMs(median(values(imports, (r) => r.confirmToKpisMs))), '–', '–', '–', '–', '–', '–', '–', ''],
  ];

  const viewNames = [...new Set(filters.flatMap((o) => (o.ok ? o.value.views.map((v) => v.view) : [])))];
  for (const view of viewNames) {
    const of = (pick: (v: ViewResult) => number) =>
      median(values(filters, ({ views }) => {
        const found = views.find((v) => v.view === view);
        return found === undefined ? null : pick(found);
      }));
    rows.push([data, `filter change: ${view}`, formatMs(of((v) => v.filterMs)), '–', '–', '–', '–', '–', '–', formatMs(of((v) => v.filterLongestTaskMs)),
      `view opened in ${formatMs(of((v) => v.openMs))} (longest task ${formatMs(of((v) => v.openLongestTaskMs))})`]);
  }
  rows.push([data, 'filter change: max of views', formatMs(median(values(filters, ({ views }) => maxOf(views.map((v) => v.filterMs))))), '–', '–', '–', '–', '–',
    heapCell(median(values(filters, (r) => r.heap?.bytes)), bytes),
    formatMs(median(values(filters, ({ views }) => maxOf(views.flatMap((v) => [v.filterLongestTaskMs, v.openLongestTaskMs]))))),
    notes('heap and longest task over opening and filtering every view', failures(filters))]);
  rows.push([data, 'reopen → KPIs', formatMs(median(values(reopens, (r) => r.ms))), '–', '–', '–', '–', '–',
    heapCell(median(values(reopens, (r) => r.heap?.bytes)), bytes), formatMs(median(values(reopens, (r) => r.longestTaskMs))),
    notes('navigation start of a reload → KPIs painted', failures(reopens))]);
  const filterCount = median(values(filterRuns, (r) => r.ms.length));
  rows.push([data, 'filters in a row: overview', formatMs(median(values(filterRuns, (r) => median(r.ms)))), '–', '–', '–', '–', '–', '–',
    formatMs(median(values(filterRuns, (r) => r.longestTaskMs))),
    notes(
      `${filterCount ?? '–'} new filters (region × segment) one after another: the first ${formatMs(median(values(filterRuns, (r) => r.ms[0])))}, the second half ${formatMs(median(values(filterRuns, (r) => median(r.ms.slice(r.ms.length >> 1)))))}`,
      failures(filterRuns),
    )]);
  return rows;
}

/** The table rows of the interactivity case. */
export function interactRows(result: InteractDataSetResult): Row[] {
  const outcomes = result.samples.map((s) => s.interact);
  const customers = median(values(outcomes, (r) => r.customers));
  const data = `${formatCount(result.rows)} (${customers === null ? '?' : formatCount(customers)} cust.)`;
  const row = (label: string, pick: (r: InteractResult) => number | null, note = ''): Row => [
    data, label, formatMs(median(values(outcomes, pick))), '–', '–', '–', '–', '–', '–', '–', note,
  ];
  const imports = result.samples.map((s) => s.import);
  return [
    [data, 'drop-to-ready', formatMs(median(values(imports, (r) => r.dropToReadyMs))), '–', '–', '–', '–', '–',
      heapCell(median(values(imports, (r) => r.heap?.bytes)), result.bytes), formatMs(median(values(imports, (r) => r.longestTaskMs))), failures(imports)],
    row('customers view opened', (r) => r.customersOpenMs, customers !== null && customers < 200_000 ? `only ${customers} customers: use a larger --interact-rows` : ''),
    row('  table scrolled to middle', (r) => r.scrollMiddleMs, 'scroll → that row shown with data'),
    row('  End key in table', (r) => r.keyEndMs, 'keydown → last row shown with data'),
    row('concentration view opened', (r) => r.concentrationOpenMs),
    row('  chart tooltip', (r) => r.concentrationTooltipMs, 'focus on the first chart mark → tooltip painted'),
    row('risk view opened', (r) => r.riskOpenMs),
    row('  chart tooltip', (r) => r.riskTooltipMs, result.samples.some((s) => s.interact.ok && s.interact.value.riskTooltipMs === null) ? 'risk matrix on canvas: dots have no tooltip' : 'focus on the first dot → tooltip painted'),
    [data, 'longest task, all of the above', '–', '–', '–', '–', '–', '–', '–', formatMs(median(values(outcomes, (r) => r.longestTaskMs))),
      notes('mouse sweeps over the charts included', failures(outcomes))],
  ];
}
