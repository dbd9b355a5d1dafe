import { describe, expect, test } from 'vitest';
import { TierLabels } from '../../../../src/ui/state/tierLabels.svelte.ts';
import type { PrefsStore } from '../../../../src/ui/state/prefs.svelte.ts';

function memoryStore(initial: Record<string, string> = {}): PrefsStore & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('TierLabels', () => {
  test('letters by default; a choice is kept and read back', () => {
    const store = memoryStore();
    const labels = new TierLabels(store);
    expect(labels.scheme).toBe('letters');
    expect(labels.key('A')).toBe('tiers.label.letters.A');
    labels.set('names');
    expect(labels.key('B')).toBe('tiers.label.names.B');
    expect(new TierLabels(store).scheme).toBe('names');
  });

  test('an unknown saved value, a missing store or one that throws fall back to letters', () => {
    expect(new TierLabels(memoryStore({ 'tierscope.tierLabels': '__proto__' })).scheme).toBe('letters');
    expect(new TierLabels(null).scheme).toBe('letters');
    const refusing: PrefsStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    const labels = new TierLabels(refusing);
    labels.set('names');
    expect(labels.scheme).toBe('names');
  });
});
