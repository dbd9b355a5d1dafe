import { statusKey } from '../../state/index.ts';

export interface StatusChoice {
  /** The status as first written (in the preview, else in the list of revenue statuses). */
  readonly status: string;
  /** True when rows with this status count as revenue. */
  readonly counted: boolean;
}

/**
 * The statuses the mapping step offers as checkboxes: those seen in the preview (in order of
 * appearance), then the proposed revenue statuses and any the user added, each once however it
 * is spelled. Blank statuses never count as revenue and are not offered.
 */
export function statusChoices(seen: readonly string[], proposed: readonly string[], counted: readonly string[]): StatusChoice[] {
  const countedKeys = new Set(counted.map(statusKey));
  const byKey = new Map<string, StatusChoice>();
  for (const status of [...seen, ...proposed, ...counted]) {
    const key = statusKey(status);
    if (key === '' || byKey.has(key)) continue;
    byKey.set(key, { status: status.trim(), counted: countedKeys.has(key) });
  }
  return [...byKey.values()];
}
