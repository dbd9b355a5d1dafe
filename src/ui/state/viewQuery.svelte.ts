import { untrack } from 'svelte';
import type { ViewRequest } from '../../core/index.ts';
import type { Reply } from '../../worker/index.ts';
import type { AppFailure } from './appState.svelte.ts';

/**
 * One view's result from the analysis worker: asks again on every `load` and keeps only the
 * answer to the latest request, so a slow answer overtaken by a newer filter is dropped.
 */
export class ViewQuery<T> {
  data: T | null = $state.raw(null);
  loading = $state(false);
  failure: AppFailure | null = $state.raw(null);
  readonly #fetch: (request: ViewRequest) => Promise<Reply<T>>;
  #request = 0;

  constructor(fetch: (request: ViewRequest) => Promise<Reply<T>>) {
    this.#fetch = fetch;
  }

  /**
   * Loads again, under the page's request of the moment, each time what `after` reads changes (a
   * view's result, a section's own controls), not on the request itself: a section asked after its
   * view's result would otherwise ask first on a filter change, and the worker answers in turn.
   * Call while a component is set up.
   */
  loadAfter(after: () => unknown, request: () => ViewRequest): void {
    $effect(() => {
      after();
      void this.load(untrack(request), () => untrack(request));
    });
  }

  /**
   * Asks for `request`'s answer. With `current` (the page's request of the moment), an answer that
   * comes after the page has moved to another request is dropped too: the section is asked again
   * after the view's new result, and drawing the old answer would hold up the new first screen.
   * (The page's request is a derived object: a new one exactly when its filters or options change.)
   */
  async load(request: ViewRequest, current?: () => ViewRequest): Promise<void> {
    const id = ++this.#request;
    this.loading = true;
    // A plain copy: reactive proxies cannot cross to the worker.
    const reply = await this.#fetch($state.snapshot(request) as ViewRequest);
    if (id !== this.#request || (current !== undefined && current() !== request)) return;
    this.loading = false;
    if (reply.ok) {
      this.data = reply.value;
      this.failure = null;
    } else if (reply.code !== 'cancelled') {
      this.failure = reply;
    }
  }
}
