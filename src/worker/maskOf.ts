import { customerMask } from '../core/index.ts';
import type { Dataset, Filters } from '../core/index.ts';
import type { OpenDataset } from './analysisSession.ts';

const kept = new WeakMap<Dataset, { readonly key: string; readonly mask: Uint8Array }>();

/**
 * customerMask() of the open data set under `filters`, remembered for the last filters that set a
 * mask: the analysis and a view's own metrics of one request each ask for it, and each call is a pass
 * over the customers. No filter (undefined, at no cost) leaves the last mask in place, so that
 * opening a view unfiltered and filtering it again does not make the same mask twice.
 * Callers only read the mask.
 */
export function maskOf(open: Pick<OpenDataset, 'dataset'>, filters: Filters): Uint8Array | undefined {
  const key = JSON.stringify(filters);
  const known = kept.get(open.dataset);
  if (known !== undefined && known.key === key) return known.mask;
  const mask = customerMask(open.dataset.customers, filters);
  if (mask !== undefined) kept.set(open.dataset, { key, mask });
  return mask;
}
