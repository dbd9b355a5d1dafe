import { churnBySatisfaction, satisfaction } from '../../core/index.ts';
import type { ChurnBySatisfaction, Satisfaction, SatisfactionGrouping, ViewRequest } from '../../core/index.ts';
import type { AnalysisSession } from '../analysisSession.ts';
import { analysisOf } from '../analysisOf.ts';
import { openDataset } from '../openDataset.ts';
import { replyFrom } from '../reply.ts';
import type { Reply } from '../reply.ts';
import type { Store } from '../store.ts';

export interface SatisfactionResult {
  /** Survey results per group (tier, owner, region or stage) and over all analysed customers. */
  readonly groups: Satisfaction;
  /** Customers by satisfaction band, with those now at risk, dormant or lost (all, and tier A). */
  readonly churn: ChurnBySatisfaction;
}

/** What the Risk view's satisfaction section asks the analysis worker for. */
export interface SatisfactionApi {
  /** NPS / CSAT by group and churn by satisfaction band; null when the open data set has no survey answers. */
  satisfaction(request: ViewRequest, by: SatisfactionGrouping): Promise<Reply<SatisfactionResult | null>>;
}

export function createSatisfactionHandlers(session: AnalysisSession, store: Store): SatisfactionApi {
  return {
    satisfaction: (request, by) =>
      replyFrom(async () => {
        const open = await openDataset(session, store);
        const { dataset } = open;
        if (dataset.surveys === undefined) return null;
        const analysis = analysisOf(open, request);
        const groups = satisfaction(dataset, analysis, { by });
        const churn = churnBySatisfaction(dataset, analysis);
        return groups === null || churn === null ? null : { groups, churn };
      }),
  };
}
