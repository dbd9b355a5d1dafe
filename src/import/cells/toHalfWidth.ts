/**
 * Full-width ASCII (U+FF01–U+FF5E, as Chinese and Japanese input methods type it: `１，２３４．５０`)
 * and the ideographic space (U+3000) → their ASCII forms. Other text is returned as is; the common
 * case (no full-width character) allocates nothing.
 */
export function toHalfWidth(text: string): string {
  let i = 0;
  while (i < text.length && !isWide(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3000) out += ' ';
    else if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else out += text[i];
  }
  return out;
}

function isWide(code: number): boolean {
  return code === 0x3000 || (code >= 0xff01 && code <= 0xff5e);
}
