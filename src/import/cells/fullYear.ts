/**
 * Four-digit year of a written year. Two-digit years pivot as Excel does: 00–49 → 2000–2049,
 * 50–99 → 1950–1999.
 */
export function fullYear(digits: string): number {
  const value = Number(digits);
  if (digits.length !== 2) return value;
  return value < 50 ? 2000 + value : 1900 + value;
}
