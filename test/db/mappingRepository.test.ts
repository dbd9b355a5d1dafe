import { afterEach, describe, expect, it } from 'vitest';
import { MappingRepository } from '../../src/db/index.ts';
import type { TierscopeDb } from '../../src/db/index.ts';
import { manualClock, openTestDb } from './helpers/testDb.ts';

let db: TierscopeDb;
afterEach(() => db.close());

describe('MappingRepository', () => {
  it('recalls the last mapping remembered for a signature, undefined after forget', async () => {
    db = openTestDb();
    const mappings = new MappingRepository(db);
    expect(await mappings.recall('a|b')).toBeUndefined();
    await mappings.remember('a|b', { version: 1, columns: { customer_id: 0 } });
    await mappings.remember('a|b', { version: 1, columns: { customer_id: 1 } });
    expect(await mappings.recall('a|b')).toEqual({ version: 1, columns: { customer_id: 1 } });
    await mappings.forget('a|b');
    expect(await mappings.recall('a|b')).toBeUndefined();
  });

  it('prune(keep) keeps the most recently remembered mappings', async () => {
    db = openTestDb();
    const clock = manualClock(1);
    const mappings = new MappingRepository(db, { now: clock.now });
    for (const [t, signature] of [[1, 'old'], [2, 'older-use'], [3, 'new'], [4, '__proto__']] as const) {
      clock.set(t);
      await mappings.remember(signature, { version: 1 });
    }
    clock.set(5);
    await mappings.remember('older-use', { version: 2 }); // used again: now the newest
    // Last use: old 1, new 3, __proto__ 4, older-use 5 → keeping 2 deletes old and new.
    expect(await mappings.prune(2)).toBe(2);
    expect((await db.mappings.toArray()).map((m) => m.signature).sort()).toEqual(['__proto__', 'older-use']);
    expect(await mappings.prune(2)).toBe(0);
    await expect(mappings.prune(-1)).rejects.toThrow(RangeError);
  });
});
