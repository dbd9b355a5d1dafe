import { describe, expect, test } from 'vitest';
import { createI18n } from '../../../../../src/i18n/index.ts';
import { presetName } from '../../../../../src/ui/views/Import/presetName.ts';

describe('presetName(preset, i18n)', () => {
  test('the name people know, in the locale; the id for a preset without one', () => {
    expect(presetName('shopify-orders', createI18n('en'))).toBe('Shopify orders');
    expect(presetName('shopify-orders', createI18n('zh-CN'))).toBe('Shopify 订单');
    expect(presetName('acme-export', createI18n('en'))).toBe('acme-export');
  });
});
