import { describe, expect, test } from 'vitest';
import { FIELDS } from '../../../../src/import/types.ts';
import { PRESETS, matchPreset, normalizeHeader } from '../../../../src/import/mapping/index.ts';

describe('PRESETS', () => {
  test('ids are unique', () => {
    const ids = PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('signatures are normalized, non-empty and unique', () => {
    const seen = new Set<string>();
    for (const preset of PRESETS) {
      expect(preset.signature.length, preset.id).toBeGreaterThan(0);
      for (const header of preset.signature) expect(normalizeHeader(header), preset.id).toBe(header);
      const key = [...preset.signature].sort().join('|');
      expect(seen.has(key), preset.id).toBe(false);
      seen.add(key);
    }
  });

  test('a file with exactly a preset’s signature headers is recognised as that preset', () => {
    for (const preset of PRESETS) expect(matchPreset(preset.signature)?.id).toBe(preset.id);
  });

  test('mappings name only canonical fields and at least one header each', () => {
    for (const preset of PRESETS) {
      for (const [field, headers] of Object.entries(preset.mapping)) {
        expect(FIELDS as readonly string[], preset.id).toContain(field);
        expect(headers?.length, `${preset.id}.${field}`).toBeGreaterThan(0);
      }
    }
  });

  test('US exports default to month-first dates, Xero to day-first', () => {
    const order = (id: string) => PRESETS.find((p) => p.id === id)?.dateOrder;
    for (const id of ['zoho-crm-deals', 'salesforce-opportunities', 'hubspot-deals', 'shopify-orders', 'stripe-payments', 'quickbooks-sales-detail']) {
      expect(order(id), id).toBe('mdy');
    }
    expect(order('xero-invoices')).toBe('dmy');
  });

  test('covers every export format of the brief', () => {
    const ids = new Set(PRESETS.map((p) => p.id));
    for (const id of [
      'zoho-crm-deals', 'zoho-crm-invoices', 'zoho-crm-sales-orders', 'zoho-crm-accounts',
      'salesforce-opportunities', 'salesforce-accounts', 'hubspot-deals', 'hubspot-companies', 'shopify-orders',
      'stripe-payments-2014', 'stripe-payments', 'stripe-unified-payments', 'fxiaoke-sales-orders', 'fxiaoke-accounts',
      'kingdee-sales-orders', 'kingdee-sales-outbound', 'superstore', 'quickbooks-sales-detail', 'xero-invoices',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});
