/** True when every cell is empty (cells come trimmed); an empty line reads as one empty cell. */
export function isBlankRecord(record: readonly string[]): boolean {
  for (const cell of record) if (cell !== '') return false;
  return true;
}
