import { downloadBlob } from './downloadBlob.ts';

/** Saves CSV text (from `toCsv`) as a file; a BOM makes Excel read it as UTF-8, so Chinese values stay readable. */
export function downloadCsv(csv: string, filename: string): void {
  const text = csv.startsWith('\uFEFF') ? csv : `\uFEFF${csv}`;
  downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), filename);
}
