import { afterEach, describe, expect, test, vi } from 'vitest';
import { ImportAborted, ImportRefused } from '../../../src/import/index.ts';
import { replyFrom } from '../../../src/worker/reply.ts';

describe('replyFrom(run)', () => {
  afterEach(() => vi.restoreAllMocks());

  test('a value is ok', async () => {
    expect(await replyFrom(() => 42)).toEqual({ ok: true, value: 42 });
    expect(await replyFrom(async () => 'later')).toEqual({ ok: true, value: 'later' });
  });

  test('a refused file carries its issue', async () => {
    const issue = { code: 'missingColumns', file: 'a.csv', params: { fields: 'amount' } };
    expect(await replyFrom(() => Promise.reject(new ImportRefused(issue)))).toEqual({ ok: false, code: 'issue', issue });
  });

  test('an abort is a cancel, not an error', async () => {
    expect(await replyFrom(() => Promise.reject(new ImportAborted()))).toEqual({ ok: false, code: 'cancelled' });
  });

  test('after the signal aborted, any error is a cancel (fetch throws its own AbortError)', async () => {
    const controller = new AbortController();
    controller.abort();
    const abortError = new DOMException('signal is aborted without reason', 'AbortError');
    expect(await replyFrom(() => Promise.reject(abortError), controller.signal)).toEqual({ ok: false, code: 'cancelled' });
  });

  test('a bug becomes internal with its message only, and is logged for developers', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await replyFrom(() => { throw new TypeError('x is undefined'); })).toEqual({ ok: false, code: 'internal', message: 'x is undefined' });
    expect(await replyFrom(() => Promise.reject('plain text'))).toEqual({ ok: false, code: 'internal', message: 'plain text' });
    expect(log).toHaveBeenCalledTimes(2);
  });
});
