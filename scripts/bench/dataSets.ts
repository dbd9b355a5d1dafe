import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';

/** A generated CSV of the seeded demo generator. */
export interface DataSet {
  readonly rows: number;
  readonly seed: number;
  readonly path: string;
  readonly bytes: number;
}

/** Generous: the generator writes about a million rows in a few tens of seconds on a slow machine. */
const GENERATE_TIMEOUT_MS = (rows: number) => 120_000 + rows * 0.2;

/** Where the file of `rows` and `seed` is cached. */
export function dataSetPath(dir: string, rows: number, seed: number): string {
  return resolve(dir, `demo-${rows}-seed${seed}.csv`);
}

/**
 * The cached file for rows + seed, made first by `npm run demo:generate` when missing. Written
 * under a temporary name and renamed at the end, so an interrupted run never leaves a
 * truncated file to reuse.
 */
export async function ensureDataSet(root: string, dir: string, rows: number, seed: number, log: (line: string) => void): Promise<DataSet> {
  const path = dataSetPath(dir, rows, seed);
  if (!existsSync(path)) {
    await mkdir(dir, { recursive: true });
    const partial = `${path}.partial`;
    log(`generating ${rows.toLocaleString('en-US')} rows (seed ${seed}) → ${path}`);
    try {
      await generate(root, ['--rows', String(rows), '--seed', String(seed), '--out', partial], GENERATE_TIMEOUT_MS(rows));
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    await rename(partial, path);
  }
  return { rows, seed, path, bytes: statSync(path).size };
}

function generate(root: string, args: readonly string[], timeoutMs: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), resolve(root, 'scripts/generateDemo.ts'), ...args], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) done();
      else fail(new Error(`the demo generator ${signal === null ? `exited with ${code}` : `was stopped (${signal}, over ${Math.round(timeoutMs / 1000)} s)`}`));
    });
  });
}
