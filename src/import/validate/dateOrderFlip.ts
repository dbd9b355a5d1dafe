import type { DateOrder } from '../types.ts';

/**
 * Thrown when a date only valid in the other day/month order turns up before any value
 * only valid in the order in use: the order came from a setting, not from the data, so the
 * import reads the file again in `order`. Not a bug; caught by importFile.
 */
export class DateOrderFlip extends Error {
  constructor(readonly order: DateOrder) {
    super(`dates read again as ${order}`);
    this.name = 'DateOrderFlip';
  }
}
