import type { Delimiter } from '../types.ts';
import { detectNewline } from './detectNewline.ts';
import { parseText } from './parseText.ts';

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t', '|'];
/** Records of the sample compared; enough to see past a few title lines. */
const SAMPLE_RECORDS = 200;

/**
 * The delimiter that cuts the sample's non-blank records into the same number of fields
 * most often (quotes respected, so a quoted `1,5` or `a;b` does not count). Score: how
 * many records have the modal field count, which must be ≥ 2; ties go to the wider
 * split, then to the order `,` `;` tab `|`. A file with one column reads as `,`.
 */
export function sniffDelimiter(sampleText: string): Delimiter {
  const newline = detectNewline(sampleText) ?? '\n';
  let best: Delimiter = ',';
  let bestScore = 0;
  let bestWidth = 0;
  for (const delimiter of CANDIDATES) {
    const { records } = parseText(sampleText, delimiter, newline, true, SAMPLE_RECORDS);
    const { width, count } = modalWidth(records);
    if (width < 2) continue;
    if (count > bestScore || (count === bestScore && width > bestWidth)) {
      best = delimiter;
      bestScore = count;
      bestWidth = width;
    }
  }
  return best;
}

/** Most frequent field count among non-blank records (ties: the wider), and how many records have it. */
function modalWidth(records: readonly (readonly string[])[]): { width: number; count: number } {
  const counts = new Map<number, number>();
  for (const record of records) {
    if (record.every((cell) => cell.trim() === '')) continue;
    counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
  }
  let width = 0;
  let count = 0;
  for (const [w, c] of counts) {
    if (c > count || (c === count && w > width)) {
      width = w;
      count = c;
    }
  }
  return { width, count };
}
