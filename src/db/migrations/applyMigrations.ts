import type { Dexie } from 'dexie';
import type { Migration } from './migration.ts';

/** Declares each migration on `db` in order; Dexie runs the upgrades a stored database still needs. */
export function applyMigrations(db: Dexie, migrations: readonly Migration[]): void {
  let previous = 0;
  for (const { version, stores, upgrade } of migrations) {
    if (!Number.isInteger(version) || version <= previous) {
      throw new Error(`migration versions must be increasing integers: ${version} after ${previous}`);
    }
    const declared = db.version(version).stores({ ...stores });
    if (upgrade) declared.upgrade(upgrade);
    previous = version;
  }
}
