import { chromium } from '@playwright/test';
import type { BrowserContext } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { withTimeout } from './withTimeout.ts';

export interface BenchBrowser {
  readonly context: BrowserContext;
  /** The browser's DevTools WebSocket, for the heap sampler. */
  readonly cdpUrl: string;
  close(): Promise<void>;
}

/** The Chromium scripts/ensureChromium.mjs chooses (it writes its path for the browser tests). */
export function chromiumPath(root: string): string {
  const result = spawnSync(process.execPath, [resolve(root, 'scripts/ensureChromium.mjs')], { cwd: root, stdio: 'inherit', timeout: 15 * 60_000 });
  const file = resolve(root, 'test-results/chromium-path.txt');
  const path = result.status === 0 && existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  if (path === '' || !existsSync(path)) throw new Error('No Chromium for the benchmark: see the message of scripts/ensureChromium.mjs above.');
  return path;
}

/**
 * Chromium with a fresh profile on disk: an empty IndexedDB for every run, and the disk's
 * storage quota (an in-memory incognito profile gets far less, too little for 10M rows).
 * A DevTools port is opened on top of Playwright's pipe so the heap sampler reaches workers.
 */
export async function launchBrowser(executablePath: string): Promise<BenchBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'tierscope-bench-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      viewport: { width: 1280, height: 800 },
      locale: 'en-US',
      colorScheme: 'light',
      timeout: 60_000,
      args: [
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--remote-debugging-port=0',
      ],
    });
    const cdpUrl = await devToolsUrl(profile, Date.now() + 30_000);
    return {
      context,
      cdpUrl,
      close: async () => {
        await withTimeout(context.close(), 60_000, 'closing Chromium').catch(() => undefined);
        await rm(profile, { recursive: true, force: true, maxRetries: 5 });
      },
    };
  } catch (error) {
    await rm(profile, { recursive: true, force: true, maxRetries: 5 });
    throw error;
  }
}

/** Chromium writes the port and path of its DevTools endpoint to DevToolsActivePort in the profile. */
async function devToolsUrl(profile: string, deadline: number): Promise<string> {
  const file = join(profile, 'DevToolsActivePort');
  while (Date.now() < deadline) {
    if (existsSync(file)) {
      const [port, path] = readFileSync(file, 'utf8').split('\n');
      if (port && path) return `ws://127.0.0.1:${port}${path}`;
    }
    await new Promise((wake) => setTimeout(wake, 100));
  }
  throw new Error('Chromium wrote no DevToolsActivePort within 30 s.');
}
