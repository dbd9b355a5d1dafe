import { describe, expect, test } from 'vitest';
import type { ViewRequest } from '../../../../src/core/index.ts';
import { ViewQuery } from '../../../../src/ui/state/viewQuery.svelte.ts';
import type { Reply } from '../../../../src/worker/index.ts';

/** A fetch whose answers the test releases by hand, in any order. */
function heldFetch() {
  const pending: { request: ViewRequest; answer: (reply: Reply<string>) => void }[] = [];
  const fetch = (request: ViewRequest) => new Promise<Reply<string>>((answer) => pending.push({ request, answer }));
  return { pending, fetch };
}

const request = (period: 'ttm' | 'all'): ViewRequest => ({ options: { period }, filters: {} });

describe('ViewQuery', () => {
  test('keeps the answer to the latest request; an overtaken answer is dropped', async () => {
    const { pending, fetch } = heldFetch();
    const query = new ViewQuery(fetch);
    const first = query.load(request('ttm'));
    const second = query.load(request('all'));
    expect(query.loading).toBe(true);
    pending[1].answer({ ok: true, value: 'all' });
    await second;
    pending[0].answer({ ok: true, value: 'ttm' });
    await first;
    expect(query.data).toBe('all');
    expect(query.loading).toBe(false);
    expect(pending[1].request).toEqual(request('all'));
  });

  test('a failure is kept with the last good data; cancelling is not a failure', async () => {
    const { pending, fetch } = heldFetch();
    const query = new ViewQuery(fetch);
    const load = (reply: Reply<string>) => {
      const done = query.load(request('ttm'));
      pending.at(-1)!.answer(reply);
      return done;
    };
    await load({ ok: true, value: 'x' });
    await load({ ok: false, code: 'internal', message: 'boom' });
    expect(query.data).toBe('x');
    expect(query.failure).toEqual({ ok: false, code: 'internal', message: 'boom' });
    await load({ ok: false, code: 'cancelled' });
    expect(query.failure).toEqual({ ok: false, code: 'internal', message: 'boom' });
    await load({ ok: true, value: 'y' });
    expect(query.failure).toBeNull();
  });

  test('an answer that comes after the page moved to another request is dropped; one for the page\'s request is kept', async () => {
    const { pending, fetch } = heldFetch();
    const query = new ViewQuery(fetch);
    const ttm = request('ttm');
    let page = ttm;
    const first = query.load(ttm, () => page);
    // The filters change while the worker computes: the view's new result asks the section again later.
    page = request('all');
    pending[0].answer({ ok: true, value: 'ttm' });
    await first;
    expect(query.data).toBeNull();
    expect(query.loading).toBe(true);
    const second = query.load(page, () => page);
    pending[1].answer({ ok: true, value: 'all' });
    await second;
    expect(query.data).toBe('all');
    expect(query.loading).toBe(false);
  });
});
