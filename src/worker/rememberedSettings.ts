import { FIELDS } from '../import/index.ts';
import type { ColumnMapping, DateOrder, Field, FileKind, ImportSettings } from '../import/index.ts';

/** What is remembered of a confirmed mapping, per header signature (stored format, version 1). */
export interface RememberedSettingsV1 {
  readonly version: 1;
  readonly mapping: ColumnMapping;
  readonly kind: FileKind;
  readonly dateOrder: DateOrder;
  readonly dateSerial: boolean;
  readonly revenueStatuses: readonly string[];
}

/** The part of settings that belongs to the export's layout; encoding, delimiter and header row come from each file. */
export type RememberedPart = Pick<ImportSettings, 'mapping' | 'kind' | 'dateOrder' | 'dateSerial' | 'revenueStatuses'>;

const KINDS: readonly unknown[] = ['transactions', 'customers', 'survey'];
const ORDERS: readonly unknown[] = ['mdy', 'dmy'];

/** The payload remembered for confirmed settings. */
export function rememberSettings(settings: ImportSettings): RememberedSettingsV1 {
  const { mapping, kind, dateOrder, dateSerial = false, revenueStatuses } = settings;
  return { version: 1, mapping: { ...mapping }, kind, dateOrder, dateSerial, revenueStatuses: [...revenueStatuses] };
}

/**
 * Reads a remembered payload back (it may come from another app version or be damaged):
 * null unless it is a version-1 payload whose columns all exist among `headers`. Only
 * canonical field names are read, so a stored key such as `__proto__` is ignored.
 */
export function recallSettings(value: unknown, headers: readonly string[]): RememberedPart | null {
  if (typeof value !== 'object' || value === null) return null;
  const { version, mapping, kind, dateOrder, dateSerial, revenueStatuses } = value as Record<string, unknown>;
  if (version !== 1 || !KINDS.includes(kind) || !ORDERS.includes(dateOrder)) return null;
  if (!Array.isArray(revenueStatuses) || !revenueStatuses.every((status) => typeof status === 'string')) return null;
  if (typeof mapping !== 'object' || mapping === null) return null;
  const columns: Partial<Record<Field, number>> = {};
  for (const field of FIELDS) {
    if (!Object.hasOwn(mapping, field)) continue;
    const column: unknown = (mapping as Record<string, unknown>)[field];
    if (!Number.isInteger(column) || (column as number) < 0 || (column as number) >= headers.length) return null;
    columns[field] = column as number;
  }
  return {
    mapping: columns,
    kind: kind as FileKind,
    dateOrder: dateOrder as DateOrder,
    dateSerial: dateSerial === true,
    revenueStatuses: revenueStatuses as string[],
  };
}
