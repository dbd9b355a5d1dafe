import { AsyncDuckDB, DuckDBDataProtocol, VoidLogger } from '@duckdb/duckdb-wasm';
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { DuckdbPass, DuckdbResult } from './referenceResults.ts';

/** Name the File is registered under inside DuckDB. */
const FILE_NAME = 'bench.csv';

/**
 * DuckDB-WASM in its own worker, its files served by the bench page itself (never a CDN):
 * instantiate, then load the File into a table and aggregate revenue by customer twice —
 * the first pass right after instantiating (cold), the second on the same instance (warm).
 */
export async function duckdbLoadAggregate(file: File): Promise<DuckdbResult> {
  const start = performance.now();
  const db = new AsyncDuckDB(new VoidLogger(), new Worker(workerUrl));
  try {
    await db.instantiate(wasmUrl);
    const instantiateMs = performance.now() - start;
    await db.registerFileHandle(FILE_NAME, file, DuckDBDataProtocol.BROWSER_FILEREADER, true);
    const connection = await db.connect();
    const cold = await loadAndAggregate(connection);
    await connection.query('DROP TABLE t');
    const warm = await loadAndAggregate(connection);
    await connection.close();
    return { instantiateMs, cold, warm };
  } finally {
    await db.terminate();
  }
}

async function loadAndAggregate(connection: AsyncDuckDBConnection): Promise<DuckdbPass> {
  const start = performance.now();
  await connection.query(`CREATE TABLE t AS SELECT * FROM read_csv_auto('${FILE_NAME}', header = true)`);
  const loaded = performance.now();
  const grouped = await connection.query('SELECT "Customer ID" AS customer, sum("Amount") AS amount FROM t GROUP BY 1');
  const aggregated = performance.now();
  let amountTotal = 0;
  for (const value of grouped.getChild('amount')?.toArray() ?? []) amountTotal += Number(value);
  const counted = await connection.query('SELECT count(*) AS n FROM t');
  return {
    loadMs: loaded - start,
    aggregateMs: aggregated - loaded,
    rows: Number(counted.getChild('n')?.get(0)),
    groups: grouped.numRows,
    amountTotal,
  };
}
