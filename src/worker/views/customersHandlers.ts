import {
  LIFECYCLE_STAGES,
  NO_CODE,
  NO_DAY,
  RFM_SEGMENTS,
  TIERS,
  UNCLASSIFIED,
  analyze,
  customerMask,
  customerMonthlyRevenue,
  formatDay,
  idOrder,
  idRank,
  purchaseIntervals,
  quarterEnds,
  radixOrder,
  shareBase,
  toCsv,
} from '../../core/index.ts';
import type { Analysis, Dataset, Dimension, LifecycleStage, MonthRevenue, RfmSegment, Tier, ViewRequest } from '../../core/index.ts';
import type { AnalysisSession } from '../analysisSession.ts';
import { analysisOf } from '../analysisOf.ts';
import { openDataset } from '../openDataset.ts';
import { replyFrom } from '../reply.ts';
import type { Reply } from '../reply.ts';
import type { Store } from '../store.ts';

/** Columns of the customer table, in the order the CSV writes them. */
export type CustomerColumn =
  | 'id'
  | 'name'
  | 'revenue'
  | 'share'
  | 'tier'
  | 'stage'
  | 'rfmSegment'
  | 'lastPurchase'
  | 'orders'
  | 'owner'
  | 'region'
  | 'segment';

const COLUMNS: readonly CustomerColumn[] = [
  'id', 'name', 'revenue', 'share', 'tier', 'stage', 'rfmSegment', 'lastPurchase', 'orders', 'owner', 'region', 'segment',
];

/** Which customers, in which order: the table's search box, filters and sorted column. */
export interface CustomersFilter {
  /** Part of the id or the name, any case; blank keeps everyone. */
  readonly search: string;
  readonly sort: { readonly key: CustomerColumn; readonly dir: 'asc' | 'desc' };
  readonly tier?: Tier;
  readonly stage?: LifecycleStage;
  readonly rfmSegment?: RfmSegment;
  /** Dimension values; `''` keeps the customers without one. */
  readonly segment?: string;
  readonly owner?: string;
  readonly region?: string;
}

/** A filter and the slice of its rows to answer. */
export interface CustomersQuery extends CustomersFilter {
  readonly offset: number;
  readonly limit: number;
}

/** One customer as the table shows it. */
export interface CustomerRow {
  readonly id: string;
  readonly name: string;
  readonly revenue: number;
  /** Share of the period's positive revenue; null for customers without revenue > 0. */
  readonly share: number | null;
  readonly tier: Tier;
  readonly stage: LifecycleStage | null;
  readonly rfmSegment: RfmSegment | null;
  /** YYYY-MM-DD of the last purchase ≤ T, null without one. */
  readonly lastPurchase: string | null;
  readonly orders: number;
  readonly owner: string | null;
  readonly region: string | null;
  readonly segment: string | null;
}

export interface CustomersPage {
  /** Customers the filter keeps. */
  readonly total: number;
  /** Rows offset … offset + limit − 1 of them (fewer at the end). */
  readonly rows: readonly CustomerRow[];
}

/** Header text and value labels of the CSV, in the user's language (the worker holds no text). */
export interface CustomersCsvLabels {
  readonly columns: Readonly<Record<CustomerColumn, string>>;
  readonly tiers: Readonly<Record<Tier, string>>;
  readonly stages: Readonly<Record<LifecycleStage, string>>;
  readonly segments: Readonly<Record<RfmSegment, string>>;
}

/** Tier and stage of the customer at one as-of date. */
export interface CustomerAtDate {
  readonly asOf: string;
  /** Null when the customer was not a customer yet (no row on or before that date). */
  readonly tier: Tier | null;
  readonly stage: LifecycleStage | null;
}

