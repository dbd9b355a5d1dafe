import { DEFAULT_NUMBER_FORMAT } from '../../i18n/index.ts';
import type { NumberFormat } from '../../i18n/index.ts';
import type { Thresholds } from './prefs.svelte.ts';
import { thresholdIssues } from './thresholdIssues.ts';

export interface AnalysisSettings {
  /** Null = the defaults. */
  readonly thresholds: Thresholds | null;
  readonly numbers: NumberFormat;
}

const DISPLAYS: readonly string[] = ['symbol', 'code', 'none'];

/**
 * The Analysis settings saved as `{version: 1, thresholds, numbers}` JSON. Anything unreadable or
 * invalid (edited by hand, written by a newer version) falls back to the defaults, part by part, so
 * a bad value can never reach the analysis.
 */
export function readSettings(saved: string | null): AnalysisSettings {
  const fallback: AnalysisSettings = { thresholds: null, numbers: DEFAULT_NUMBER_FORMAT };
  if (saved === null) return fallback;
  let data: unknown;
  try {
    data = JSON.parse(saved);
  } catch {
    return fallback;
  }
  if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== 1) return fallback;
  const { thresholds, numbers } = data as { thresholds?: unknown; numbers?: unknown };
  return { thresholds: readThresholds(thresholds), numbers: readNumbers(numbers) };
}

function readThresholds(value: unknown): Thresholds | null {
  if (typeof value !== 'object' || value === null) return null;
  const t = value as Record<string, unknown>;
  const tiers = t.tiers as Record<string, unknown> | null | undefined;
  const lifecycle = t.lifecycle as Record<string, unknown> | null | undefined;
  if (typeof tiers !== 'object' || tiers === null || typeof lifecycle !== 'object' || lifecycle === null) return null;
  const numbers = [tiers.a, tiers.b, lifecycle.recent, lifecycle.atRisk, lifecycle.lost, t.majorCustomerShare, t.top5DependencyShare];
  if (!numbers.every((n) => typeof n === 'number') || (t.hhiBands !== '2023' && t.hhiBands !== '2010')) return null;
  // Rebuilt field by field: nothing else from the saved object is kept.
  const thresholds: Thresholds = {
    tiers: { a: tiers.a as number, b: tiers.b as number },
    lifecycle: { recent: lifecycle.recent as number, atRisk: lifecycle.atRisk as number, lost: lifecycle.lost as number },
    hhiBands: t.hhiBands,
    majorCustomerShare: t.majorCustomerShare as number,
    top5DependencyShare: t.top5DependencyShare as number,
  };
  return thresholdIssues(thresholds).length === 0 ? thresholds : null;
}

function readNumbers(value: unknown): NumberFormat {
  if (typeof value !== 'object' || value === null) return DEFAULT_NUMBER_FORMAT;
  const { amountDecimals, compact, currencyDisplay } = value as Record<string, unknown>;
  if (typeof amountDecimals !== 'number' || !Number.isInteger(amountDecimals) || amountDecimals < 0 || amountDecimals > 4) return DEFAULT_NUMBER_FORMAT;
  if (typeof compact !== 'boolean' || typeof currencyDisplay !== 'string' || !DISPLAYS.includes(currencyDisplay)) return DEFAULT_NUMBER_FORMAT;
  return { amountDecimals, compact, currencyDisplay: currencyDisplay as NumberFormat['currencyDisplay'] };
}
