import { toCsv } from '../../core/format/index.ts';

/** A column of a chart's table alternative; `numeric` right-aligns it. */
export interface ChartColumn {
  readonly key: string;
  readonly label: string;
  readonly numeric?: boolean;
}

export type ChartCell = string | number | null;
export type ChartRow = Readonly<Record<string, ChartCell>>;

/** The data behind a chart as a table: shown on request and downloaded as CSV. */
export interface ChartTable {
  readonly columns: readonly ChartColumn[];
  readonly rows: readonly ChartRow[];
}

/** How a table cell is shown (the CSV keeps raw values). */
export type FormatCell = (value: ChartCell, column: ChartColumn, row: ChartRow) => string;

/** The table as formula-safe CSV: a header row of labels, then raw values (numbers unformatted, null as empty). */
export function chartTableCsv(table: ChartTable): string {
  const header = table.columns.map((column) => column.label);
  const body = table.rows.map((row) => table.columns.map((column) => row[column.key] ?? ''));
  return toCsv([header, ...body]);
}