/** Everything the detail drawer shows of one customer. */
export interface CustomerDetail extends CustomerRow {
  readonly asOf: string;
  readonly industry: string | null;
  readonly channel: string | null;
  readonly firstPurchase: string | null;
  /** RFM scores (1–5) and recency in days; null for customers without a purchase. */
  readonly rfm: { readonly r: number; readonly f: number; readonly m: number; readonly recency: number } | null;
  /** Usual days between purchase days (Risk's definition); null when neither the customer nor the data set has one. */
  readonly usualInterval: number | null;
  /** True when the interval is the customer's own, false when it is the data set's. */
  readonly ownInterval: boolean;
  /** Net revenue of each of the last HISTORY_MONTHS months, oldest first. */
  readonly history: readonly MonthRevenue[];
  /** Tier and stage at each of the last QUARTERS quarter ends, oldest first. */
  readonly quarters: readonly CustomerAtDate[];
}

/** Values of the table's dimension filters, in code-unit order. */
export type CustomerFilterValues = Readonly<Record<'owner' | 'region' | 'segment', readonly string[]>>;

/** What the Customers view (`#/customers`) asks the analysis worker for. */
export interface CustomersApi {
  /** One page of the filtered, sorted customer list. */
  customersPage(request: ViewRequest, query: CustomersQuery): Promise<Reply<CustomersPage>>;
  /** The whole filtered list as CSV (formula-safe cells). */
  customersCsv(request: ViewRequest, filter: CustomersFilter, labels: CustomersCsvLabels): Promise<Reply<string>>;
  /** One customer's detail; null when no listed customer has this id. */
  customerDetail(request: ViewRequest, id: string): Promise<Reply<CustomerDetail | null>>;
  customerFilterValues(): Promise<Reply<CustomerFilterValues>>;
}

const HISTORY_MONTHS = 36;
const QUARTERS = 8;
/** Sorted lists kept per analysis: scrolling asks for many pages of one list, a new filter for another. */
const KEPT_LISTS = 4;

/**
 * Lookups that depend on the data set only, each made on first use and kept with the data set: the
 * code-unit rank of every id, of every name and of every dimension value (for sorts by those
 * columns), lower-case ids and names (for the search), and the index of each id (for the detail).
 * The list's default order (revenue, ties by id) needs none of them: at 10M rows they took seconds
 * before the first page.
 */
class TableIndex {
  #idRank: Int32Array | undefined;
  #nameRank: Float64Array | undefined;
  readonly #dimRank = new Map<Dimension, Int32Array>();
  #lowerIds: readonly string[] | undefined;
  #lowerNames: readonly string[] | undefined;
  #byId: ReadonlyMap<string, number> | undefined;
  readonly #customers: Dataset['customers'];

  constructor(customers: Dataset['customers']) {
    this.#customers = customers;
  }

