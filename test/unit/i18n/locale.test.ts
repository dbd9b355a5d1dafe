import { describe, expect, test } from 'vitest';
import { isLocale, matchLocale } from '../../../src/i18n/index.ts';

describe('matchLocale(languages)', () => {
  test.each([
    { languages: ['zh-CN'], expected: 'zh-CN' },
    { languages: ['zh'], expected: 'zh-CN' },
    { languages: ['zh-TW', 'en-US'], expected: 'zh-CN' },
    { languages: ['zh_Hans_CN'], expected: 'zh-CN' },
    { languages: ['en-GB', 'zh-CN'], expected: 'en' },
    { languages: ['de-DE', 'zh-CN'], expected: 'zh-CN' },
    { languages: ['de-DE', 'fr'], expected: 'en' },
    { languages: ['ZH-cn'], expected: 'zh-CN' },
    { languages: [], expected: 'en' },
  ])('$languages → $expected', ({ languages, expected }) => {
    expect(matchLocale(languages)).toBe(expected);
  });
});

describe('isLocale(value)', () => {
  test('accepts the interface languages only', () => {
    expect(isLocale('en')).toBe(true);
    expect(isLocale('zh-CN')).toBe(true);
    expect(isLocale('zh')).toBe(false);
    expect(isLocale('__proto__')).toBe(false);
  });
});
