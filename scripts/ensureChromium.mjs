#!/usr/bin/env node
/**
 * Finds a Chromium for the browser tests, installing one when none is found, and writes its
 * path to test-results/chromium-path.txt for test/e2e/playwright.config.ts. Order:
 *   0. the binary named by TIERSCOPE_CHROMIUM, when set;
 *   1. Playwright's own Chromium, when `npx playwright install chromium` has put it on disk;
 *   2. a system browser: /usr/bin/chromium, chromium-browser, google-chrome;
 *   3. install: `npx playwright install chromium` (needs the open internet), else as root with
 *      apt-get `apt-get install -y chromium fonts-noto-cjk` (needs a Debian mirror);
 *   4. otherwise say what to run and exit 1.
 * Runs as `pretest`, before anything slow, so a missing browser fails in seconds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = resolve(ROOT, 'test-results/chromium-path.txt');
const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];
/** A download that stalls must not hold CI for its whole budget. */
const INSTALL_TIMEOUT_MS = 10 * 60 * 1000;

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    // playwright-core not installed yet (no npm ci) or no build for this platform.
    return null;
  }
}

function systemChromium() {
  return SYSTEM_BROWSERS.find((path) => existsSync(path)) ?? null;
}

async function findChromium() {
  const chosen = process.env.TIERSCOPE_CHROMIUM;
  if (chosen) {
    if (existsSync(chosen)) return { path: chosen, kind: 'TIERSCOPE_CHROMIUM' };
    console.warn(`TIERSCOPE_CHROMIUM=${chosen} does not exist; looking elsewhere.`);
  }
  const bundled = await playwrightChromium();
  if (bundled) return { path: bundled, kind: "Playwright's Chromium" };
  const system = systemChromium();
  if (system) return { path: system, kind: 'system browser' };
  return null;
}

function run(command, args) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', timeout: INSTALL_TIMEOUT_MS });
  return result.status === 0;
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function version(path) {
  // The Debian wrapper script prints shell noise on stderr; the version is the stdout line.
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return result.status === 0 ? result.stdout.trim() : 'version unknown';
}

async function install() {
  console.log('No Chromium found; trying to install one.');
  if (run('npx', ['--no-install', 'playwright', 'install', 'chromium'])) {
    const found = await findChromium();
    if (found) return found;
  }
  const root = process.getuid?.() === 0;
  if (root && hasCommand('apt-get')) {
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium', 'fonts-noto-cjk'])) {
      const system = systemChromium();
      if (system) return { path: system, kind: 'system browser' };
    }
  }
  return null;
}

const chromium = (await findChromium()) ?? (await install());
if (!chromium) {
  console.error(
    [
      'No Chromium for the browser tests, and installing one failed. Run one of:',
      '  npx playwright install --with-deps chromium      (needs the internet)',
      '  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk      (Debian/Ubuntu)',
      'or point TIERSCOPE_CHROMIUM at a Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}

mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, `${chromium.path}\n`);
console.log(`Browser tests use ${chromium.kind}: ${chromium.path} (${version(chromium.path)})`);
