/**
 * One sentence per issue code, in English and Simplified Chinese: what is wrong, where
 * (file, row, column, value when the issue has them) and what to do. Import and core
 * return machine codes only; the app, the report and the CLI turn them into text here.
 *
 * The advice differs where the fix differs: the app has a mapping step and an encoding
 * choice, the CLI has `--map` and `--encoding`.
 */
import type { Issue } from '../core/model/index.ts';
import type { Locale } from './locale.ts';

export type IssueSurface = 'app' | 'cli';

type Sentence = (issue: Issue, surface: IssueSurface) => string;

/** Longest list of headers quoted in a sentence; a Shopify export has about 80. */
const MAX_LISTED = 12;

/**
 * The sentence for an issue in the locale. `surface` picks the advice where app and CLI
 * differ (default 'app'). A code without a sentence of its own still gets a generic one that
 * names the code, the place and the value.
 */
export function describeIssue(issue: Issue, locale: Locale, surface: IssueSurface = 'app'): string {
  const sentence = (locale === 'zh-CN' ? ZH : EN).get(issue.code);
  if (sentence !== undefined) return sentence(issue, surface);
  return locale === 'zh-CN' ? genericZh(issue) : genericEn(issue);
}

const param = (issue: Issue, key: string): string => String(issue.params?.[key] ?? '');

/** A byte count param in MB (one decimal) between `before` and `after`; '' when the issue lacks it. */
function mb(issue: Issue, key: string, before: string, after: string): string {
  const bytes = issue.params?.[key];
  return typeof bytes === 'number' ? `${before}${(bytes / 2 ** 20).toFixed(1)}${after}` : '';
}

/** Storage used of the quota, when the browser told it. */
const usedEn = (i: Issue): string =>
  i.params?.usage === undefined || i.params?.quota === undefined ? '' : `; ${mb(i, 'usage', '', ' MB')} of ${mb(i, 'quota', '', ' MB')} are in use`;
const usedZh = (i: Issue): string =>
  i.params?.usage === undefined || i.params?.quota === undefined ? '' : `；已使用 ${mb(i, 'usage', '', ' MB')}，共 ${mb(i, 'quota', '', ' MB')}`;

/** First MAX_LISTED items of a comma-separated list, then an ellipsis with the count left. */
function shortList(list: string): string {
  const items = list.split(', ');
  return items.length <= MAX_LISTED ? list : `${items.slice(0, MAX_LISTED).join(', ')} … (+${items.length - MAX_LISTED})`;
}

// ---------------------------------------------------------------------------------------
// English

/** `sales.csv, row 14, column "Amount"` from whatever the issue has. */
function whereEn(issue: Issue): string {
  const parts: string[] = [];
  if (issue.file !== undefined) parts.push(issue.file);
  if (issue.row !== undefined) parts.push(`row ${issue.row}`);
  if (issue.column !== undefined) parts.push(`column "${issue.column}"`);
  return parts.join(', ');
}

/** Sentence about one cell: `Where: what; what to do.` */
const cellEn = (what: (issue: Issue) => string, todo: string): Sentence => (issue) => {
  const where = whereEn(issue);
  return `${where === '' ? '' : `${where}: `}${what(issue)}; ${todo}.`;
};

function genericEn(issue: Issue): string {
  const where = whereEn(issue);
  const value = issue.value !== undefined && issue.value !== '' ? ` with the value "${issue.value}"` : '';
  return `${where === '' ? 'The input' : where} has a problem (${issue.code})${value}; check this part of the file and try again.`;
}

