import type { SliceableSource } from '../types.ts';

const LF = 0x0a;
/** How far past the middle a line end is looked for: a longer line is no file worth splitting. */
const LOOK_AHEAD = 1 << 20;

/**
 * Where to cut `source` in two: just after the first line end at or after `at` (default the
 * middle), or null when there is none before the end (or within LOOK_AHEAD bytes).
 */
export async function splitPoint(source: SliceableSource, at = Math.floor(source.size / 2)): Promise<number | null> {
  let offset = at;
  for await (const chunk of source.slice(at, Math.min(source.size, at + LOOK_AHEAD)).open()) {
    const lf = chunk.indexOf(LF);
    if (lf !== -1) return offset + lf + 1 < source.size ? offset + lf + 1 : null;
    offset += chunk.length;
  }
  return null;
}
