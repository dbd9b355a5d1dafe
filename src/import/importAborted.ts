/** Thrown when the import's AbortSignal fires; a plain Error so it crosses worker boundaries as data. */
export class ImportAborted extends Error {
  constructor() {
    super('import aborted');
    this.name = 'ImportAborted';
  }
}
