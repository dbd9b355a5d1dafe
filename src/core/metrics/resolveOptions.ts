import { DEFAULT_OPTIONS } from '../model/index.ts';
import type { AnalysisOptions } from '../model/index.ts';

/** The options with a default (DEFAULT_OPTIONS) for every key missing or undefined. */
export function resolveOptions(options: Partial<AnalysisOptions> = {}): AnalysisOptions {
  const resolved: Record<string, unknown> = { ...DEFAULT_OPTIONS };
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined && Object.hasOwn(DEFAULT_OPTIONS, key)) resolved[key] = value;
  }
  return resolved as unknown as AnalysisOptions;
}
