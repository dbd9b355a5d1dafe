/** Text formatting of the benchmark table; pure, unit-tested. */

/** "850 ms" below 10 s, "12.3 s" above; "–" for nothing measured. */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '–';
  if (ms < 10_000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Bytes in MB (10^6), whole numbers; "–" for nothing measured. */
export function formatMegabytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return '–';
  return `${Math.round(bytes / 1e6)} MB`;
}

/** "2.15×" (two decimals below 10, one above); "–" for nothing to compare. */
export function formatRatio(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return `${value.toFixed(value < 10 ? 2 : 1)}×`;
}

/** "12.3 MB/s"; "–" for nothing measured. */
export function formatRate(megabytesPerSecond: number | null | undefined): string {
  if (megabytesPerSecond === null || megabytesPerSecond === undefined || !Number.isFinite(megabytesPerSecond)) return '–';
  return `${megabytesPerSecond.toFixed(1)} MB/s`;
}

/** "2.7 ms" (one decimal: a per-megabyte cost is a few milliseconds or less); "–" for nothing measured. */
export function formatMsPerMb(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '–';
  return `${ms.toFixed(1)} ms`;
}

/** Width of a string in terminal columns: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return width;
}

/**
 * A plain-text table: the header, a rule, then the rows, columns separated by two spaces and
 * padded to their widest cell; columns listed in `right` are right-aligned (numbers).
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], right: ReadonlySet<number> = new Set()): string {
  const widths = header.map((title, column) => Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column] ?? ''))));
  const line = (cells: readonly string[]) =>
    widths
      .map((width, column) => {
        const cell = cells[column] ?? '';
        const pad = ' '.repeat(width - displayWidth(cell));
        return right.has(column) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
