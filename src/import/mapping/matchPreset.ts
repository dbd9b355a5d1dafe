import { PRESETS, type ExportPreset } from './presets.ts';

/**
 * The preset whose signature headers are all among `normalizedHeaders`; when several match, the
 * one with the most signature headers (the most specific), ties to the earlier in PRESETS.
 * null when none matches.
 */
export function matchPreset(normalizedHeaders: readonly string[]): ExportPreset | null {
  const present = new Set(normalizedHeaders);
  let best: ExportPreset | null = null;
  for (const preset of PRESETS) {
    if (!preset.signature.every((header) => present.has(header))) continue;
    if (best === null || preset.signature.length > best.signature.length) best = preset;
  }
  return best;
}
