import { describe, expect, test } from 'vitest';
import { createFormatters } from '../../../src/i18n/index.ts';

// Intl output written out by hand from the CLDR patterns of each locale.
describe('createFormatters(locale)', () => {
  const en = createFormatters('en');
  const zh = createFormatters('zh-CN');

  test('integer(value) groups thousands and rounds', () => {
    expect(en.integer(1234567.6)).toBe('1,234,568');
    expect(zh.integer(4314)).toBe('4,314');
  });

  test('decimal(value, digits) keeps exactly the digits', () => {
    expect(en.decimal(980, 2)).toBe('980.00');
    expect(en.decimal(-1234.5, 2)).toBe('-1,234.50');
    expect(en.decimal(0.28925, 3)).toBe('0.289');
  });

  test('percent(value) shows a fraction with at most one decimal', () => {
    expect(en.percent(0.6)).toBe('60%');
    expect(en.percent(0.5432)).toBe('54.3%');
    expect(zh.percent(0.85)).toBe('85%');
    expect(en.percent(0.5, 0)).toBe('50%');
  });

  test('day(isoDay) names the calendar day as written, in any time zone', () => {
    // Vitest runs with TZ=Asia/Shanghai: a local-time Date would still give the same day,
    // but midnight UTC read in a zone west of UTC would not; the formatter pins UTC.
    expect(en.day('2024-06-30')).toBe('Jun 30, 2024');
    expect(zh.day('2024-06-30')).toBe('2024年6月30日');
    expect(en.day('2024-01-01')).toBe('Jan 1, 2024');
  });

  test('bytes(value) picks a unit', () => {
    expect(en.bytes(512)).toBe('512 byte');
    expect(en.bytes(1500)).toBe('1.5 kB');
    expect(en.bytes(2_345_678)).toBe('2.3 MB');
  });

  test('currency(value, code) uses the currency’s symbol and decimals', () => {
    expect(en.currency(1234.5, 'USD')).toBe('$1,234.50');
    expect(en.currency(1234.5, 'CNY')).toBe('CN¥1,234.50');
    expect(zh.currency(1234.5, 'CNY')).toBe('¥1,234.50');
    // The yen has no minor unit.
    expect(en.currency(1234.5, 'JPY')).toBe('¥1,235');
  });

  test('duration(seconds) rounds up to seconds under a minute, minutes above', () => {
    expect(en.duration(0.2)).toBe('1 sec');
    expect(en.duration(44.1)).toBe('45 sec');
    expect(en.duration(61)).toBe('2 min');
    expect(zh.duration(180)).toBe('3分钟');
  });

  test('dateTime(epochMs) shows date and time in the user’s zone (Vitest pins Asia/Shanghai, UTC+8)', () => {
    // 2024-06-30T16:30:00Z is 2024-07-01 00:30 in Shanghai.
    expect(en.dateTime(Date.UTC(2024, 5, 30, 16, 30))).toBe('Jul 1, 2024, 12:30 AM');
  });
});

describe('createFormatters(locale, numbers).amount(value, currency)', () => {
  test('defaults: 2 decimals, plain or with the currency symbol', () => {
    const en = createFormatters('en');
    expect(en.amount(980, null)).toBe('980.00');
    expect(en.amount(1234.5, 'USD')).toBe('$1,234.50');
  });

  test('the decimals, the currency display and compact forms follow the settings', () => {
    expect(createFormatters('en', { amountDecimals: 0, compact: false, currencyDisplay: 'symbol' }).amount(1234.5, null)).toBe('1,235');
    expect(createFormatters('en', { amountDecimals: 2, compact: false, currencyDisplay: 'code' }).amount(1234.5, 'CNY')).toBe('CNY\u00a01,234.50');
    expect(createFormatters('en', { amountDecimals: 2, compact: false, currencyDisplay: 'none' }).amount(1234.5, 'CNY')).toBe('1,234.50');
    // Compact: 1,234,567 → 1.2M (at most one decimal); in Chinese 123.5万.
    expect(createFormatters('en', { amountDecimals: 2, compact: true, currencyDisplay: 'symbol' }).amount(1_234_567, null)).toBe('1.2M');
    expect(createFormatters('zh-CN', { amountDecimals: 2, compact: true, currencyDisplay: 'symbol' }).amount(1_234_567, null)).toBe('123.5万');
  });
});
