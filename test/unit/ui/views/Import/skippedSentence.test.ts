import { describe, expect, test } from 'vitest';
import { createI18n } from '../../../../../src/i18n/index.ts';
import { skippedSentence } from '../../../../../src/ui/views/Import/skippedSentence.ts';

describe('skippedSentence(counts, i18n)', () => {
  test('English: singular and plural, joined as a list', () => {
    const en = createI18n('en');
    expect(skippedSentence([{ reason: 'title', count: 2 }, { reason: 'total', count: 1 }], en)).toBe('2 title lines and 1 total row skipped');
    expect(skippedSentence([{ reason: 'title', count: 1 }, { reason: 'blank', count: 3 }, { reason: 'footer', count: 2 }], en)).toBe(
      '1 title line, 3 blank lines, and 2 footer lines skipped',
    );
  });

  test('Chinese', () => {
    expect(skippedSentence([{ reason: 'title', count: 1 }, { reason: 'total', count: 1 }], createI18n('zh-CN'))).toBe('已跳过 1 行标题和 1 行合计');
  });
});
