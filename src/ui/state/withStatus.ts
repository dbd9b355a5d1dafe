import { statusKey } from './statusKey.ts';

/**
 * The revenue statuses with `status` counted (added once) or not (every spelling of it
 * removed), compared as the import compares statuses.
 */
export function withStatus(statuses: readonly string[], status: string, counted: boolean): readonly string[] {
  const key = statusKey(status);
  const others = statuses.filter((s) => statusKey(s) !== key);
  return counted ? [...others, status] : others;
}