const EN = new Map<string, Sentence>([
  ['missingCustomer', cellEn(() => 'the customer is empty', 'fill in the customer or delete the row')],
  ['missingDate', cellEn(() => 'the date is empty', 'fill in the date or delete the row')],
  ['badDate', cellEn((i) => `"${i.value}" is not a date Tierscope can read`, 'write it like 2024-03-05 or 3/5/2024')],
  [
    'dateOrderConflict',
    cellEn(
      (i) => `"${i.value}" contradicts the day/month order of the other dates in this column`,
      'write all dates of the column in one order, best as 2024-03-05',
    ),
  ],
  ['missingAmount', cellEn(() => 'the amount is empty', 'fill in the amount (0 when there is none) or delete the row')],
  ['badAmount', cellEn((i) => `"${i.value}" is not an amount Tierscope can read`, 'write it as a number such as 1234.50 or 1.234,50')],
  [
    'badRefunded',
    cellEn((i) => `"${i.value}" is not a refunded amount Tierscope can read`, 'write it as a number such as 12.50 or leave the cell empty'),
  ],
  ['missingScore', cellEn(() => 'the score is empty', 'fill in a score (NPS 0–10 or CSAT 1–5) or delete the row')],
  [
    'badScore',
    cellEn((i) => `"${i.value}" is not a score from 0 to 10`, 'use NPS scores (0–10) or CSAT scores (1–5)'),
  ],
  [
    'undecodableBytes',
    (i, surface) =>
      `${i.file ?? 'The file'}: ${param(i, 'count')} characters could not be read as ${param(i, 'encoding')} and were replaced; ` +
      (surface === 'cli'
        ? 'give the file’s real encoding with --encoding (for example gb18030 for Chinese Excel exports).'
        : 'choose the file’s real encoding in the import step (for example GB18030 for Chinese Excel exports).'),
  ],
  [
    'emptyFile',
    (i) => `${i.file ?? 'The file'} has no header row and no data; check that it is the right file and a CSV export.`,
  ],
  [
    'missingRequiredColumns',
    (i, surface) => {
      const missing = param(i, 'missing');
      const first = missing.split(', ')[0];
      return (
        `${i.file ?? 'The file'} has no column for ${missing} (found: ${shortList(param(i, 'headers'))}); ` +
        `use headers such as ${shortList(param(i, 'expected'))}, or ` +
        (surface === 'cli' ? `map it with --map ${first}="Header".` : 'choose the column in the mapping step.')
      );
    },
  ],
  [
    'mapHeaderNotFound',
    (i, surface) =>
      `${i.file ?? 'The file'} has no column "${i.column}" for ${param(i, 'field')} (columns: ${shortList(param(i, 'headers'))}); ` +
      (surface === 'cli' ? `check the header in --map ${param(i, 'field')}=… against these columns.` : 'choose one of these columns.'),
  ],
  ['fileNotFound', (i) => `File ${i.file} does not exist; check the path and the spelling.`],
  ['fileIsDirectory', (i) => `${i.file} is a folder, not a file; give the path of a CSV file.`],
  [
    'fileUnreadable',
    (i) => `${i.file} could not be read (${param(i, 'reason') || 'read error'}); check that the file exists and that you may read it.`,
  ],
  [
    'fileReadStalled',
    (i) =>
      `The browser stopped handing over the bytes of ${i.file || 'the file'} while it was read; nothing was changed. ` +
      'Import the file again; if it happens again, reload the page first.',
  ],
  ['cliNoFiles', () => 'No input file was given; run npm run analyze -- FILE [FILE...] --json, or --help for all options.'],
  ['cliUnknownOption', (i) => `Unknown option ${i.value}; run with --help to see the options.`],
  ['cliMissingValue', (i) => `Option ${i.value} needs a value after it; run with --help to see the options.`],
  ['cliBadAsOf', (i) => `--as-of "${i.value}" is not a calendar date; write it as YYYY-MM-DD, for example 2025-12-31.`],
  ['cliBadPeriod', (i) => `--period "${i.value}" is not a period; use ttm (the 365 days up to the as-of date) or all.`],
  ['cliBadEncoding', (i) => `--encoding "${i.value}" is not supported; use utf-8, gb18030, utf-16le or utf-16be.`],
  ['cliBadMap', (i) => `--map "${i.value}" is not of the form field=Header; write for example --map amount="Net Sales".`],
  ['cliUnknownField', (i) => `--map names the unknown field "${i.value}"; use one of ${param(i, 'fields')}.`],  [
    'storageQuota',
    (i) =>
      `The browser has no room left to store this data set${mb(i, 'needed', ' (about ', ' MB)')}${usedEn(i)}; ` +
      'nothing was changed. Delete data sets you no longer need, or free disk space, and import again.',
  ],
  [
    'fileTooLarge',
    (i) =>
      `${i.file ?? 'The file'} (${mb(i, 'size', '', ' MB')}) has about ${param(i, 'estimatedRows')} rows, more than the ` +
      `${param(i, 'limitRows')} this browser tab can hold in memory; split it into smaller files (by year, say) and import them one after another.`,
  ],
  ['reloadNeeded', () => 'Tierscope was updated in another tab; reload this page to continue.'],
  ['datasetNotFound', () => 'This data set no longer exists (it may have been deleted in another tab); choose another one.'],
]);

// ---------------------------------------------------------------------------------------
// 简体中文

/** `sales.csv 第 14 行「Amount」列` from whatever the issue has. */
function whereZh(issue: Issue): string {
  let where = issue.file ?? '';
  if (issue.row !== undefined) where += ` 第 ${issue.row} 行`;
  if (issue.column !== undefined) where += `「${issue.column}」列`;
  return where.trim();
}

const cellZh = (what: (issue: Issue) => string, todo: string): Sentence => (issue) => {
  const where = whereZh(issue);
  return `${where === '' ? '' : `${where}：`}${what(issue)}，${todo}。`;
};

function genericZh(issue: Issue): string {
  const where = whereZh(issue);
  const value = issue.value !== undefined && issue.value !== '' ? `（值为“${issue.value}”）` : '';
  return `${where === '' ? '输入' : where}存在问题（${issue.code}）${value}，请检查文件的这一部分后重试。`;
}

