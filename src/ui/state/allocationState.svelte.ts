import type { ViewRequest } from '../../core/index.ts';
import type { AcceptedMove, AllocationResult } from '../../worker/index.ts';
import type { AppState } from './appState.svelte.ts';
import { ViewQuery } from './viewQuery.svelte.ts';

/**
 * The Allocation view's state: its result (re-asked when A-tier customers are unlocked or locked
 * again), which proposed moves the user keeps, and the assignments export.
 */
export class AllocationState {
  unlockTierA = $state(false);
  /** Ids of the proposed moves the user unticked. */
  dropped: ReadonlySet<string> = $state.raw(new Set());
  readonly query: ViewQuery<AllocationResult>;
  readonly #app: AppState;

  constructor(app: AppState) {
    this.#app = app;
    this.query = new ViewQuery((request) => app.analysisClient.allocation(request, { unlockTierA: this.unlockTierA }));
  }

  /** Asks again; a new proposal starts with every move ticked. */
  async load(request: ViewRequest): Promise<void> {
    await this.query.load(request);
    this.dropped = new Set();
  }

  toggle(id: string, keep: boolean): void {
    const next = new Set(this.dropped);
    if (keep) next.delete(id);
    else next.add(id);
    this.dropped = next;
  }

  /** The moves still ticked. */
  get accepted(): AcceptedMove[] {
    return (this.query.data?.moves ?? []).filter((move) => !this.dropped.has(move.id)).map(({ id, to }) => ({ id, to }));
  }

  /** Every owned customer with its current and proposed owner as CSV; null when the worker could not make it. */
  async assignmentsCsv(request: ViewRequest): Promise<string | null> {
    const reply = await this.#app.analysisClient.assignmentsCsv($state.snapshot(request) as ViewRequest, this.accepted);
    return reply.ok ? reply.value : null;
  }
}
