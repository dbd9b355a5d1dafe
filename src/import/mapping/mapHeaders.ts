import type { Issue } from '../../core/model/index.ts';
import { FIELDS, type ColumnMapping, type DateOrder, type Field, type FileKind } from '../types.ts';
import { fileKind } from './fileKind.ts';
import { matchPreset } from './matchPreset.ts';
import { normalizeHeader } from './normalizeHeader.ts';
import { normalizeStatus } from './normalizeStatus.ts';
import { DEFAULT_REVENUE_STATUSES } from './revenueStatus.ts';
import { SYNONYM_INDEX } from './synonymIndex.ts';

export interface HeaderMapping {
  readonly mapping: ColumnMapping;
  /** Id of the recognised export preset, or null. */
  readonly preset: string | null;
  readonly kind: FileKind;
  /** DEFAULT_REVENUE_STATUSES plus the preset's. */
  readonly revenueStatuses: readonly string[];
  /** The preset's default order for ambiguous dates, or null. */
  readonly dateOrder: DateOrder | null;
  /** Why the file cannot be imported as mapped, or null. */
  readonly problem: Issue | null;
}

/** Headers named in a `missingRequiredColumns` problem, a few per field. */
const EXAMPLES: Readonly<Partial<Record<Field, readonly string[]>>> = {
  customer_id: ['Customer ID', 'Customer Name', 'Account Name', '客户编号', '客户名称'],
  date: ['Order Date', 'Invoice Date', 'Date', '下单日期', '日期'],
  amount: ['Amount', 'Sales', 'Total', '金额', '订单金额'],
  score: ['NPS', 'CSAT', 'Score', '评分', '满意度'],
};

/**
 * Which column fills which field. In order of precedence:
 * 1. overrides (`--map field=Header`, the header compared normalized); an empty header leaves the
 *    field unmapped, a header not in the file is the problem `mapHeaderNotFound`;
 * 2. the preset whose signature matches (matchPreset), its headers in its order of preference;
 * 3. synonyms: per field the column whose header is the most specific synonym (earliest in
 *    SYNONYMS), ties to the leftmost column.
 * A column fills at most one field; the one exception is the customer key: without a
 * customer_id column the customer_name column is the key too (presets may say so directly).
 * A duplicate header means its first column.
 */
export function mapHeaders(headers: readonly string[], overrides?: ReadonlyMap<Field, string>): HeaderMapping {
  const normalized = headers.map(normalizeHeader);
  const mapping: Partial<Record<Field, number>> = {};
  const used = new Set<number>();
  let problem: Issue | null = null;

  const assign = (field: Field, column: number) => {
    mapping[field] = column;
    used.add(column);
  };
  const decided = new Set<Field>();

  for (const [field, header] of overrides ?? []) {
    decided.add(field);
    const key = normalizeHeader(header);
    if (key === '') continue;
    const column = normalized.indexOf(key);
    if (column >= 0) assign(field, column);
    else problem ??= { code: 'mapHeaderNotFound', column: header, params: { field, headers: headers.join(', ') } };
  }

  const preset = matchPreset(normalized);
  if (preset !== null) {
    for (const field of FIELDS) {
      const candidates = preset.mapping[field];
      if (decided.has(field) || candidates === undefined) continue;
      const column = candidates
        .map((header) => normalized.indexOf(normalizeHeader(header)))
        .find((c) => c >= 0 && (!used.has(c) || sharesKey(mapping, field, c)));
      if (column !== undefined) {
        assign(field, column);
        decided.add(field);
      }
    }
  }

  const best = new Map<Field, { column: number; rank: number }>();
  normalized.forEach((key, column) => {
    const match = SYNONYM_INDEX.get(key);
    if (match === undefined || used.has(column) || decided.has(match.field)) return;
    const current = best.get(match.field);
    if (current === undefined || match.rank < current.rank) best.set(match.field, { column, rank: match.rank });
  });
  for (const [field, { column }] of best) assign(field, column);

  if (mapping.customer_id === undefined && mapping.customer_name !== undefined && !decided.has('customer_id')) {
    mapping.customer_id = mapping.customer_name;
  }

  const { kind, missing } = fileKind(mapping);
  if (problem === null && missing.length > 0) {
    problem = {
      code: 'missingRequiredColumns',
      params: {
        missing: missing.join(', '),
        headers: headers.join(', '),
        expected: missing.flatMap((field) => EXAMPLES[field] ?? []).join(', '),
      },
    };
  }

  const revenueStatuses = [...DEFAULT_REVENUE_STATUSES];
  const seen = new Set(revenueStatuses.map(normalizeStatus));
  for (const status of preset?.revenueStatuses ?? []) {
    if (!seen.has(normalizeStatus(status))) revenueStatuses.push(status);
    seen.add(normalizeStatus(status));
  }

  return { mapping, preset: preset?.id ?? null, kind, revenueStatuses, dateOrder: preset?.dateOrder ?? null, problem };
}

/** customer_id and customer_name may share one column: a file keyed by the customer's name. */
function sharesKey(mapping: ColumnMapping, field: Field, column: number): boolean {
  const other = field === 'customer_id' ? mapping.customer_name : field === 'customer_name' ? mapping.customer_id : undefined;
  return other === column && Object.values(mapping).filter((c) => c === column).length === 1;
}
