import { describe, expect, test } from 'vitest';
import { createI18n, describeIssue } from '../../../../../src/i18n/index.ts';
import { reasonName } from '../../../../../src/ui/views/Import/reasonName.ts';

describe('reasonName(code, i18n)', () => {
  test('a short name for the row-level codes, in the locale', () => {
    expect(reasonName('badAmount', createI18n('en'))).toBe('amount not readable');
    expect(reasonName('missingCustomer', createI18n('zh-CN'))).toBe('客户为空');
  });

  test('any other code gets its issue sentence', () => {
    expect(reasonName('somethingNew', createI18n('en'))).toBe(describeIssue({ code: 'somethingNew' }, 'en'));
    expect(reasonName('__proto__', createI18n('en'))).toBe(describeIssue({ code: '__proto__' }, 'en'));
  });
});
