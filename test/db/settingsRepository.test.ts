import { afterEach, describe, expect, it } from 'vitest';
import { SettingsRepository } from '../../src/db/index.ts';
import type { TierscopeDb } from '../../src/db/index.ts';
import { openTestDb } from './helpers/testDb.ts';

let db: TierscopeDb;
afterEach(() => db.close());

describe('SettingsRepository', () => {
  it('get returns what set stored, undefined when unset or removed', async () => {
    db = openTestDb();
    const settings = new SettingsRepository(db);
    expect(await settings.get('lastDatasetId')).toBeUndefined();
    await settings.set('lastDatasetId', 'ds-1');
    await settings.set('prefs', { locale: 'zh-CN', tiers: { a: 0.8, b: 0.95 } });
    expect(await settings.get('lastDatasetId')).toBe('ds-1');
    expect(await settings.get('prefs')).toEqual({ locale: 'zh-CN', tiers: { a: 0.8, b: 0.95 } });
    await settings.set('lastDatasetId', 'ds-2');
    expect(await settings.get('lastDatasetId')).toBe('ds-2');
    await settings.remove('lastDatasetId');
    expect(await settings.get('lastDatasetId')).toBeUndefined();
  });

  it('treats __proto__ and constructor as ordinary keys', async () => {
    db = openTestDb();
    const settings = new SettingsRepository(db);
    await settings.set('__proto__', { polluted: true });
    await settings.set('constructor', 'c');
    expect(await settings.get('__proto__')).toEqual({ polluted: true });
    expect(await settings.get('constructor')).toBe('c');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
