import { chromium, defineConfig } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Browser tests run against the BUILT app (`npm run build`) served by `vite preview` on a
 * fixed port, in the Chromium chosen by scripts/ensureChromium.mjs.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const PORT = 4317;
const BASE_URL = `http://127.0.0.1:${PORT}/`;

function chromiumPath(): string {
  const file = resolve(ROOT, 'test-results/chromium-path.txt');
  const path = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  if (path === '' || !existsSync(path)) {
    throw new Error('No Chromium chosen for the browser tests: run `node scripts/ensureChromium.mjs` (npm test does it first).');
  }
  return path;
}

const executablePath = chromiumPath();
// Chromium's sandbox cannot start as root, and a distribution's build may lack the setuid
// helper Playwright's own build brings.
const ownBuild = (() => {
  try {
    return chromium.executablePath() === executablePath;
  } catch {
    return false;
  }
})();
const noSandbox = process.getuid?.() === 0 || !ownBuild;

export default defineConfig({
  testDir: '.',
  outputDir: resolve(ROOT, 'test-results/e2e-output'),
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: resolve(ROOT, 'test-results/e2e.json') }]],
  use: {
    baseURL: BASE_URL,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    colorScheme: 'light',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        ...(noSandbox ? ['--no-sandbox'] : []),
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    cwd: ROOT,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
