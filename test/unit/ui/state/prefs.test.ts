import { describe, expect, test } from 'vitest';
import { Prefs } from '../../../../src/ui/state/prefs.svelte.ts';
import type { PrefsStore } from '../../../../src/ui/state/prefs.svelte.ts';

function memoryStore(initial: Record<string, string> = {}): PrefsStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

const refusing: PrefsStore = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('Prefs', () => {
  test('starts from the browser language and the system theme', () => {
    const prefs = new Prefs('zh-CN', memoryStore());
    expect(prefs.locale).toBe('zh-CN');
    expect(prefs.theme).toBe('system');
    expect(prefs.i18n.t('nav.overview')).toBe('概览');
  });

  test('a remembered choice wins over the browser; unknown stored values are ignored', () => {
    expect(new Prefs('zh-CN', memoryStore({ 'tierscope.locale': 'en', 'tierscope.theme': 'dark' }))).toMatchObject({ locale: 'en', theme: 'dark' });
    expect(new Prefs('en', memoryStore({ 'tierscope.locale': 'fr', 'tierscope.theme': 'sepia' }))).toMatchObject({ locale: 'en', theme: 'system' });
  });

  test('changes apply at once, reach i18n and are remembered', () => {
    const store = memoryStore();
    const prefs = new Prefs('en', store);
    prefs.setLocale('zh-CN');
    prefs.setTheme('dark');
    expect(prefs.i18n.locale).toBe('zh-CN');
    expect(store.data).toEqual(new Map([['tierscope.locale', 'zh-CN'], ['tierscope.theme', 'dark']]));
  });

  test('tier thresholds from the Tiers view are saved with the other thresholds kept', () => {
    const store = memoryStore();
    const prefs = new Prefs('en', store);
    prefs.setTiers({ a: 0.7, b: 0.9 });
    // Nothing saved before: the other thresholds are the defaults of SPEC §2.
    expect(prefs.thresholds).toEqual({
      tiers: { a: 0.7, b: 0.9 },
      lifecycle: { recent: 90, atRisk: 180, lost: 365 },
      hhiBands: '2023',
      majorCustomerShare: 0.1,
      top5DependencyShare: 0.5,
    });
    prefs.setAnalysis({ ...prefs.thresholds!, hhiBands: '2010' }, prefs.numbers);
    prefs.setTiers({ a: 0.75, b: 0.95 });
    expect(prefs.thresholds).toMatchObject({ tiers: { a: 0.75, b: 0.95 }, hhiBands: '2010' });
    expect(new Prefs('en', store).thresholds).toEqual(prefs.thresholds);
  });

  test('storage that refuses access, or none, only means nothing is remembered', () => {
    for (const store of [refusing, null]) {
      const prefs = new Prefs('en', store);
      prefs.setLocale('zh-CN');
      expect(prefs.locale).toBe('zh-CN');
    }
  });
});
