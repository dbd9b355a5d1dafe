import type { WorkerClients } from '../../../../src/ui/worker-client.ts';
import type {
  DatasetInfo,
  Encoding,
  FieldSample,
  ImportOutcome,
  ImportProgress,
  ImportSettings,
  ImportTarget,
  OpenedDataset,
  PendingFile,
  Reply,
  RowCounts,
} from '../../../../src/worker/index.ts';

export const ROWS: RowCounts = { total: 3, accepted: 3, excluded: 0, rejected: 0, skipped: 0 };

export function opened(datasetId: string): OpenedDataset {
  return { datasetId, rows: ROWS, reports: [] };
}

export function info(id: string, name = id): DatasetInfo {
  return { id, name, created: 0, updated: 0, files: [], rows: ROWS, rowCount: 3, customerCount: 2, currency: null };
}

export function outcome(datasetId: string): ImportOutcome {
  return { datasetId, rows: ROWS, reports: [], duplicatesSkipped: 0 };
}

/** A pending file with customer/date/amount in columns 0–2 (or what `mapping` says). */
export function pending(index: number, file = `f${index}.csv`, mapping: ImportSettings['mapping'] = { customer_id: 0, date: 1, amount: 2 }): PendingFile {
  const proposed: ImportSettings = {
    encoding: 'utf-8',
    delimiter: ',',
    headerRow: 1,
    mapping,
    kind: 'transactions',
    dateOrder: 'mdy',
    revenueStatuses: ['Paid'],
  };
  return {
    index,
    inspection: {
      file,
      size: 10,
      encoding: 'utf-8',
      encodingCertain: false,
      delimiter: ',',
      headerRow: 1,
      headers: ['A', 'B', 'C'],
      skipped: [],
      preview: [['x', '2024-01-01', '1']],
      mapping,
      preset: null,
      kind: 'transactions',
      dateOrder: null,
      revenueStatuses: ['Paid'],
      problem: null,
    },
    proposed,
    remembered: false,
    currency: index === 1 ? 'CNY' : null,
  };
}

interface Call<A, T> {
  readonly args: A;
  resolve(reply: Reply<T>): void;
}

/**
 * Worker doubles whose calls wait until the test settles them, so each step of the state
 * machine can be looked at. `answer` settles the oldest waiting call of a method.
 */
export function fakeWorkers() {
  const calls = new Map<string, Call<unknown[], unknown>[]>();
  const history = new Map<string, unknown[][]>();
  const wait = <T>(method: string, ...args: unknown[]) =>
    new Promise<Reply<T>>((resolve) => {
      history.set(method, [...(history.get(method) ?? []), args]);
      const list = calls.get(method) ?? [];
      list.push({ args, resolve: resolve as (reply: Reply<unknown>) => void });
      calls.set(method, list);
    });
  let cancels = 0;
  const importer = {
    inspect: (files: readonly File[]) => wait<readonly PendingFile[]>('inspect', files),
    reinspect: (index: number, encoding: Encoding) => wait<PendingFile>('reinspect', index, encoding),
    samples: (index: number, settings: ImportSettings) => wait<readonly FieldSample[]>('samples', index, settings),
    run: (settings: readonly ImportSettings[], target: ImportTarget, currency: string | null, onProgress: (p: ImportProgress) => void) =>
      wait<ImportOutcome>('run', settings, target, currency, onProgress),
    openDemo: (url: string, onProgress: (p: ImportProgress) => void) => wait<ImportOutcome>('openDemo', url, onProgress),
    cancel: async () => void cancels++,
    rejectedCsv: () => wait<string>('rejectedCsv'),
  };
  const analysisApi = {
    listDatasets: () => wait<readonly DatasetInfo[]>('listDatasets'),
    lastDatasetId: () => wait<string | null>('lastDatasetId'),
    open: (id: string) => wait<DatasetInfo>('open', id),
    opened: () => wait<OpenedDataset>('opened'),
    rename: (id: string, name: string) => wait<DatasetInfo>('rename', id, name),
    remove: (id: string) => wait<null>('remove', id),
    // Told, not asked: nothing to wait for.
    expectOverview: async (request: unknown) => void history.set('expectOverview', [...(history.get('expectOverview') ?? []), [request]]),
  };
  const clients = { importer, analysis: analysisApi } as unknown as WorkerClients;
  return {
    clients,
    cancels: () => cancels,
    /** Arguments of every call of a method so far, answered or not. */
    args: (method: string) => history.get(method) ?? [],
    /** Calls of a method still waiting for an answer. */
    pending: (method: string) => (calls.get(method) ?? []).length,
    /** Settles the oldest waiting call of `method`, then lets the promise chains run. */
    async answer<T>(method: string, reply: Reply<T>): Promise<void> {
      const call = calls.get(method)?.shift();
      if (call === undefined) throw new Error(`no waiting call of ${method}`);
      call.resolve(reply as Reply<unknown>);
      await settle();
    },
  };
}

/** Lets pending promise chains advance. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
