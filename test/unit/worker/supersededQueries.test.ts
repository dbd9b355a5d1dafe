import { describe, expect, test } from 'vitest';
import type { ViewRequest } from '../../../src/core/index.ts';
import type { Reply } from '../../../src/worker/reply.ts';
import { QueryTurns } from '../../../src/worker/queryTurns.ts';
import { skipSuperseded, VIEW_QUERIES } from '../../../src/worker/supersededQueries.ts';

const east: ViewRequest = { options: {}, filters: { region: ['华东'] } };
const north: ViewRequest = { options: {}, filters: { region: ['华北'] } };
const allTime: ViewRequest = { options: { period: 'all' }, filters: { region: ['华东'] } };

/** A worker API whose view queries answer their name and log when they run; `turn` steps the event loop by hand. */
function harness() {
  const ran: string[] = [];
  const api: Record<string, unknown> = {
    open: () => Promise.resolve({ ok: true, value: 'open' }),
  };
  for (const name of VIEW_QUERIES) {
    api[name] = (request: ViewRequest) => {
      ran.push(`${name} ${JSON.stringify(request.filters.region ?? [])}${request.options.period ?? ''}`);
      return Promise.resolve({ ok: true, value: name });
    };
  }
  const turns: (() => void)[] = [];
  const nextTurn = () => new Promise<void>((resolve) => turns.push(resolve));
  const wrapped = skipSuperseded(api as never, new QueryTurns(nextTurn)) as unknown as Record<string, (request: ViewRequest, ...rest: unknown[]) => Promise<Reply<string>>> & { open: unknown };
  /** Lets the first waiting query take its turn, and whatever it starts settle. */
  const step = async () => {
    for (let i = 0; i < 10 && turns.length === 0; i++) await Promise.resolve();
    turns.shift()?.();
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  return { api, wrapped, ran, step, turns };
}

describe('skipSuperseded', () => {
  test('a query still waiting when one for other filters comes in answers cancelled without running', async () => {
    const { wrapped, ran, step } = harness();
    const breakdown = wrapped.breakdown(east, 'region');
    const stress = wrapped.stressTest(east, { top: 3 });
    await step();
    expect(ran).toEqual(['breakdown ["华东"]']);
    // The filter changes while the stress test waits its turn: the view asks again for 华北.
    const concentration = wrapped.concentration(north);
    await step();
    await step();
    expect(await breakdown).toEqual({ ok: true, value: 'breakdown' });
    expect(await stress).toEqual({ ok: false, code: 'cancelled' });
    expect(await concentration).toEqual({ ok: true, value: 'concentration' });
    expect(ran).toEqual(['breakdown ["华东"]', 'concentration ["华北"]']);
  });

  test('queries for the same filters and options all run, one after another', async () => {
    const { wrapped, ran, step, turns } = harness();
    const answers = [wrapped.concentration(east), wrapped.breakdown(east, 'owner'), wrapped.stressTest(east, { top: 1 })];
    // One turn at a time: the next query waits for the one before to answer.
    await step();
    expect(turns).toHaveLength(1);
    await step();
    await step();
    expect((await Promise.all(answers)).map((answer) => answer.ok)).toEqual([true, true, true]);
    expect(ran).toEqual(['concentration ["华东"]', 'breakdown ["华东"]', 'stressTest ["华东"]']);
  });

  test('other options supersede too; going back to the first filters runs the newest query only', async () => {
    const { wrapped, ran, step } = harness();
    const first = wrapped.tiers(east);
    const second = wrapped.tiers(allTime);
    const third = wrapped.tiers(east);
    await step();
    await step();
    await step();
    expect((await Promise.all([first, second, third])).map((answer) => answer.ok)).toEqual([true, false, true]);
    // The first waited for its turn after all three were received: the newest is for its own filters, so it runs.
    expect(ran).toEqual(['tiers ["华东"]', 'tiers ["华东"]']);
  });

  test('methods that are not view queries are passed through untouched', () => {
    const { api, wrapped } = harness();
    expect(wrapped.open).toBe(api.open);
  });
});