  get idRank(): Int32Array {
    return (this.#idRank ??= idRank(this.#customers.ids));
  }

  /** Equal names share a rank; NaN for customers without a name (listed last). */
  get nameRank(): Float64Array {
    if (this.#nameRank === undefined) {
      const { names } = this.#customers;
      const named = ranks(names);
      this.#nameRank = Float64Array.from(names, (name, c) => (name === '' ? Number.NaN : named[c]));
    }
    return this.#nameRank;
  }

  dimRank(dimension: Dimension): Int32Array {
    let rank = this.#dimRank.get(dimension);
    if (rank === undefined) this.#dimRank.set(dimension, (rank = ranks(this.#customers.dims[dimension].values)));
    return rank;
  }

  get lowerIds(): readonly string[] {
    return (this.#lowerIds ??= this.#customers.ids.map((id) => id.toLowerCase()));
  }

  get lowerNames(): readonly string[] {
    return (this.#lowerNames ??= this.#customers.names.map((name) => name.toLowerCase()));
  }

  get byId(): ReadonlyMap<string, number> {
    return (this.#byId ??= new Map(this.#customers.ids.map((id, c) => [id, c])));
  }
}

const indexes = new WeakMap<Dataset, TableIndex>();
const lists = new WeakMap<Analysis, Map<string, Int32Array>>();
/** Tier and stage codes at the quarter ends of the last request a drawer opened under. */
const history = new WeakMap<Dataset, { key: string; quarters: { asOf: number; tiers: Uint8Array; stages: Uint8Array }[] }>();

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Ranks of `values` in code-unit order; equal values get the same rank. */
function ranks(values: readonly string[]): Int32Array {
  const order = Array.from(values.keys()).sort((i, j) => byCodeUnits(values[i], values[j]));
  const rank = new Int32Array(values.length);
  order.forEach((index, k) => (rank[index] = k > 0 && values[index] === values[order[k - 1]] ? rank[order[k - 1]] : k));
  return rank;
}

function tableIndex(dataset: Dataset): TableIndex {
  let index = indexes.get(dataset);
  if (index === undefined) indexes.set(dataset, (index = new TableIndex(dataset.customers)));
  return index;
}

/** A dimension filter as a code test: the value's code, NO_CODE for `''`, or −2 for a value nobody has. */
function dimensionCode(dataset: Dataset, dimension: Dimension, value: string): number {
  if (value === '') return NO_CODE;
  const code = dataset.customers.dims[dimension].values.indexOf(value);
  return code === -1 ? -2 : code;
}

/** Per listed customer, the value the sort compares; NaN (no value) sorts last in both directions. */
function sortValues(dataset: Dataset, analysis: Analysis, index: TableIndex, key: CustomerColumn): Float64Array {
  const n = dataset.customers.length;
  const values = new Float64Array(n);
  const valueOf = sortKey(dataset, analysis, index, key);
  for (let c = 0; c < n; c++) values[c] = valueOf(c);
  return values;
}

/** Customer c's value under `key`, its arrays and lookups taken once (the lookups are made on first use). */
function sortKey(dataset: Dataset, analysis: Analysis, index: TableIndex, key: CustomerColumn): (c: number) => number {
  const { revenue, lastPurchase, orders } = analysis.aggregates;
  const code = (codes: Uint8Array) => (c: number) => (codes[c] === UNCLASSIFIED ? Number.NaN : codes[c]);
  switch (key) {
    case 'id': {
      const rank = index.idRank;
      return (c) => rank[c];
    }
    case 'name': {
      const rank = index.nameRank;
      return (c) => rank[c];
    }
    case 'revenue': return (c) => revenue[c];
    // The share is revenue over one positive total: the same order as revenue, without a value at ≤ 0.
    case 'share': return (c) => (revenue[c] > 0 ? revenue[c] : Number.NaN);
    case 'tier': {
      const tiers = analysis.tiers.codes;
      return (c) => tiers[c];
    }
    case 'stage': return code(analysis.lifecycle.codes);
    case 'rfmSegment': return code(analysis.rfm.segments);
    case 'lastPurchase': return (c) => (lastPurchase[c] === NO_DAY ? Number.NaN : lastPurchase[c]);
    case 'orders': return (c) => orders[c];
    case 'owner':
    case 'region':
    case 'segment': {
      const { codes } = dataset.customers.dims[key];
      const rank = index.dimRank(key);
      return (c) => (codes[c] === NO_CODE ? Number.NaN : rank[codes[c]]);
    }
  }
}

/**
 * The customers the filter keeps, sorted: listed are the customers the analysis counts (customersTotal,
 * after the global filters); ties and missing values are ordered by id (code-unit order), so the order
 * is total and the same in both directions apart from the key. Kept per analysis and filter.
 */
function listOf(dataset: Dataset, analysis: Analysis, filter: CustomersFilter): Int32Array {
  let kept = lists.get(analysis);
  if (kept === undefined) lists.set(analysis, (kept = new Map()));
  const { search, sort, tier, stage, rfmSegment, segment, owner, region } = filter;
  const key = JSON.stringify([search.trim().toLowerCase(), sort.key, sort.dir, tier, stage, rfmSegment, segment, owner, region]);
  const hit = kept.get(key);
  if (hit !== undefined) {
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }

  const index = tableIndex(dataset);
  const { counted } = analysis.aggregates;
  const needle = search.trim().toLowerCase();
  const tierCode = tier === undefined ? -1 : TIERS.indexOf(tier);
  const stageCode = stage === undefined ? -1 : LIFECYCLE_STAGES.indexOf(stage);
  const segmentCode = rfmSegment === undefined ? -1 : RFM_SEGMENTS.indexOf(rfmSegment);
  const dimensionTests: (readonly [Int32Array, number])[] = [];
  for (const [dimension, value] of [['segment', segment], ['owner', owner], ['region', region]] as const) {
    if (value !== undefined) dimensionTests.push([dataset.customers.dims[dimension].codes, dimensionCode(dataset, dimension, value)]);
  }

  // Customers taken in id order, so a stable sort by the key leaves ties (and missing values) by id.
  const values = sortValues(dataset, analysis, index, sort.key);
  const sign = sort.dir === 'asc' ? 1 : -1;
  const inIdOrder = idOrder(dataset.customers.ids);
  const lower = needle === '' ? null : { ids: index.lowerIds, names: index.lowerNames };
  // Listed customers in id order: those with a value from the front, those without from the back.
  const picked = new Int32Array(inIdOrder.length);
  let valued = 0;
  let missing = 0;
  for (let i = 0; i < inIdOrder.length; i++) {
    const c = inIdOrder[i];
    if (counted[c] === 0) continue;
    if (tierCode !== -1 && analysis.tiers.codes[c] !== tierCode) continue;
    if (stageCode !== -1 && analysis.lifecycle.codes[c] !== stageCode) continue;
    if (segmentCode !== -1 && analysis.rfm.segments[c] !== segmentCode) continue;
    if (dimensionTests.some(([codes, wanted]) => codes[c] !== wanted)) continue;
    if (lower !== null && !lower.ids[c].includes(needle) && !lower.names[c].includes(needle)) continue;
    if (Number.isNaN(values[c])) picked[picked.length - 1 - missing++] = c;
    else picked[valued++] = c;
  }
  // Valued customers by sign · value (radixOrder: a stable (a, b) => a − b sort), then the missing ones in id order.
  const keys = new Float64Array(valued);
  for (let k = 0; k < valued; k++) keys[k] = sign * values[picked[k]];
  const order = radixOrder(keys);
  const list = new Int32Array(valued + missing);
  for (let r = 0; r < valued; r++) list[r] = picked[order[r]];
  for (let m = 0; m < missing; m++) list[valued + m] = picked[picked.length - 1 - m];
  kept.set(key, list);
  if (kept.size > KEPT_LISTS) kept.delete(kept.keys().next().value as string);
  return list;
}

function dimensionValue(dataset: Dataset, dimension: Dimension, c: number): string | null {
  const { codes, values } = dataset.customers.dims[dimension];
  return codes[c] === NO_CODE ? null : values[codes[c]];
}

function rowOf(dataset: Dataset, analysis: Analysis, total: number, c: number): CustomerRow {
  const { revenue, lastPurchase, orders } = analysis.aggregates;
  const stage = analysis.lifecycle.codes[c];
  const segment = analysis.rfm.segments[c];
  return {
    id: dataset.customers.ids[c],
    name: dataset.customers.names[c],
    revenue: revenue[c],
    share: revenue[c] > 0 ? revenue[c] / total : null,
    tier: TIERS[analysis.tiers.codes[c]],
    stage: stage === UNCLASSIFIED ? null : LIFECYCLE_STAGES[stage],
    rfmSegment: segment === UNCLASSIFIED ? null : RFM_SEGMENTS[segment],
    lastPurchase: lastPurchase[c] === NO_DAY ? null : formatDay(lastPurchase[c]),
    orders: orders[c],
    owner: dimensionValue(dataset, 'owner', c),
    region: dimensionValue(dataset, 'region', c),
    segment: dimensionValue(dataset, 'segment', c),
  };
}

/** Tier and stage codes of every customer at each of the last QUARTERS quarter ends, kept for the last request. */
function quarterCodes(dataset: Dataset, request: ViewRequest, asOf: number) {
  const key = JSON.stringify([request, asOf]);
  const known = history.get(dataset);
  if (known !== undefined && known.key === key) return known.quarters;
  const mask = customerMask(dataset.customers, request.filters);
  const quarters = quarterEnds(asOf, QUARTERS).map((end) => {
    const analysis = analyze(dataset, { ...request.options, asOf: end }, mask);
    return { asOf: end, tiers: analysis.tiers.codes, stages: analysis.lifecycle.codes };
  });
  history.set(dataset, { key, quarters });
  return quarters;
}

export function createCustomersHandlers(session: AnalysisSession, store: Store): CustomersApi {
  const current = async (request: ViewRequest) => {
    const open = await openDataset(session, store);
    return { dataset: open.dataset, analysis: analysisOf(open, request) };
  };
  const totalOf = (analysis: Analysis) => shareBase(analysis.rankedRevenues).total;

  return {
    customersPage(request, query) {
      return replyFrom(async () => {
        const { dataset, analysis } = await current(request);
        const list = listOf(dataset, analysis, query);
        const total = totalOf(analysis);
        const from = Math.max(0, Math.floor(query.offset));
        const to = Math.min(list.length, from + Math.max(0, Math.floor(query.limit)));
        const rows: CustomerRow[] = [];
        for (let k = from; k < to; k++) rows.push(rowOf(dataset, analysis, total, list[k]));
        return { total: list.length, rows };
      });
    },

    customersCsv(request, filter, labels) {
      return replyFrom(async () => {
        const { dataset, analysis } = await current(request);
        const total = totalOf(analysis);
        const lines: (string | number)[][] = [COLUMNS.map((column) => labels.columns[column])];
        for (const c of listOf(dataset, analysis, filter)) {
          const row = rowOf(dataset, analysis, total, c);
          lines.push(
            COLUMNS.map((column) => {
              if (column === 'tier') return labels.tiers[row.tier];
              if (column === 'stage') return row.stage === null ? '' : labels.stages[row.stage];
              if (column === 'rfmSegment') return row.rfmSegment === null ? '' : labels.segments[row.rfmSegment];
              return row[column] ?? '';
            }),
          );
        }
        return toCsv(lines);
      });
    },

    customerDetail(request, id) {
      return replyFrom(async () => {
        const { dataset, analysis } = await current(request);
        const c = tableIndex(dataset).byId.get(id);
        const asOf = analysis.asOf;
        if (c === undefined || asOf === null || analysis.aggregates.counted[c] === 0) return null;
        const { firstPurchase, lastPurchase } = analysis.aggregates;
        const { r, f, m } = analysis.rfm;
        const intervals = purchaseIntervals(dataset, asOf, customerMask(dataset.customers, request.filters));
        const interval = intervals.interval[c];
        const code = (codes: Uint8Array, names: readonly string[]) => (codes[c] === UNCLASSIFIED ? null : names[codes[c]]);
        return {
          ...rowOf(dataset, analysis, totalOf(analysis), c),
          asOf: formatDay(asOf),
          industry: dimensionValue(dataset, 'industry', c),
          channel: dimensionValue(dataset, 'channel', c),
          firstPurchase: firstPurchase[c] === NO_DAY ? null : formatDay(firstPurchase[c]),
          rfm: r[c] === 0 ? null : { r: r[c], f: f[c], m: m[c], recency: asOf - lastPurchase[c] },
          usualInterval: Number.isNaN(interval) ? null : interval,
          ownInterval: intervals.own[c] === 1,
          history: customerMonthlyRevenue(dataset, c, asOf, HISTORY_MONTHS),
          quarters: quarterCodes(dataset, request, asOf).map((quarter) => ({
            asOf: formatDay(quarter.asOf),
            tier: code(quarter.tiers, TIERS) as Tier | null,
            stage: code(quarter.stages, LIFECYCLE_STAGES) as LifecycleStage | null,
          })),
        };
      });
    },

    customerFilterValues() {
      return replyFrom(async () => {
        const { dims } = (await openDataset(session, store)).dataset.customers;
        const sorted = (dimension: Dimension) => [...dims[dimension].values].sort(byCodeUnits);
        return { owner: sorted('owner'), region: sorted('region'), segment: sorted('segment') };
      });
    },
  };
}
