import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import type { PreviewServer } from 'vite';

/** Fixed local ports (the browser tests use 4317). */
export const APP_PORT = 4327;
export const REFERENCE_PORT = 4328;

export interface Servers {
  readonly appUrl: string;
  readonly referenceUrl: string;
  close(): Promise<void>;
}

/**
 * Builds the app (as `npm run build`) and the bench's reference page, checks that the app's
 * build holds no DuckDB, and serves both with `vite preview` on fixed ports.
 */
export async function buildAndServe(root: string, log: (line: string) => void): Promise<Servers> {
  const appConfig = resolve(root, 'vite.config.ts');
  const referenceConfig = resolve(root, 'test/bench/vite.config.ts');
  log('building the app (vite build)');
  await build({ root, configFile: appConfig, logLevel: 'warn' });
  assertNoDuckdb(resolve(root, 'dist'));
  log('building the reference page (test/bench)');
  await build({ configFile: referenceConfig, logLevel: 'warn' });
  const servers: PreviewServer[] = [];
  try {
    servers.push(await preview({ root, configFile: appConfig, logLevel: 'warn', preview: { port: APP_PORT, strictPort: true, host: '127.0.0.1' } }));
    servers.push(await preview({ configFile: referenceConfig, logLevel: 'warn', preview: { port: REFERENCE_PORT, strictPort: true, host: '127.0.0.1' } }));
  } catch (error) {
    await Promise.all(servers.map((server) => server.close()));
    throw new Error(`Could not serve on ports ${APP_PORT} and ${REFERENCE_PORT} (in use by another run?): ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    appUrl: `http://127.0.0.1:${APP_PORT}/`,
    referenceUrl: `http://127.0.0.1:${REFERENCE_PORT}/reference.html`,
    close: async () => {
      await Promise.all(servers.map((server) => server.close()));
    },
  };
}

/** The comparison engine must stay out of the product: no file of the app's build names it. */
function assertNoDuckdb(dir: string): void {
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    if (/duckdb/i.test(name) || (/\.(js|html)$/.test(name) && /duckdb/i.test(readFileSync(path, 'utf8')))) {
      throw new Error(`The app build contains DuckDB (${path}); it belongs to the bench page only.`);
    }
  }
}
