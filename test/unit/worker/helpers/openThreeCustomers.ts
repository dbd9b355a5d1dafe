import type { OpenDataset } from '../../../../src/worker/analysisSession.ts';
import { buildDataset } from '../../core/helpers/buildDataset.ts';

/** An open data set of three customers: A (East, 100 on 2024-06-01), B (West, 50 on 2024-06-02), C (East, 10 on 2023-01-01). */
export function openThreeCustomers(): OpenDataset {
  const dataset = buildDataset(
    [
      { customer: 'A', date: '2024-06-01', amount: 100 },
      { customer: 'B', date: '2024-06-02', amount: 50 },
      { customer: 'C', date: '2023-01-01', amount: 10 },
    ],
    [{ id: 'A', region: 'East' }, { id: 'B', region: 'West' }, { id: 'C', region: 'East' }],
  );
  return { id: 'd1', dataset, rows: { total: 3, accepted: 3, excluded: 0, rejected: 0, skipped: 0 }, reports: [] };
}