const ZH = new Map<string, Sentence>([
  ['missingCustomer', cellZh(() => '客户为空', '请补填客户或删除该行')],
  ['missingDate', cellZh(() => '日期为空', '请补填日期或删除该行')],
  ['badDate', cellZh((i) => `“${i.value}”不是可识别的日期`, '请写成 2024-03-05 或 2024/3/5 这样的格式')],
  [
    'dateOrderConflict',
    cellZh((i) => `“${i.value}”与该列其他日期的日/月顺序相矛盾`, '请让该列所有日期使用同一种顺序，最好写成 2024-03-05'),
  ],
  ['missingAmount', cellZh(() => '金额为空', '请补填金额（没有则填 0）或删除该行')],
  ['badAmount', cellZh((i) => `“${i.value}”不是可识别的金额`, '请写成 1234.50 这样的数字')],
  ['badRefunded', cellZh((i) => `“${i.value}”不是可识别的退款金额`, '请写成 12.50 这样的数字或留空')],
  ['missingScore', cellZh(() => '评分为空', '请补填评分（NPS 0–10 或 CSAT 1–5）或删除该行')],
  ['badScore', cellZh((i) => `“${i.value}”不是 0 到 10 之间的评分`, '请使用 NPS 评分（0–10）或 CSAT 评分（1–5）')],
  [
    'undecodableBytes',
    (i, surface) =>
      `${i.file ?? '文件'}：有 ${param(i, 'count')} 个字符无法按 ${param(i, 'encoding')} 解码，已被替换，` +
      (surface === 'cli' ? '请用 --encoding 指定文件的实际编码（中文 Excel 导出通常为 gb18030）。' : '请在导入步骤中选择文件的实际编码（中文 Excel 导出通常为 GB18030）。'),
  ],
  ['emptyFile', (i) => `${i.file ?? '文件'}没有表头也没有数据，请确认文件是否正确、是否为 CSV 导出。`],
  [
    'missingRequiredColumns',
    (i, surface) => {
      const missing = param(i, 'missing');
      const first = missing.split(', ')[0];
      return (
        `${i.file ?? '文件'}中没有 ${missing} 对应的列（现有列：${shortList(param(i, 'headers'))}），` +
        `请使用 ${shortList(param(i, 'expected'))} 等列名，或` +
        (surface === 'cli' ? `用 --map ${first}="列名" 指定。` : '在字段对应步骤中选择该列。')
      );
    },
  ],
  [
    'mapHeaderNotFound',
    (i, surface) =>
      `${i.file ?? '文件'}中没有为 ${param(i, 'field')} 指定的列“${i.column}”（现有列：${shortList(param(i, 'headers'))}），` +
      (surface === 'cli' ? `请对照这些列检查 --map ${param(i, 'field')}=… 中的列名。` : '请从这些列中选择一列。'),
  ],
  ['fileNotFound', (i) => `文件 ${i.file} 不存在，请检查路径和拼写。`],
  ['fileIsDirectory', (i) => `${i.file} 是文件夹而不是文件，请给出 CSV 文件的路径。`],
  ['fileUnreadable', (i) => `无法读取 ${i.file}（${param(i, 'reason') || '读取错误'}），请确认文件存在且有读取权限。`],
  ['fileReadStalled', (i) => `浏览器在读取 ${i.file || '文件'} 时停止了提供数据，未做任何更改。请重新导入该文件；如果再次出现，请先刷新页面。`],
  ['cliNoFiles', () => '没有给出输入文件，请运行 npm run analyze -- 文件 [文件...] --json，或用 --help 查看全部选项。'],
  ['cliUnknownOption', (i) => `未知选项 ${i.value}，请用 --help 查看可用选项。`],
  ['cliMissingValue', (i) => `选项 ${i.value} 后面需要一个值，请用 --help 查看可用选项。`],
  ['cliBadAsOf', (i) => `--as-of “${i.value}”不是有效日期，请写成 YYYY-MM-DD，例如 2025-12-31。`],
  ['cliBadPeriod', (i) => `--period “${i.value}”不是有效期间，请使用 ttm（截至分析日期的 365 天）或 all。`],
  ['cliBadEncoding', (i) => `不支持 --encoding “${i.value}”，请使用 utf-8、gb18030、utf-16le 或 utf-16be。`],
  ['cliBadMap', (i) => `--map “${i.value}”的格式不是 字段=列名，例如 --map amount="Net Sales"。`],
  ['cliUnknownField', (i) => `--map 中的字段“${i.value}”不存在，请使用以下字段之一：${param(i, 'fields')}。`],  [
    'storageQuota',
    (i) => `浏览器已没有空间保存此数据集${mb(i, 'needed', '（约 ', ' MB）')}${usedZh(i)}，未做任何更改。请删除不再需要的数据集或释放磁盘空间后重新导入。`,
  ],
  [
    'fileTooLarge',
    (i) =>
      `${i.file ?? '文件'}（${mb(i, 'size', '', ' MB')}）约有 ${param(i, 'estimatedRows')} 行，超过此浏览器标签页内存可容纳的 ` +
      `${param(i, 'limitRows')} 行，请将其拆分为较小的文件（例如按年份）后依次导入。`,
  ],
  ['reloadNeeded', () => 'Tierscope 已在另一个标签页中更新，请刷新本页面后继续。'],
  ['datasetNotFound', () => '该数据集已不存在（可能已在另一个标签页中删除），请选择其他数据集。'],
]);
