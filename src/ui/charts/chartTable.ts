import { toCsv } from '../../core/format/index.ts';

/** A column of a chart's table alternative; `numeric` right-aligns it. */
export interface ChartColumn {
  readonly key: string;
  readonly label: string;
  readonly numeric?: boolean;
}

/** The data behind a chart as a table: shown on request and downloaded as CSV. */
export interface ChartTable {
  readonly columns: readonly ChartColumn[];
  readonly rows: readonly Readonly<Record<string, string | number | null>>[];
}

/** The table as formula-safe CSV: a header row of labels, then raw values (numbers unformatted, null as empty). */
export function chartTableCsv(table: ChartTable): string {
  const header = table.columns.map((column) => column.label);
  const body = table.rows.map((row) => table.columns.map((column) => row[column.key] ?? ''));
  return toCsv([header, ...body]);
}
