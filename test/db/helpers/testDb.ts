import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { TierscopeDb } from '../../../src/db/index.ts';
import type { IndexedDbDeps } from '../../../src/db/index.ts';

/** fake-indexeddb passed explicitly, so no test touches globals. */
export const deps: IndexedDbDeps = { indexedDB, IDBKeyRange };

let counter = 0;
/** A database name no other test uses (all tests share one fake-indexeddb factory). */
export function uniqueName(): string {
  counter += 1;
  return `tierscope-test-${counter}-${Math.random().toString(36).slice(2)}`;
}

export function openTestDb(name: string = uniqueName()): TierscopeDb {
  return new TierscopeDb(name, deps);
}

/** A clock the test moves by hand. */
export function manualClock(start: number): { now: () => number; set: (t: number) => void } {
  let t = start;
  return { now: () => t, set: (next) => (t = next) };
}
