import { describe, expect, test } from 'vitest';
import { LIFECYCLE_STAGES, STAGE_ORIGINS, stageFlow, UNCLASSIFIED } from '../../../../src/core/index.ts';

const U = UNCLASSIFIED;
// Stage codes: 0 new, 1 reactivated, 2 active, 3 atRisk, 4 dormant, 5 lost.

describe('stageFlow(previousStages, currentStages)', () => {
  test('counts customers per (previous stage or none, current stage); customers in no stage now are left out', () => {
    // 0: new → active, 1: active → atRisk, 2: atRisk → dormant, 3: none → new,
    // 4: lost → reactivated, 5: none → none (left out), 6: dormant → dormant
    const previous = Uint8Array.from([0, 2, 3, U, 5, U, 4]);
    const current = Uint8Array.from([2, 3, 4, 0, 1, U, 4]);
    const { counts } = stageFlow(previous, current);
    expect(STAGE_ORIGINS).toEqual([...LIFECYCLE_STAGES, 'none']);
    const expected = STAGE_ORIGINS.map(() => LIFECYCLE_STAGES.map(() => 0));
    expected[0][2] = 1;
    expected[2][3] = 1;
    expected[3][4] = 1;
    expected[6][0] = 1;
    expected[5][1] = 1;
    expected[4][4] = 1;
    expect(counts).toEqual(expected);
  });

  test('a stage code out of range is a bug', () => {
    expect(() => stageFlow(Uint8Array.from([9]), Uint8Array.from([0]))).toThrow(RangeError);
  });
});
