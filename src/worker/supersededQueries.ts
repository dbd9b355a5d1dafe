import type { ViewRequest } from '../core/index.ts';
import type { QueryTurns } from './queryTurns.ts';
import type { Reply } from './reply.ts';

/** The analysis worker's view queries: answers for the page's current filters and options, asked again when they change. */
export const VIEW_QUERIES = [
  'overview',
  'concentration',
  'breakdown',
  'stressTest',
  'trend',
  'tiers',
  'lifecycle',
  'cohorts',
  'risk',
  'satisfaction',
  'allocation',
  'customersPage',
] as const;

type ViewQuery = (request: ViewRequest, ...rest: never[]) => Promise<Reply<unknown>>;

/**
 * Answers `cancelled`, without computing, the view queries that are out of date when their turn
 * comes. A result can take a second at 10M rows, and meanwhile the page may move on: a filter
 * change asks the view again, while the questions asked for the old filters (a section's, say)
 * still wait in the queue. So the queries run one after another, each after one more turn of the
 * event loop (every message that came in during the one before is received first), and a query
 * runs only if no query for other filters or options has been received since. Its asker has
 * that newer question out, and takes no notice of a cancelled answer. A long query can also stop
 * part way (QueryTurns.run).
 * Exports, data set changes and the filter values are not view queries: they always run.
 */
export function skipSuperseded<Api extends Record<(typeof VIEW_QUERIES)[number], ViewQuery>>(api: Api, turns: QueryTurns): Api {
  let queue: Promise<unknown> = Promise.resolve();
  const wrapped: Record<string, unknown> = { ...api };
  for (const name of VIEW_QUERIES) {
    const query = api[name];
    wrapped[name] = (request: ViewRequest, ...rest: never[]) => {
      turns.received(request);
      const answer = queue.then(turns.nextTurn).then(() => (turns.isLatest(request) ? query(request, ...rest) : { ok: false, code: 'cancelled' } as const));
      queue = answer.catch(() => {});
      return answer;
    };
  }
  return wrapped as Api;
}
