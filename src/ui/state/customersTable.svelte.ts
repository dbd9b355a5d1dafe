import type { ViewRequest } from '../../core/index.ts';
import type {
  CustomerDetail,
  CustomerFilterValues,
  CustomerRow,
  CustomersCsvLabels,
  CustomersFilter,
  CustomersPage,
  CustomersQuery,
  Reply,
} from '../../worker/index.ts';
import type { AppFailure } from './appState.svelte.ts';

/** What the table needs of the analysis worker (the Comlink client in the app, a stand-in in tests). */
export interface CustomersClient {
  customersPage(request: ViewRequest, query: CustomersQuery): Promise<Reply<CustomersPage>>;
  customersCsv(request: ViewRequest, filter: CustomersFilter, labels: CustomersCsvLabels): Promise<Reply<string>>;
  customerDetail(request: ViewRequest, id: string): Promise<Reply<CustomerDetail | null>>;
  customerFilterValues(): Promise<Reply<CustomerFilterValues>>;
}

/** Rows asked for at once: a screenful and a half, so scrolling asks rarely. */
export const PAGE_SIZE = 100;

export const DEFAULT_FILTER: CustomersFilter = { search: '', sort: { key: 'revenue', dir: 'desc' } };

/**
 * The Customers view's list: the worker holds the rows; this asks for the pages the table shows and
 * keeps them until the request (global filters, data set) or the table's filter changes. Answers to an
 * older request or filter are dropped.
 */
export class CustomersTable {
  filter: CustomersFilter = $state.raw(DEFAULT_FILTER);
  /** Customers the filter keeps; null until the first page answered. */
  total: number | null = $state(null);
  failure: AppFailure | null = $state.raw(null);
  detail: CustomerDetail | null = $state.raw(null);
  /** Id of the customer whose detail is open (shown while it loads). */
  detailId: string | null = $state(null);
  filterValues: CustomerFilterValues | null = $state.raw(null);
  /** Bumped when a page arrives, so readers of `row()` update. */
  #version = $state(0);
  #pages = new Map<number, readonly CustomerRow[]>();
  #pending = new Set<number>();
  #generation = 0;
  #request: ViewRequest | null = null;
  readonly #client: () => CustomersClient;

  constructor(client: () => CustomersClient) {
    this.#client = client;
  }

  /** Starts over for a new request (global filters, thresholds, data set). */
  load(request: ViewRequest): void {
    // A plain copy: reactive proxies cannot cross to the worker.
    this.#request = $state.snapshot(request) as ViewRequest;
    this.#restart();
    void this.#client()
      .customerFilterValues()
      .then((reply) => {
        if (reply.ok) this.filterValues = reply.value;
      });
  }

  /** Changes the search, a filter or the sort; the list starts again from its first row. */
  setFilter(change: Partial<CustomersFilter>): void {
    this.filter = { ...this.filter, ...change };
    this.#restart();
  }

  /** Sorting by a column again reverses it; a new column starts descending for numbers, ascending for text. */
  sortBy(key: CustomersFilter['sort']['key'], numeric: boolean): void {
    const { sort } = this.filter;
    const dir = sort.key === key ? (sort.dir === 'asc' ? 'desc' : 'asc') : numeric ? 'desc' : 'asc';
    this.setFilter({ sort: { key, dir } });
  }

  /** Row `index` of the list, undefined until its page is loaded. */
  row(index: number): CustomerRow | undefined {
    void this.#version;
    return this.#pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  }

  /** Asks for the pages that hold rows start … end − 1. */
  need(start: number, end: number): void {
    for (let page = Math.floor(start / PAGE_SIZE); page * PAGE_SIZE < end; page++) void this.#fetch(page);
  }

  async openDetail(id: string): Promise<void> {
    if (this.#request === null) return;
    this.detailId = id;
    this.detail = null;
    const reply = await this.#client().customerDetail(this.#request, id);
    if (this.detailId !== id) return;
    if (reply.ok) this.detail = reply.value;
    else if (reply.code !== 'cancelled') this.failure = reply;
  }

  closeDetail(): void {
    this.detailId = null;
    this.detail = null;
  }

  /** The filtered list as CSV text, or null when it cannot be had. */
  async csv(labels: CustomersCsvLabels): Promise<string | null> {
    if (this.#request === null) return null;
    const reply = await this.#client().customersCsv(this.#request, $state.snapshot(this.filter) as CustomersFilter, labels);
    if (reply.ok) return reply.value;
    if (reply.code !== 'cancelled') this.failure = reply;
    return null;
  }

  #restart(): void {
    this.#generation++;
    this.#pages = new Map();
    this.#pending = new Set();
    this.total = null;
    this.#version++;
    void this.#fetch(0);
  }

  async #fetch(page: number): Promise<void> {
    const request = this.#request;
    if (request === null || this.#pages.has(page) || this.#pending.has(page)) return;
    if (this.total !== null && page * PAGE_SIZE >= this.total) return;
    const generation = this.#generation;
    this.#pending.add(page);
    const query: CustomersQuery = { ...($state.snapshot(this.filter) as CustomersFilter), offset: page * PAGE_SIZE, limit: PAGE_SIZE };
    const reply = await this.#client().customersPage(request, query);
    if (generation !== this.#generation) return;
    this.#pending.delete(page);
    if (!reply.ok) {
      if (reply.code !== 'cancelled') this.failure = reply;
      return;
    }
    this.failure = null;
    this.#pages.set(page, reply.value.rows);
    this.total = reply.value.total;
    this.#version++;
  }
}
