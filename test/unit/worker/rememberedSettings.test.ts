import { describe, expect, test } from 'vitest';
import type { ImportSettings } from '../../../src/import/index.ts';
import { recallSettings, rememberSettings } from '../../../src/worker/rememberedSettings.ts';

const settings: ImportSettings = {
  encoding: 'gb18030', delimiter: ';', headerRow: 3, mapping: { customer_id: 0, date: 2, amount: 1 },
  kind: 'transactions', dateOrder: 'dmy', dateSerial: false, revenueStatuses: ['paid'],
};
const headers = ['Kunde', 'Betrag', 'Datum'];

describe('rememberSettings / recallSettings', () => {
  test('the layout part round-trips; encoding, delimiter and header row are not remembered', () => {
    const payload = rememberSettings(settings);
    expect(payload.version).toBe(1);
    expect(recallSettings(structuredClone(payload), headers)).toEqual({
      mapping: { customer_id: 0, date: 2, amount: 1 }, kind: 'transactions', dateOrder: 'dmy', dateSerial: false, revenueStatuses: ['paid'],
    });
  });

  test.each([
    { name: 'not an object', value: 'x' },
    { name: 'another version', value: { ...rememberSettings(settings), version: 2 } },
    { name: 'a column past the headers', value: { ...rememberSettings(settings), mapping: { customer_id: 3 } } },
    { name: 'a bad date order', value: { ...rememberSettings(settings), dateOrder: 'ymd' } },
    { name: 'statuses not text', value: { ...rememberSettings(settings), revenueStatuses: [1] } },
  ])('recallSettings is null for $name', ({ value }) => {
    expect(recallSettings(value, headers)).toBeNull();
  });

  test('recallSettings reads only canonical field names', () => {
    const mapping = JSON.parse('{"__proto__": 1, "constructor": 2, "amount": 1}');
    expect(recallSettings({ ...rememberSettings(settings), mapping }, headers)?.mapping).toEqual({ amount: 1 });
  });
});
