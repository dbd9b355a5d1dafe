import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaError } from '../../src/db/index.ts';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaError(error)', () => {
  const cyclic: { name: string; inner?: unknown } = { name: 'AbortError' };
  cyclic.inner = cyclic;

  it.each([
    ['a DOMException QuotaExceededError', quota(), true],
    ["Dexie's QuotaExceededError", new Dexie.QuotaExceededError('full'), true],
    ['an AbortError wrapping it', new Dexie.AbortError('aborted', quota()), true],
    [
      'a DatabaseClosedError wrapping an AbortError wrapping it',
      new Dexie.DatabaseClosedError('closed', new Dexie.AbortError('aborted', quota())),
      true,
    ],
    ['a BulkError with it among the failures', new Dexie.BulkError('bulk', { 0: new Error('other'), 3: quota() }), true],
    ['an Error with it as cause', new Error('save failed', { cause: quota() }), true],
    ["Firefox's legacy NS_ERROR_DOM_QUOTA_REACHED", Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }), true],
    ['a plain Error', new Error('QuotaExceededError'), false],
    ['an AbortError wrapping a ConstraintError', new Dexie.AbortError('aborted', new DOMException('dup', 'ConstraintError')), false],
    ['the string QuotaExceededError', 'QuotaExceededError', false],
    ['null', null, false],
    ['undefined', undefined, false],
    ['a cycle of inner errors', cyclic, false],
  ])('%s → %s', (_, error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});
