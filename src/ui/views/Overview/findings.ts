import { DEFAULT_OPTIONS } from '../../../core/index.ts';
import type { AnalysisOptions, Summary } from '../../../core/index.ts';

/** A value inside a finding, formatted by the view for the locale. */
export type FindingParam = { readonly kind: 'share' | 'count'; readonly value: number };

export interface Finding {
  readonly key: 'finding.top5.above' | 'finding.top5.below' | 'finding.major' | 'finding.pareto' | 'finding.few' | 'finding.single' | 'finding.none';
  readonly params: Readonly<Record<string, FindingParam>>;
  /** True when the finding crosses a threshold worth acting on. */
  readonly warning: boolean;
}

type Thresholds = Pick<AnalysisOptions, 'majorCustomerShare' | 'top5DependencyShare'>;

/**
 * The plain-language findings of the Overview, most important first: top-5 dependency (or
 * how few customers there are), a major customer, and the Pareto share.
 */
export function findings(summary: Summary, thresholds: Thresholds = DEFAULT_OPTIONS): Finding[] {
  const { majorCustomerShare, top5DependencyShare } = thresholds;
  const { customersWithRevenue: n, concentration: c } = summary;
  const share = (value: number): FindingParam => ({ kind: 'share', value });
  if (n === 0) return [{ key: 'finding.none', params: {}, warning: false }];
  if (n === 1) return [{ key: 'finding.single', params: {}, warning: true }];

  const result: Finding[] = [];
  // With five customers or fewer the top 5 hold everything: say how few there are instead.
  if (n <= 5) result.push({ key: 'finding.few', params: { count: { kind: 'count', value: n } }, warning: true });
  else if (c.top5Share !== null) {
    const above = c.top5Share > top5DependencyShare;
    result.push({
      key: above ? 'finding.top5.above' : 'finding.top5.below',
      params: { share: share(c.top5Share), line: share(top5DependencyShare) },
      warning: above,
    });
  }
  if (c.top1Share !== null && c.top1Share >= majorCustomerShare) {
    result.push({ key: 'finding.major', params: { share: share(c.top1Share), line: share(majorCustomerShare) }, warning: true });
  }
  if (c.paretoCustomerShare80 !== null) {
    result.push({ key: 'finding.pareto', params: { share: share(c.paretoCustomerShare80) }, warning: false });
  }
  return result;
}
