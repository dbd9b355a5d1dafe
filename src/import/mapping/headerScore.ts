import { normalizeHeader } from './normalizeHeader.ts';
import { PRESETS } from './presets.ts';
import { SYNONYM_INDEX } from './synonymIndex.ts';

/** Every normalized header a synonym or a preset knows. */
const KNOWN: ReadonlySet<string> = new Set([
  ...SYNONYM_INDEX.keys(),
  ...PRESETS.flatMap((preset) => [
    ...preset.signature,
    ...Object.values(preset.mapping).flatMap((headers) => (headers ?? []).map(normalizeHeader)),
  ]),
]);

/**
 * How many cells of a record are known headers (a synonym or a preset's header): the header row
 * is the record under any title lines that scores highest.
 */
export function headerScore(cells: readonly string[]): number {
  let score = 0;
  for (const cell of cells) if (KNOWN.has(normalizeHeader(cell))) score++;
  return score;
}
