import { DIMENSIONS, NO_CODE } from '../model/index.ts';
import type { CustomerTable, Filters } from '../model/index.ts';

/**
 * The customers the filters keep, as a mask for analyze() (1 = kept), or undefined when no
 * filter is set so the analysis takes its unmasked path. Values within one dimension are
 * alternatives (region East or West); dimensions combine (and owner Li). `''` keeps
 * customers whose value is unknown. A value no customer has keeps nobody in that dimension.
 */
export function customerMask(customers: CustomerTable, filters: Filters): Uint8Array | undefined {
  const active = DIMENSIONS.filter((dimension) => (filters[dimension]?.length ?? 0) > 0);
  if (active.length === 0) return undefined;
  const mask = new Uint8Array(customers.length).fill(1);
  for (const dimension of active) {
    const { codes, values } = customers.dims[dimension];
    const wanted = new Set(filters[dimension]);
    // Which codes pass, once per dimension, so the per-customer loop is a lookup.
    const passes = new Uint8Array(values.length + 1);
    values.forEach((value, code) => (passes[code + 1] = wanted.has(value) ? 1 : 0));
    passes[NO_CODE + 1] = wanted.has('') ? 1 : 0;
    for (let c = 0; c < mask.length; c++) if (passes[codes[c] + 1] === 0) mask[c] = 0;
  }
  return mask;
}
