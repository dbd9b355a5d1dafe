import type { Issue } from '../core/index.ts';

/** An I/O failure while a file is read, carried as an issue so the CLI can report it as bad input. */
export class FileReadError extends Error {
  constructor(readonly issue: Issue) {
    super(issue.code);
    this.name = 'FileReadError';
  }
}
