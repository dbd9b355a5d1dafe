/** Code points above this one (CJK radicals onwards) are drawn about 1em wide. */
const NARROW_UP_TO = 0x2e80;

/**
 * Rough rendered width of `text` in pixels: wide (CJK) glyphs count `wide`, every other character
 * `narrow`. An estimate, so layouts are computed before anything is drawn, without measuring the DOM.
 */
export function textWidth(text: string, wide: number, narrow: number): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) > NARROW_UP_TO ? wide : narrow;
  return width;
}

/** `text` as is when `measure` says it fits in `max` pixels, else cut with an ellipsis until it does. */
export function fitText(text: string, max: number, measure: (text: string) => number): string {
  if (measure(text) <= max) return text;
  let cut = text;
  while (cut.length > 1 && measure(`${cut}…`) > max) cut = cut.slice(0, -1);
  return `${cut}…`;
}
