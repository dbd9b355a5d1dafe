import { parseAmount, parseDate } from '../cells/index.ts';
import { headerScore } from '../mapping/index.ts';
import { isBlankRecord } from '../rows/index.ts';

/** Non-blank records searched for the header: title lines above it are few. */
const SCAN = 30;
/** Known header cells a record needs to count as the header by name. */
const MIN_SCORE = 2;

/**
 * Index (0-based, in `records`) of the header row, -1 when every record is blank.
 * Among the first 30 non-blank records the header is the first with the most cells that
 * are known header names (at least 2), so title lines above it — "销售订单明细",
 * "Report generated 2024-03-01", QuickBooks' company / report / date-range lines — are
 * passed over. When no record names 2 known columns: the first record with at least as many
 * filled cells as the sample's most common count whose filled cells are mostly text
 * (not numbers or dates); else the first non-blank record.
 */
export function findHeaderRow(records: readonly (readonly string[])[]): number {
  const candidates: number[] = [];
  for (let i = 0; i < records.length && candidates.length < SCAN; i++) {
    if (!isBlankRecord(records[i])) candidates.push(i);
  }
  if (candidates.length === 0) return -1;

  let best = -1;
  let bestScore = MIN_SCORE - 1;
  for (const i of candidates) {
    const score = headerScore(records[i]);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best !== -1) return best;

  const width = modalFilledCells(records);
  return candidates.find((i) => filledCells(records[i]).length >= width && mostlyText(records[i])) ?? candidates[0];
}

function filledCells(record: readonly string[]): string[] {
  return record.filter((cell) => cell !== '');
}

/** Most common count of filled cells among the non-blank records (ties: the larger). */
function modalFilledCells(records: readonly (readonly string[])[]): number {
  const counts = new Map<number, number>();
  for (const record of records) {
    const filled = filledCells(record).length;
    if (filled > 0) counts.set(filled, (counts.get(filled) ?? 0) + 1);
  }
  let width = 0;
  let most = 0;
  for (const [filled, count] of counts) {
    if (count > most || (count === most && filled > width)) {
      width = filled;
      most = count;
    }
  }
  return width;
}

function mostlyText(record: readonly string[]): boolean {
  const filled = filledCells(record);
  const text = filled.filter((cell) => parseAmount(cell) === null && parseDate(cell, { order: 'dmy', serial: false }) === null);
  return text.length * 2 > filled.length;
}
