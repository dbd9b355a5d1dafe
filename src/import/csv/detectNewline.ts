/** Record ends the reader tells apart; `\r\n` is read as `\n` (the `\r` is trimmed off the last cell). */
export type LineEnd = '\n' | '\r';

/**
 * The line end of CSV text from its first record end outside quotes: `\n` for LF and CRLF
 * files, `\r` for old Mac files with CR only. Null while the text holds no record end yet,
 * or ends in a `\r` whose next character decides.
 */
export function detectNewline(text: string): LineEnd | null {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 0x0a) return '\n';
    else if (c === 0x0d) return i + 1 === text.length ? null : text.charCodeAt(i + 1) === 0x0a ? '\n' : '\r';
  }
  return null;
}
