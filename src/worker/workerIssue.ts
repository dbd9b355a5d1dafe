import type { Issue } from '../core/index.ts';

/** Thrown by a handler for a problem the user must hear of (storage full, file too large...); crosses as data. */
export class WorkerIssue extends Error {
  constructor(readonly issue: Issue) {
    super(issue.code);
    this.name = 'WorkerIssue';
  }
}
