/**
 * Import directions of STYLE §7, checked on the source text: a pure core that runs in the
 * worker, the CLI and tests alike only stays pure if nothing lets it reach the DOM or IndexedDB.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve(import.meta.dirname, '../../src');

/** Folder (relative to src) → src folders it may import at run time. Longest prefix wins. */
const ALLOWED: Record<string, readonly string[]> = {
  'core/model': ['core/model'],
  'core/stats': ['core/model', 'core/stats'],
  core: ['core'],
  import: ['core', 'import'],
  db: ['core/model', 'db'],
  worker: ['core', 'import', 'db', 'worker'],
  'ui/charts': ['core/model', 'core/format', 'ui/charts'],
  'ui/components': ['ui/components'],
  ui: ['core', 'i18n', 'ui'],
  report: ['core', 'i18n', 'ui/charts', 'report'],
  i18n: ['i18n'],
  cli: ['core', 'import', 'i18n', 'report', 'cli'],
};

/** Type-only imports may also reach these (types describe data crossing a boundary, no code runs). */
const TYPE_ONLY_EXTRA: Record<string, readonly string[]> = {
  ui: ['worker', 'import'],
  // Charts take their labels as an I18n prop; they never reach the app's state for it.
  'ui/charts': ['core/model', 'i18n'],
  i18n: ['core/model'],
  'ui/components': ['core/model'],
};

/** Packages a folder may import; core stays dependency-free but for d3-array. */
const PACKAGES: Record<string, RegExp> = {
  core: /^d3-array$/,
  import: /^(papaparse|d3-array)$/,
  db: /^dexie$/,
  worker: /^comlink$/,
  cli: /^node:/,
  ui: /^(svelte(\/.*)?|comlink|d3-[a-z]+)$/,
  report: /^(svelte(\/.*)?|d3-[a-z]+)$/,
  i18n: /^$/,
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|svelte)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function ruleFor(folder: string, table: Record<string, unknown>): string | undefined {
  return Object.keys(table)
    .filter((key) => folder === key || folder.startsWith(`${key}/`))
    .sort((a, b) => b.length - a.length)[0];
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

interface Violation { file: string; target: string }

function violations(): Violation[] {
  const found: Violation[] = [];
  for (const file of files(SRC)) {
    const folder = relative(SRC, dirname(file));
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const typeOnly = Boolean(match[2]);
      const target = match[3];
      const rel = relative(SRC, file);
      if (target.startsWith('.')) {
        const targetFolder = relative(SRC, dirname(resolve(dirname(file), target)));
        if (targetFolder.startsWith('..')) { found.push({ file: rel, target }); continue; }
        const key = ruleFor(folder, ALLOWED);
        const allowed = [...(key ? ALLOWED[key] : []), ...(typeOnly ? TYPE_ONLY_EXTRA[ruleFor(folder, TYPE_ONLY_EXTRA) ?? ''] ?? [] : [])];
        const ok = allowed.some((a) => targetFolder === a || targetFolder.startsWith(`${a}/`));
        if (!ok) found.push({ file: rel, target });
      } else if (!typeOnly) {
        const key = ruleFor(folder, PACKAGES);
        const pattern = key ? PACKAGES[key] : /^$/;
        if (!pattern.test(target)) found.push({ file: rel, target });
      }
    }
  }
  return found;
}

describe('architecture', () => {
  test('every src folder imports only what STYLE §7 allows', () => {
    expect(violations()).toEqual([]);
  });

  test('the rule table knows every src folder', () => {
    const folders = new Set(files(SRC).map((f) => relative(SRC, dirname(f))));
    const unknown = [...folders].filter((f) => !ruleFor(f, ALLOWED));
    expect(unknown).toEqual([]);
  });
});
