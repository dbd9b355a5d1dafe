import type { SurveyColumns } from '../model/index.ts';

/**
 * Per customer (indexed like the customer table): the score of the latest answer on a day ≤ `asOf`
 * (same day: the later row), NaN for a customer with none. Only customers whose `include` entry is 1.
 */
export function latestSurveyScores(surveys: SurveyColumns, customerCount: number, asOf: number, include: Uint8Array): Float64Array {
  const scores = new Float64Array(customerCount).fill(Number.NaN);
  const days = new Int32Array(customerCount);
  const { customer, day, score } = surveys;
  for (let s = 0; s < surveys.length; s++) {
    const c = customer[s];
    if (include[c] !== 1 || day[s] > asOf) continue;
    if (Number.isNaN(scores[c]) || day[s] >= days[c]) {
      scores[c] = score[s];
      days[c] = day[s];
    }
  }
  return scores;
}
