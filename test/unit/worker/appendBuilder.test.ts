import { describe, expect, it } from 'vitest';
import { packTexts } from '../../../src/db/index.ts';
import { AppendBuilder } from '../../../src/worker/appendBuilder.ts';
import { buildDataset } from '../core/helpers/buildDataset.ts';

describe('AppendBuilder', () => {
  it('keeps the stored survey answers and appends the new file\'s after them', () => {
    const stored = buildDataset([
      { customer: 'a', date: '2024-01-01', amount: 10 },
      { customer: 'b', date: '2024-01-02', amount: 20 },
    ]);
    // Stored: b answered 9 on day 19 800 (codes: a 0, b 1).
    const builder = new AppendBuilder({
      ...stored,
      orderIds: packTexts([]),
      surveys: { length: 1, customer: Int32Array.from([1]), day: Int32Array.from([19_800]), score: Float64Array.from([9]) },
    });
    builder.addSurvey('a', 19_900, 4);
    const { surveys, customers } = builder.build();
    expect(customers.ids).toEqual(['a', 'b']);
    expect(surveys?.length).toBe(2);
    expect(Array.from(surveys!.customer)).toEqual([1, 0]);
    expect(Array.from(surveys!.day)).toEqual([19_800, 19_900]);
    expect(Array.from(surveys!.score)).toEqual([9, 4]);
  });

  it('builds no surveys from a stored set without any', () => {
    const builder = new AppendBuilder({ ...buildDataset([{ customer: 'a', date: '2024-01-01', amount: 10 }]), orderIds: packTexts([]) });
    expect(builder.build().surveys).toBeUndefined();
  });
});
