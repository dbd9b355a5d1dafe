import { toHalfWidth } from './toHalfWidth.ts';

/**
 * Common first step of the cell parsers: full-width → ASCII, trimmed (String#trim also removes
 * NBSP, narrow NBSP, thin and ideographic spaces and the BOM), and without the leading apostrophe
 * Excel writes to keep a cell as text (`'1234`, `'2024-03-05`).
 */
export function cleanCellText(text: string): string {
  const trimmed = toHalfWidth(text).trim();
  return trimmed.charCodeAt(0) === 0x27 ? trimmed.slice(1).trim() : trimmed;
}
