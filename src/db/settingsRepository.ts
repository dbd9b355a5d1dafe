import type { TierscopeDb } from './schema.ts';

/**
 * Key → value settings (last data set id, UI prefs). Values come back as `unknown`:
 * they may have been written by an older version of the app, so callers check the shape.
 */
export class SettingsRepository {
  readonly #db: TierscopeDb;

  constructor(db: TierscopeDb) {
    this.#db = db;
  }

  async get(key: string): Promise<unknown> {
    const record = await this.#db.settings.get(key);
    return record?.value;
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.#db.settings.put({ key, value });
  }

  async remove(key: string): Promise<void> {
    await this.#db.settings.delete(key);
  }
}
