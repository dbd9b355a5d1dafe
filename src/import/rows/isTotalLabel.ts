/** Labels of total lines, compared without case, spaces, colons, `_ - . * ()`. */
const TOTAL_LABELS: ReadonlySet<string> = new Set([
  '合计', '总计', '小计', '总合计', '本页合计', '本页小计', '合計', '總計', '小計',
  'total', 'totals', 'grandtotal', 'subtotal', 'subtotals', 'sum', 'overalltotal', 'reporttotal',
  'summe', 'gesamt', 'gesamtsumme',
]);

/**
 * How a total label can start: a fast "no" for the ids, names and dates every row's first
 * cell holds, before the costlier normalisation.
 */
const LABEL_START = /^[\s:_\-.*()]*(?:tot|sum|sub|gra|ove|rep|ges|合|总|小|本|總)/i;

/**
 * True for the label of a total line: 合计 / 总计 / 小计, Total, Grand Total, Subtotal, Sum, with
 * any case, spacing or trailing colon (`合计：`), and QuickBooks' `Total for …` group totals.
 */
export function isTotalLabel(text: string): boolean {
  // Full-width forms (Ｔｏｔａｌ, （合计）) are folded before the quick look.
  const first = text.charCodeAt(0);
  const folded = first >= 0xff00 && first <= 0xffef ? text.normalize('NFKC') : text;
  if (!LABEL_START.test(folded)) return false;
  const key = folded.normalize('NFKC').toLowerCase().replace(/[\s:_\-.*()]/g, '');
  return TOTAL_LABELS.has(key) || key.startsWith('totalfor');
}
