import { normalizeHeader } from './normalizeHeader.ts';

/**
 * Stable key of a header set, to remember the user's mapping for the next file of the same
 * export: the normalized headers, sorted (code-unit order) and joined with `|`, so column order,
 * case and spacing do not matter.
 */
export function headerSignature(headers: readonly string[]): string {
  return headers.map(normalizeHeader).sort().join('|');
}
