import { describe, expect, test } from 'vitest';
import { monthLabel } from '../../../../../src/ui/views/Lifecycle/monthLabel.ts';

describe('monthLabel(locale, month)', () => {
  test('a short month and two-digit year, the same month in every time zone', () => {
    // Vitest runs with TZ=Asia/Shanghai: a local-time Date of 2024-01-01 00:00 would be 2023-12-31 in UTC.
    expect(monthLabel('en', '2024-01')).toBe('Jan 24');
    expect(monthLabel('en', '2023-12')).toBe('Dec 23');
    expect(monthLabel('zh-CN', '2024-03')).toBe('24年3月');
  });
});
