/**
 * - `not-staging`: a write or commit names a data set that is not (or no longer) being imported.
 * - `corrupt`: stored chunks or dictionaries do not add up to the data set they belong to.
 * - `missing`: a commit replaces a data set that is no longer stored (removed in another tab, say).
 */
export type DbErrorCode = 'not-staging' | 'corrupt' | 'missing';

/** A store problem with a machine code; the worker turns `code` into an issue for the UI. */
export class DbError extends Error {
  override readonly name = 'DbError';
  readonly code: DbErrorCode;

  constructor(code: DbErrorCode, detail: string) {
    super(`${code}: ${detail}`);
    this.code = code;
  }
}
