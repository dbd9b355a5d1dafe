import { describe, expect, test } from 'vitest';
import { StorageState } from '../../../../src/ui/state/storageState.svelte.ts';
import type { StorageApi } from '../../../../src/ui/state/storageState.svelte.ts';

function fakeStorage(grant: boolean, persisted = false): StorageApi & { asked: number } {
  const api = {
    asked: 0,
    estimate: async () => ({ usage: 1_500, quota: 1_000_000 }),
    persisted: async () => persisted,
    persist: async () => {
      api.asked++;
      persisted = grant;
      return grant;
    },
  };
  return api;
}

describe('StorageState', () => {
  test('refresh() reads usage, quota and persistence', async () => {
    const storage = new StorageState(fakeStorage(true));
    await storage.refresh();
    expect({ usage: storage.usage, quota: storage.quota, persisted: storage.persisted }).toEqual({ usage: 1_500, quota: 1_000_000, persisted: false });
  });

  test('persistence is asked for at the first import only, and the answer kept', async () => {
    const api = fakeStorage(false);
    const storage = new StorageState(api);
    await storage.persistOnFirstImport();
    await storage.persistOnFirstImport();
    expect(api.asked).toBe(1);
    expect(storage.granted).toBe(false);
    // The button asks again.
    await storage.persist();
    expect(api.asked).toBe(2);
  });

  test('already persistent: nothing asked', async () => {
    const api = fakeStorage(true, true);
    const storage = new StorageState(api);
    await storage.persistOnFirstImport();
    expect(api.asked).toBe(0);
    expect(storage.persisted).toBe(true);
  });

  test('without a storage API nothing is known and nothing asked', async () => {
    const storage = new StorageState(null);
    await storage.refresh();
    expect(storage.supported).toBe(false);
    expect(await storage.persist()).toBe(false);
    expect(storage.usage).toBeNull();
  });
});
