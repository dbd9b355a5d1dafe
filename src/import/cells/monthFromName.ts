const NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** English month names and their abbreviations (as Excel and US/UK exports write them) → 1–12. */
const MONTHS: ReadonlyMap<string, number> = new Map<string, number>([
  ...NAMES.map((name, i): [string, number] => [name, i + 1]),
  ...NAMES.map((name, i): [string, number] => [name.slice(0, 3), i + 1]),
  ['sept', 9],
]);

/** Month number of an English month name or abbreviation, any case; null for anything else. */
export function monthFromName(name: string): number | null {
  return MONTHS.get(name.toLowerCase()) ?? null;
}
