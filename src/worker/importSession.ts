import type { PendingFile } from './contracts.ts';
import { CommittedColumns } from './committedColumns.ts';
import type { RejectedRows } from './rejectedRowsCsv.ts';

/** A file of the mapping step with what its inspection proposed. */
export interface PendingEntry {
  readonly file: File;
  pending: PendingFile;
}

/**
 * The import worker's state: the files waiting in the mapping step, the running import (one
 * at a time: starting another or calling `cancel` aborts it) and the rejected rows of the
 * last import that succeeded.
 */
export class ImportSession {
  entries: PendingEntry[] = [];
  rejected: RejectedRows | null = null;
  /** The hashing that follows the last import (see hashFiles); an import starts and waits for it first, so an append sees the hashes. */
  hashing: { start(): Promise<void> } = { start: () => Promise.resolve() };
  /** The columns of the last commit, for the analysis worker to take. */
  readonly committed = new CommittedColumns();
  #running: AbortController | null = null;

  /** The pending file at `index`; asking for another is a bug of the caller. */
  entry(index: number): PendingEntry {
    const entry = this.entries[index];
    if (entry === undefined) throw new RangeError(`no pending file ${index} (${this.entries.length} pending)`);
    return entry;
  }

  /** Aborts any running import and returns the signal of a new one. */
  begin(): AbortSignal {
    this.#running?.abort();
    this.committed.drop();
    this.#running = new AbortController();
    return this.#running.signal;
  }

  /** Ends the import that owns `signal` (unless another one superseded it); one that did not commit withdraws the columns it sent ahead. */
  end(signal: AbortSignal, committed: boolean): void {
    if (this.#running?.signal !== signal) return;
    this.#running = null;
    if (!committed) this.committed.drop();
  }

  cancel(): void {
    this.#running?.abort();
  }
}
