import { describe, expect, test } from 'vitest';
import { findings } from '../../../../../src/ui/views/Overview/findings.ts';
import { summaryOf } from './summaryOf.ts';

const keys = (list: ReturnType<typeof findings>) => list.map((f) => f.key);

describe('findings(summary, thresholds)', () => {
  test('no paying customer: says so and nothing else', () => {
    expect(keys(findings(summaryOf(0)))).toEqual(['finding.none']);
  });

  test('one paying customer: a single warning', () => {
    const list = findings(summaryOf(1, { top1Share: 1, top5Share: 1, paretoCustomerShare80: 1 }));
    expect(keys(list)).toEqual(['finding.single']);
    expect(list[0].warning).toBe(true);
  });

  test('top 5 above the 50 % line warns, with share and line as params', () => {
    const list = findings(summaryOf(40, { top1Share: 0.08, top5Share: 0.54, paretoCustomerShare80: 0.2 }));
    expect(keys(list)).toEqual(['finding.top5.above', 'finding.pareto']);
    expect(list[0]).toEqual({
      key: 'finding.top5.above',
      params: { share: { kind: 'share', value: 0.54 }, line: { kind: 'share', value: 0.5 } },
      warning: true,
    });
  });

  test('top 5 exactly on the line is not above it (the warning is for "> 50 %")', () => {
    const list = findings(summaryOf(40, { top1Share: 0.05, top5Share: 0.5, paretoCustomerShare80: 0.3 }));
    expect(list[0].key).toBe('finding.top5.below');
    expect(list[0].warning).toBe(false);
  });

  test('a customer at exactly 10 % is a major customer (">= 10 %")', () => {
    const list = findings(summaryOf(40, { top1Share: 0.1, top5Share: 0.3, paretoCustomerShare80: 0.5 }));
    expect(keys(list)).toEqual(['finding.top5.below', 'finding.major', 'finding.pareto']);
  });

  test('five customers or fewer: counts them instead of a trivial top-5 share', () => {
    const list = findings(summaryOf(5, { top1Share: 0.6, top5Share: 1, paretoCustomerShare80: 0.4 }));
    expect(keys(list)).toEqual(['finding.few', 'finding.major', 'finding.pareto']);
    expect(list[0].params).toEqual({ count: { kind: 'count', value: 5 } });
  });

  test('thresholds are settings', () => {
    const summary = summaryOf(40, { top1Share: 0.12, top5Share: 0.54, paretoCustomerShare80: 0.2 });
    const list = findings(summary, { majorCustomerShare: 0.15, top5DependencyShare: 0.6 });
    expect(keys(list)).toEqual(['finding.top5.below', 'finding.pareto']);
  });
});
