import { describe, expect, test } from 'vitest';
import { statusChoices } from '../../../../../src/ui/views/Import/statusChoices.ts';

describe('statusChoices(seen, proposed, counted)', () => {
  test('preview statuses first, then the defaults, each once however spelled; blanks left out', () => {
    const choices = statusChoices(['Paid', 'Cancelled', 'paid', '', ' Refunded '], ['Paid', 'Won', 'closed won'], ['PAID', 'Won']);
    expect(choices).toEqual([
      { status: 'Paid', counted: true },
      { status: 'Cancelled', counted: false },
      { status: 'Refunded', counted: false },
      { status: 'Won', counted: true },
      { status: 'closed won', counted: false },
    ]);
  });

  test('a status the user counted that is neither seen nor a default still shows', () => {
    expect(statusChoices([], ['Paid'], ['Paid', 'Shipped'])).toEqual([
      { status: 'Paid', counted: true },
      { status: 'Shipped', counted: true },
    ]);
  });
});
