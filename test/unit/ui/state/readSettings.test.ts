import { describe, expect, test } from 'vitest';
import { DEFAULT_NUMBER_FORMAT } from '../../../../src/i18n/index.ts';
import { readSettings } from '../../../../src/ui/state/readSettings.ts';

const thresholds = {
  tiers: { a: 0.7, b: 0.9 },
  lifecycle: { recent: 60, atRisk: 120, lost: 300 },
  hhiBands: '2010',
  majorCustomerShare: 0.05,
  top5DependencyShare: 0.4,
};
const numbers = { amountDecimals: 0, compact: true, currencyDisplay: 'code' };

describe('readSettings(saved)', () => {
  test('reads what setAnalysis wrote', () => {
    expect(readSettings(JSON.stringify({ version: 1, thresholds, numbers }))).toEqual({ thresholds, numbers });
  });

  test('falls back to the defaults, part by part, for anything it cannot use', () => {
    const defaults = { thresholds: null, numbers: DEFAULT_NUMBER_FORMAT };
    expect(readSettings(null)).toEqual(defaults);
    expect(readSettings('{not json')).toEqual(defaults);
    expect(readSettings(JSON.stringify({ version: 2, thresholds, numbers }))).toEqual(defaults);
    // Tier A above tier B is invalid: thresholds fall back, the number format stays.
    const bad = { ...thresholds, tiers: { a: 0.95, b: 0.8 } };
    expect(readSettings(JSON.stringify({ version: 1, thresholds: bad, numbers }))).toEqual({ thresholds: null, numbers });
    expect(readSettings(JSON.stringify({ version: 1, thresholds, numbers: { ...numbers, amountDecimals: 9 } }))).toEqual({ thresholds, numbers: DEFAULT_NUMBER_FORMAT });
  });

  test('keeps no other key of the saved object', () => {
    const saved = JSON.parse(JSON.stringify({ version: 1, thresholds: { ...thresholds, __proto__: { polluted: true }, extra: 1 }, numbers }));
    expect(readSettings(JSON.stringify(saved)).thresholds).toEqual(thresholds);
  });
});
