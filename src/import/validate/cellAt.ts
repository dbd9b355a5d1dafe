/** The cell of a mapped column; '' when the column is not mapped or the record is short. */
export function cellAt(record: readonly string[], column: number | undefined): string {
  return column === undefined ? '' : (record[column] ?? '');
}
