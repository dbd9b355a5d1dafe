import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Issue } from '../../../src/core/index.ts';
import { describeIssue } from '../../../src/i18n/index.ts';
import type { IssueSurface } from '../../../src/i18n/index.ts';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));
const LOCALES = ['en', 'zh-CN'] as const;
const SURFACES: readonly IssueSurface[] = ['app', 'cli'];

/** Every `code: '…'` literal in the .ts files under a folder of src. */
function codesUsedIn(folder: string): string[] {
  const codes = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/\bcode: '([A-Za-z0-9_]+)'/g)) codes.add(match[1]);
      }
    }
  };
  walk(join(SRC, folder));
  return [...codes].sort();
}

/** The generic sentence names the code in brackets; a code with its own sentence never does. */
const isFallback = (text: string, code: string): boolean => text.includes(`(${code})`) || text.includes(`（${code}）`);

const FULL: Omit<Issue, 'code'> = {
  file: 'orders.csv',
  row: 14,
  column: 'Amount',
  value: '12x',
  params: { field: 'amount', headers: 'Order ID, Date, Total', missing: 'amount', expected: 'Amount, Sales', count: 3, encoding: 'utf-8', fields: 'customer_id, amount', reason: 'EACCES' },
};

describe('describeIssue(issue, locale)', () => {
  const importCodes = codesUsedIn('import');
  const cliCodes = codesUsedIn('cli');
  // The worker's replies have codes of their own (src/worker/reply.ts), not issues.
  const workerCodes = codesUsedIn('worker').filter((code) => !['cancelled', 'internal', 'issue'].includes(code));

  test('the scan finds the import pipeline’s codes', () => {
    expect(importCodes).toEqual(expect.arrayContaining(['badAmount', 'badDate', 'missingCustomer', 'missingRequiredColumns', 'mapHeaderNotFound']));
    expect(cliCodes).toEqual(expect.arrayContaining(['cliBadAsOf', 'fileNotFound']));
    expect(workerCodes).toEqual(expect.arrayContaining(['datasetNotFound', 'fileReadStalled']));
  });

  test.each([...importCodes, ...cliCodes, ...workerCodes].flatMap((code) => LOCALES.map((locale) => ({ code, locale }))))(
    '$code has its own sentence in $locale',
    ({ code, locale }) => {
      for (const surface of SURFACES) {
        const text = describeIssue({ code, ...FULL }, locale, surface);
        expect(isFallback(text, code)).toBe(false);
        expect(text).toMatch(locale === 'en' ? /^\S.*\.$/s : /^\S.*。$/s);
        expect(text.includes('undefined')).toBe(false);
      }
    },
  );

  test.each(LOCALES)('cell problems say file, row, column and value in %s', (locale) => {
    for (const code of ['badAmount', 'badDate', 'badRefunded', 'badScore', 'dateOrderConflict']) {
      const text = describeIssue({ code, ...FULL }, locale);
      for (const part of ['orders.csv', '14', 'Amount', '12x']) expect(text).toContain(part);
    }
  });

  test('a sentence leaves out what the issue does not have', () => {
    expect(describeIssue({ code: 'missingDate', file: 'a.csv', row: 3, column: 'Date', value: '' }, 'en')).toBe(
      'a.csv, row 3, column "Date": the date is empty; fill in the date or delete the row.',
    );
    expect(describeIssue({ code: 'missingDate', file: 'a.csv', row: 3, column: '日期', value: '' }, 'zh-CN')).toBe(
      'a.csv 第 3 行「日期」列：日期为空，请补填日期或删除该行。',
    );
    expect(describeIssue({ code: 'badAmount', value: 'abc' }, 'en')).toBe(
      '"abc" is not an amount Tierscope can read; write it as a number such as 1234.50 or 1.234,50.',
    );
  });

  test('the advice follows the surface: the mapping step in the app, --map in the CLI', () => {
    const issue = { code: 'missingRequiredColumns', file: 'x.csv', params: { missing: 'date, amount', headers: 'Kunde', expected: 'Order Date, Amount' } };
    expect(describeIssue(issue, 'en', 'cli')).toContain('--map date=');
    expect(describeIssue(issue, 'en')).toContain('mapping step');
    expect(describeIssue(issue, 'en')).not.toContain('--map');
    expect(describeIssue(issue, 'zh-CN', 'cli')).toContain('--map date=');
  });

  test('a long header list is cut after 12 names with the count left', () => {
    const headers = Array.from({ length: 30 }, (_, i) => `H${i + 1}`).join(', ');
    const text = describeIssue({ code: 'mapHeaderNotFound', file: 'x.csv', column: 'Net', params: { field: 'amount', headers } }, 'en', 'cli');
    expect(text).toContain('H12 … (+18)');
    expect(text).not.toContain('H13');
  });

  test.each(LOCALES)('an unknown code still gives a sentence with where, the code and the value in %s', (locale) => {
    const text = describeIssue({ code: 'somethingNew', file: 'a.csv', row: 7, column: 'Region', value: '??' }, locale);
    for (const part of ['a.csv', '7', 'Region', 'somethingNew', '??']) expect(text).toContain(part);
    expect(describeIssue({ code: 'somethingNew' }, locale)).toMatch(/somethingNew/);
  });

  test('codes named like Object.prototype members are unknown codes, not crashes', () => {
    for (const code of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(isFallback(describeIssue({ code }, 'en'), code)).toBe(true);
      expect(isFallback(describeIssue({ code }, 'zh-CN'), code)).toBe(true);
    }
  });
});
