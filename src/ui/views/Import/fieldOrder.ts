import type { Field } from '../../../worker/index.ts';

/**
 * The canonical fields in the order the mapping step lists them: the three a transaction file
 * needs first, then the optional ones. `satisfies` plus the check below make a field added to
 * the import's FIELDS fail to compile until it is listed here.
 */
export const FIELD_ORDER = [
  'customer_id', 'date', 'amount',
  'customer_name', 'order_id', 'status', 'refunded',
  'region', 'industry', 'segment', 'channel', 'owner',
  'product', 'category', 'quantity', 'score',
] as const satisfies readonly Field[];

type Unlisted = Exclude<Field, (typeof FIELD_ORDER)[number]>;
// Compiles only while every field is listed.
const everyField: Unlisted extends never ? true : never = true;
void everyField;
