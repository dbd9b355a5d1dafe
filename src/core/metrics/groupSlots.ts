import { NO_CODE } from '../model/index.ts';
import type { CodedColumn } from '../model/index.ts';

/** Customers grouped by their value of a dimension: slot 0 holds NO_CODE, slot code + 1 the value `values[code]`. */
export interface GroupSlots {
  /** Per customer: its slot, −1 for a customer the mask leaves out. */
  readonly slots: Int32Array;
  /** Per slot: the customers kept in it. */
  readonly sizes: Int32Array;
}

export function groupSlots({ codes, values }: CodedColumn, customerMask?: Uint8Array): GroupSlots {
  const slots = new Int32Array(codes.length);
  const sizes = new Int32Array(values.length + 1);
  for (let c = 0; c < codes.length; c++) {
    const slot = customerMask !== undefined && customerMask[c] === 0 ? -1 : codes[c] === NO_CODE ? 0 : codes[c] + 1;
    slots[c] = slot;
    if (slot !== -1) sizes[slot]++;
  }
  return { slots, sizes };
}

/** The value of a slot: null for slot 0 (customers without one). */
export const slotValue = (values: readonly string[], slot: number): string | null => (slot === 0 ? null : values[slot - 1]);

/** Order of groups: revenue descending, then value in code-unit order, null last. */
export function compareGroups(x: GroupOrder, y: GroupOrder): number {
  return y.revenue - x.revenue || compareValues(x.value, y.value);
}

interface GroupOrder {
  readonly value: string | null;
  readonly revenue: number;
}

function compareValues(x: string | null, y: string | null): number {
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x < y ? -1 : 1;
}
