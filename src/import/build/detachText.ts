/**
 * A copy of `text` that shares no storage with the string it was cut from. Cells are
 * slices of a decoded chunk, and engines (V8) may keep a slice as a pointer into its
 * parent: storing one cell per chunk (a new customer, a rejected value) would keep every
 * chunk — the whole file — in memory. Prepending a character builds a new string; cutting
 * it off again leaves a slice of that small copy only.
 */
export function detachText(text: string): string {
  return ` ${text}`.slice(1);
}
