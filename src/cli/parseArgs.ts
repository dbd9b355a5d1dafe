import { parseIsoDay } from '../core/index.ts';
import type { Issue, PeriodKind, Result } from '../core/index.ts';
import { FIELDS } from '../import/index.ts';
import type { Encoding, Field } from '../import/index.ts';

export interface AnalyzeCommand {
  readonly kind: 'analyze';
  readonly files: readonly string[];
  /** SPEC §3 JSON on stdout; otherwise a table for people. */
  readonly json: boolean;
  /** As-of day (days since 1970-01-01); null = the latest transaction date. */
  readonly asOf: number | null;
  readonly period: PeriodKind;
  readonly overrides: ReadonlyMap<Field, string>;
  /** Forced encoding of every file; null = detect per file. */
  readonly encoding: Encoding | null;
}

export type CliCommand = { readonly kind: 'help' } | AnalyzeCommand;

/** Accepted spellings of each encoding (compared lower-cased). GBK and GB2312 are subsets of GB18030. */
const ENCODINGS: ReadonlyMap<string, Encoding> = new Map([
  ['utf-8', 'utf-8'],
  ['utf8', 'utf-8'],
  ['gb18030', 'gb18030'],
  ['gbk', 'gb18030'],
  ['gb2312', 'gb18030'],
  ['utf-16le', 'utf-16le'],
  ['utf16le', 'utf-16le'],
  ['utf-16be', 'utf-16be'],
  ['utf16be', 'utf-16be'],
]);

const VALUE_OPTIONS = new Set(['--as-of', '--period', '--map', '--encoding']);

/**
 * Reads the arguments after `analyze` (SPEC §3): `FILE [FILE...] [--json] [--as-of YYYY-MM-DD]
 * [--period ttm|all] [--map field=Header ...] [--encoding utf-8|gb18030|utf-16le|utf-16be]`.
 * Options may come anywhere, also as `--option=value`; `--` ends the options. A repeated
 * option takes its last value (`--map` keeps the last header per field). `--help` / `-h`
 * anywhere before `--` asks for usage. Usage errors come back as one issue with a `cli*` code.
 */
export function parseArgs(argv: readonly string[]): Result<CliCommand> {
  const end = argv.indexOf('--');
  const options = end === -1 ? argv : argv.slice(0, end);
  if (options.includes('--help') || options.includes('-h')) return { ok: true, value: { kind: 'help' } };

  const files: string[] = [];
  const overrides = new Map<Field, string>();
  let json = false;
  let asOf: number | null = null;
  let period: PeriodKind = 'ttm';
  let encoding: Encoding | null = null;
  const fail = (issue: Issue): Result<CliCommand> => ({ ok: false, issues: [issue] });

  for (let i = 0; i < options.length; i++) {
    const arg = options[i];
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    if (name === '--json' && equals === -1) {
      json = true;
      continue;
    }
    if (!VALUE_OPTIONS.has(name)) return fail({ code: 'cliUnknownOption', value: arg });
    let value: string;
    if (equals !== -1) value = arg.slice(equals + 1);
    else if (i + 1 < options.length) value = options[++i];
    else return fail({ code: 'cliMissingValue', value: name });

    switch (name) {
      case '--as-of': {
        const day = parseIsoDay(value.trim());
        if (day === null) return fail({ code: 'cliBadAsOf', value });
        asOf = day;
        break;
      }
      case '--period': {
        const p = value.trim().toLowerCase();
        if (p !== 'ttm' && p !== 'all') return fail({ code: 'cliBadPeriod', value });
        period = p;
        break;
      }
      case '--encoding': {
        const e = ENCODINGS.get(value.trim().toLowerCase());
        if (e === undefined) return fail({ code: 'cliBadEncoding', value });
        encoding = e;
        break;
      }
      default: {
        const separator = value.indexOf('=');
        const field = value.slice(0, separator).trim().toLowerCase();
        const header = value.slice(separator + 1).trim();
        if (separator <= 0 || field === '' || header === '') return fail({ code: 'cliBadMap', value });
        if (!isField(field)) return fail({ code: 'cliUnknownField', value: field, params: { fields: FIELDS.join(', ') } });
        overrides.set(field, header);
      }
    }
  }
  if (end !== -1) files.push(...argv.slice(end + 1));
  if (files.length === 0) return fail({ code: 'cliNoFiles' });
  return { ok: true, value: { kind: 'analyze', files, json, asOf, period, overrides, encoding } };
}

function isField(name: string): name is Field {
  return (FIELDS as readonly string[]).includes(name);
}
