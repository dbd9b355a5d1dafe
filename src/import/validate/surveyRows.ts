import { parseAmount } from '../cells/index.ts';
import { cellAt } from './cellAt.ts';
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
    const { file, headers, mapping: m, dates, builder, tally } = this.#context;

    const customer = cellAt(record, m.customer_id);
    if (customer === '') return tally.reject({ code: 'missingCustomer', file, row, column: headers[m.customer_id ?? -1], value: '' });

    const dateText = cellAt(record, m.date);
    const column = headers[m.date ?? -1];
    if (dateText === '') return tally.reject({ code: 'missingDate', file, row, column, value: '' });
    const day = dates.read(dateText);
    if (day === 'dateOrderConflict') return tally.reject({ code: 'dateOrderConflict', file, row, column, value: dateText });
    if (day === 'badDate') return tally.reject({ code: 'badDate', file, row, column, value: dateText });

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
