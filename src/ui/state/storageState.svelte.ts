/** The parts of `navigator.storage` the settings use (a stand-in in unit tests). */
export interface StorageApi {
  estimate(): Promise<{ usage?: number; quota?: number }>;
  persisted(): Promise<boolean>;
  persist(): Promise<boolean>;
}

/**
 * How much this device stores for the app, and whether the browser keeps it when space runs
 * short (persistent storage). Persistence is asked for once, at the first import.
 */
export class StorageState {
  usage: number | null = $state(null);
  quota: number | null = $state(null);
  persisted: boolean | null = $state(null);
  /** The answer of the last request for persistence, or null before one. */
  granted: boolean | null = $state(null);
  readonly #storage: StorageApi | null;

  constructor(storage: StorageApi | null) {
    this.#storage = storage;
  }

  get supported(): boolean {
    return this.#storage !== null;
  }

  async refresh(): Promise<void> {
    if (this.#storage === null) return;
    const [estimate, persisted] = await Promise.all([this.#storage.estimate(), this.#storage.persisted()]);
    this.usage = estimate.usage ?? null;
    this.quota = estimate.quota ?? null;
    this.persisted = persisted;
  }

  /** Asks the browser to keep the data (it may decide without asking the user). */
  async persist(): Promise<boolean> {
    if (this.#storage === null) return false;
    this.granted = await this.#storage.persist();
    await this.refresh();
    return this.granted;
  }

  /** After an import: asks for persistence unless it was already granted or asked for. */
  async persistOnFirstImport(): Promise<void> {
    if (this.#storage === null || this.granted !== null) return;
    if (await this.#storage.persisted()) {
      this.persisted = true;
      return;
    }
    await this.persist();
  }
}
