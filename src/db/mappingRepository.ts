import type { TierscopeDb } from './schema.ts';

/** A remembered mapping carries the version of its own format, so readers can be keyed by it. */
export interface VersionedValue {
  readonly version: number;
}

export interface MappingRepositoryOptions {
  readonly now?: () => number;
}

/** Mappings the user confirmed, remembered per header signature (SPEC §1). */
export class MappingRepository {
  readonly #db: TierscopeDb;
  readonly #now: () => number;

  constructor(db: TierscopeDb, options: MappingRepositoryOptions = {}) {
    const { now = () => Date.now() } = options;
    this.#db = db;
    this.#now = now;
  }

  async remember<T extends VersionedValue>(signature: string, value: T): Promise<void> {
    await this.#db.mappings.put({ signature, value, updated: this.#now() });
  }

  /** The remembered value, or undefined; `unknown` because an older app version may have written it. */
  async recall(signature: string): Promise<unknown> {
    const record = await this.#db.mappings.get(signature);
    return record?.value;
  }

  async forget(signature: string): Promise<void> {
    await this.#db.mappings.delete(signature);
  }

  /** Keeps the `keep` most recently remembered mappings and deletes the rest; returns how many went. */
  async prune(keep: number): Promise<number> {
    if (!Number.isInteger(keep) || keep < 0) throw new RangeError(`keep must be a non-negative integer: ${keep}`);
    const { mappings } = this.#db;
    return this.#db.transaction('rw', mappings, async () => {
      const stale = await mappings.orderBy('updated').reverse().offset(keep).primaryKeys();
      await mappings.bulkDelete(stale);
      return stale.length;
    });
  }
}
