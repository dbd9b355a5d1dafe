import { parseAmount } from '../cells/index.ts';
import { cellAt } from './cellAt.ts';
import { readCustomerDay } from './readCustomerDay.ts';
import type { RowContext, RowHandler } from './rowContext.ts';

/** Scores are NPS (0–10) or CSAT (1–5): anything outside 0–10 is not a score. */
const MIN_SCORE = 0;
const MAX_SCORE = 10;

/**
 * Rows of a survey file, checked customer, date, score: `missingCustomer`, `missingDate`,
 * `badDate` / `dateOrderConflict`, `missingScore`, `badScore` (unreadable or outside 0–10).
 */
export class SurveyRows implements RowHandler {
  readonly #context: RowContext;

  constructor(context: RowContext) {
    this.#context = context;
  }

  handle(record: readonly string[], row: number): void {
    const { file, headers, mapping: m, builder, tally } = this.#context;

    const read = readCustomerDay(this.#context, record, row);
    if (read === null) return;
    const { customer, day } = read;

    const scoreText = cellAt(record, m.score);
    const scoreColumn = headers[m.score ?? -1];
    if (scoreText === '') return tally.reject({ code: 'missingScore', file, row, column: scoreColumn, value: '' });
    const score = parseAmount(scoreText);
    if (score === null || score < MIN_SCORE || score > MAX_SCORE) {
      return tally.reject({ code: 'badScore', file, row, column: scoreColumn, value: scoreText });
    }

    builder.addSurvey(customer, day, score);
    tally.accept();
  }
}
