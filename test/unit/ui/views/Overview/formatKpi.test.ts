import { describe, expect, test } from 'vitest';
import { createI18n } from '../../../../../src/i18n/index.ts';
import { formatKpi } from '../../../../../src/ui/views/Overview/formatKpi.ts';

describe('formatKpi(value, format, i18n)', () => {
  const en = createI18n('en');
  const zh = createI18n('zh-CN');

  test.each([
    { value: 980, format: 'amount', text: '980.00', note: null },
    { value: 1234567.891, format: 'amount', text: '1,234,567.89', note: null },
    { value: 7, format: 'count', text: '7', note: null },
    { value: 0.6, format: 'share', text: '60%', note: null },
    { value: 0.28925, format: 'index', text: '0.289', note: null },
    { value: 2.318, format: 'decimal1', text: '2.3', note: null },
    // 2023 bands: < 1000 unconcentrated, 1000–1800 moderate, > 1800 high.
    { value: 4314, format: 'hhi', text: '4,314', note: 'highly concentrated' },
    { value: 999.6, format: 'hhi', text: '1,000', note: 'unconcentrated' },
    { value: 1500, format: 'hhi', text: '1,500', note: 'moderately concentrated' },
    { value: null, format: 'share', text: 'n/a', note: null },
  ] as const)('$value as $format → $text', ({ value, format, text, note }) => {
    expect(formatKpi(value, format, en)).toEqual({ text, note });
  });

  test('speaks the locale of the i18n it is given', () => {
    expect(formatKpi(4314, 'hhi', zh)).toEqual({ text: '4,314', note: '高度集中' });
    expect(formatKpi(null, 'count', zh)).toEqual({ text: '无', note: null });
  });

  test('2010 bands on request: 1500–2500 moderate', () => {
    expect(formatKpi(1600, 'hhi', en, '2010').note).toBe('moderately concentrated');
    expect(formatKpi(1600, 'hhi', en, '2023').note).toBe('moderately concentrated');
    expect(formatKpi(2000, 'hhi', en, '2010').note).toBe('moderately concentrated');
    expect(formatKpi(2000, 'hhi', en, '2023').note).toBe('highly concentrated');
  });

  test('amounts in the data set’s currency when it has one', () => {
    expect(formatKpi(980, 'amount', en, '2023', 'USD')).toEqual({ text: '$980.00', note: null });
    expect(formatKpi(1500, 'amount', zh, '2023', 'CNY')).toEqual({ text: '¥1,500.00', note: null });
    // Only amounts: a count stays a count.
    expect(formatKpi(7, 'count', en, '2023', 'USD')).toEqual({ text: '7', note: null });
  });
});
