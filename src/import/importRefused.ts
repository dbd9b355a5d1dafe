import type { Issue } from '../core/model/index.ts';

/** Thrown when a file cannot be imported at all (no customer/date/amount column, unknown `--map` header, empty file). */
export class ImportRefused extends Error {
  constructor(readonly issue: Issue) {
    super(issue.code);
    this.name = 'ImportRefused';
  }
}
