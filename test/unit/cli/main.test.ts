import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BASE = fileURLToPath(new URL('./fixtures/base.csv', import.meta.url));

const analyze = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TIERSCOPE_DEBUG: '' },
  });

test('main.ts --json prints pure JSON on stdout, nothing on stderr, and exits 0', () => {
  const run = analyze(BASE, '--json', '--period', 'all');
  expect(run.status).toBe(0);
  expect(run.stderr).toBe('');
  const parsed = JSON.parse(run.stdout) as Record<string, unknown>;
  // All-time revenue of base.csv: 150 + 80 + 60 + 40 + 30 + 3 · 20 = 420 (see runCli.test.ts).
  expect(parsed).toMatchObject({ asOf: '2024-12-31', period: 'all', revenue: 420, customersTotal: 8 });
});

test('main.ts exits 2 on bad usage and 1 on a missing file, with one sentence on stderr and nothing on stdout', () => {
  const usage = analyze(BASE, '--json', '--period', 'quarter');
  expect(usage.status).toBe(2);
  expect(usage.stdout).toBe('');
  expect(usage.stderr.trimEnd().split('\n')).toHaveLength(1);

  const missing = analyze('no/such/file.csv', '--json');
  expect(missing.status).toBe(1);
  expect(missing.stdout).toBe('');
  expect(missing.stderr).toBe('File no/such/file.csv does not exist; check the path and the spelling.\n');
});
