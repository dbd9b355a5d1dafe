import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { demoCsv } from '../../../scripts/demo/index.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tierscope-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generateDemo.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

test('generateDemo --rows N --seed S --out FILE writes the same bytes as demoCsv, every time', () => {
  const first = join(dir, 'nested', 'a.csv');
  const second = join(dir, 'b.csv');
  expect(run('--rows', '1234', '--seed', '8', '--out', first).status).toBe(0);
  expect(run('--seed', '8', '--out', second, '--rows', '1234').status).toBe(0);
  const bytes = readFileSync(first);
  expect(readFileSync(second).equals(bytes)).toBe(true);
  expect(bytes.toString('utf8')).toBe([...demoCsv({ rows: 1234, seed: 8 })].join(''));
});

test.each([
  { args: ['--rows'], why: 'missing value' },
  { args: ['--rows', '12x'], why: 'not a number' },
  { args: ['--seed', '-1'], why: 'negative seed' },
  { args: ['--colour', 'red'], why: 'unknown option' },
])('generateDemo exits 2 with one line on stderr for a $why', ({ args }) => {
  const result = run(...args, '--out', join(dir, 'never.csv'));
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
});

test('generateDemo --help prints usage and exits 0', () => {
  const result = run('--help');
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('--rows N');
});
