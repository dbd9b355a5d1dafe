import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyMigrations, MIGRATIONS, SettingsRepository, TierscopeDb } from '../../src/db/index.ts';
import type { Migration } from '../../src/db/index.ts';
import { deps, uniqueName } from './helpers/testDb.ts';

/** What a newer release would add: one more version. */
const nextVersion: Migration = { version: MIGRATIONS.length + 1, stores: { notes: 'id' } };

const opened: Dexie[] = [];
beforeEach(() => {
  // Dexie logs a warning when it closes for another connection; the tests assert the behaviour instead.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

async function openCurrent(name: string): Promise<TierscopeDb> {
  const db = new TierscopeDb(name, deps);
  opened.push(db);
  await db.open();
  return db;
}

describe('TierscopeDb versionchange', () => {
  it('closes itself when a newer version opens elsewhere, unblocking it, and calls onVersionChange', async () => {
    const name = uniqueName();
    const db = await openCurrent(name);
    const callback = vi.fn();
    db.onVersionChange(callback);

    const newer = new Dexie(name, deps);
    opened.push(newer);
    applyMigrations(newer, [...MIGRATIONS, nextVersion]);
    const blocked = vi.fn();
    newer.on.blocked.subscribe(blocked);
    await newer.open();

    expect(newer.verno).toBe(MIGRATIONS.length + 1);
    expect(blocked).not.toHaveBeenCalled();
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback).toHaveBeenCalledWith({ kind: 'upgrade' });
    expect(db.isOpen()).toBe(false);
  });

  it("reports a deletion as kind 'delete'", async () => {
    const name = uniqueName();
    const db = await openCurrent(name);
    await new SettingsRepository(db).set('k', 1);
    const callback = vi.fn();
    db.onVersionChange(callback);
    await new Dexie(name, deps).delete();
    expect(callback).toHaveBeenCalledWith({ kind: 'delete' });
    expect(db.isOpen()).toBe(false);
  });

  it('stops calling back after unsubscribing, and still closes', async () => {
    const name = uniqueName();
    const db = await openCurrent(name);
    const callback = vi.fn();
    const unsubscribe = db.onVersionChange(callback);
    unsubscribe();
    const newer = new Dexie(name, deps);
    opened.push(newer);
    applyMigrations(newer, [...MIGRATIONS, nextVersion]);
    await newer.open();
    expect(callback).not.toHaveBeenCalled();
    expect(db.isOpen()).toBe(false);
  });
});
