import { textsOfCodes } from '../core/index.ts';
import type { Dataset } from '../core/index.ts';
import { unpackTexts } from '../db/index.ts';
import type { BuiltColumns, SentColumns } from './handoff.ts';

/**
 * The analysis worker's side of columns sent ahead: the latest ones, prepared by `prepare` as
 * they arrive, until the import worker says they were committed (`take`) or will not be.
 */
export class ColumnsSentAhead {
  readonly #prepare: (dataset: Dataset) => void;
  #latest: { readonly token: number; readonly dataset: Dataset } | null = null;
  /** The newest token heard of, with columns or without. */
  #newest = 0;
  #waiting: { readonly token: number; readonly resolve: (dataset: Dataset | null) => void }[] = [];

  constructor(prepare: (dataset: Dataset) => void) {
    this.#prepare = prepare;
  }

  receive({ token, columns }: BuiltColumns): void {
    this.#newest = Math.max(this.#newest, token);
    if (columns !== null) {
      const dataset = datasetOf(columns);
      this.#latest = { token, dataset };
      try {
        this.#prepare(dataset);
      } catch {
        // A head start only: the call that needs the result computes it again and reports the failure
        // (thrown here, in a message listener, it would take the worker down).
      }
    } else if (this.#latest?.token === token) {
      this.#latest = null;
    }
    // Tokens only grow: a waiter for an older token will never see its columns.
    const done = this.#waiting.filter((waiter) => waiter.token <= token);
    this.#waiting = this.#waiting.filter((waiter) => waiter.token > token);
    for (const waiter of done) waiter.resolve(this.#taken(waiter.token));
  }

  /**
   * The columns sent as `token`, given up here; null when newer ones replaced them or they were
   * withdrawn. Columns sent before the commit may still be on their way (they come on another
   * channel than the answer that names them): then they are waited for.
   */
  take(token: number): Promise<Dataset | null> {
    if (token <= this.#newest) return Promise.resolve(this.#taken(token));
    return new Promise((resolve) => this.#waiting.push({ token, resolve }));
  }

  #taken(token: number): Dataset | null {
    const latest = this.#latest;
    if (latest?.token !== token) return null;
    this.#latest = null;
    return latest.dataset;
  }
}

/** The Dataset of columns sent ahead, with the same ids and names as the builder's. */
export function datasetOf({ customers, ...columns }: SentColumns): Dataset {
  const { length, dims, texts } = customers;
  const names = textsOfCodes(texts.nameCodes, unpackTexts(texts.names));
  return { ...columns, customers: { length, ids: unpackTexts(texts.ids), names, dims } };
}
