/**
 * File name of the rejected-rows download: `<data set>-rejected-rows.csv`, with the characters
 * file systems refuse (`/ \ : * ? " < > |` and control characters) replaced by `_`.
 */
export function rejectedFileName(dataset: string): string {
  const safe = dataset.trim().replace(/[/\\:*?"<>|\u0000-\u001f]/g, '_');
  return `${safe === '' ? 'tierscope' : safe}-rejected-rows.csv`;
}
