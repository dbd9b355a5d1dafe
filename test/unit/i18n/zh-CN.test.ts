import { describe, expect, test } from 'vitest';
import { en, zhCN } from '../../../src/i18n/index.ts';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('zhCN', () => {
  test('has exactly the keys of en', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  test('every message uses the same placeholders as its English source', () => {
    const mismatched = (Object.keys(en) as (keyof typeof en)[]).filter(
      (key) => placeholders(en[key]).join() !== placeholders(zhCN[key]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  test('no message is empty', () => {
    expect(Object.values(zhCN).filter((text) => text.trim() === '')).toEqual([]);
    expect(Object.values(en).filter((text) => text.trim() === '')).toEqual([]);
  });
});
