/** Names engines give a storage-full failure (the second is Firefox's legacy one). */
const QUOTA_NAMES: ReadonlySet<string> = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * True when `error` is, or wraps, a storage quota failure. Dexie wraps the IDB error of an
 * aborted transaction (AbortError, DatabaseClosedError... with `inner`), bulk operations
 * report per-item `failures`, and other code may use the standard `cause`: all are followed.
 */
export function isQuotaError(error: unknown): boolean {
  const seen = new Set<object>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    const { name, inner, cause, failures } = current as Record<string, unknown>;
    if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true;
    pending.push(inner, cause);
    if (Array.isArray(failures)) pending.push(...failures);
  }
  return false;
}
