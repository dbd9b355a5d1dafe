/**
 * Problems found in input, as data. `code` is a machine key translated by the UI and the
 * CLI; `params` fills the sentence. Core never holds text for humans.
 */
export interface Issue {
  readonly code: string;
  readonly file?: string;
  /** 1-based line number of the row in the file, counting the header and skipped lines. */
  readonly row?: number;
  /** Header text of the column as written in the file. */
  readonly column?: string;
  readonly value?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };
