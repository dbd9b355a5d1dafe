import { cleanCellText } from './cleanCellText.ts';

/**
 * Currency signs and codes accepted before or after an amount, with or without a space. Longest
 * first, so `US$` wins over `$` and `RMB` over `RM`. Letter codes are compared case-insensitively.
 */
const CURRENCIES = ['人民币', 'US$', 'HK$', 'RMB', 'CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD', 'MYR', 'RM', '$', '¥', '￥', '€', '£', '元'];

/** Excel writes large or tiny General-format numbers as `1.5E+3`, `1E-05`: sign and exponent always spelled out. */
const EXCEL_SCIENTIFIC = /^\d+(?:\.\d+)?[eE][+-]\d{1,3}$/;

/**
 * Reads an amount as written in an export; null when the text cannot be read (the caller rejects
 * the cell: an unreadable amount is never a silent 0 or NaN).
 *
 * - Signs: `-1`, `+1`, `1-` (trailing, SAP style), `(1)` (accounting), `−1` (U+2212); one at most.
 * - Currency: one sign or code before or after (`$`, `US$`, `¥`, `￥`, `€`, `£`, `CNY`, `USD`, `RMB`,
 *   `EUR`, `元`, `RM`, …), inside or outside the sign.
 * - Separators: with both `.` and `,` the last one is the decimal mark; spaces (also NBSP, narrow
 *   NBSP, thin space) only group; several `.` or several `,` group; a single `.` is a decimal
 *   point; a single `,` groups when exactly 3 digits follow it and 1–3 digits (not starting with 0)
 *   precede it (`1,234` = 1234, the US reading), otherwise it is a decimal comma (`1,5`, `0,500`,
 *   `1234,567`). Groups must be 3 digits after a first group of 1–3, so `1,23,4` is rejected (and
 *   so is Indian `1,23,456`).
 * - Scientific notation only in Excel's own form (`1.5E+3`); `1e3` is rejected as likely a code.
 * - Full-width digits and punctuation are read as ASCII; a leading Excel text apostrophe is dropped.
 */
export function parseAmount(text: string): number | null {
  const plain = plainNumber(text);
  if (plain !== null) return plain;

  let s = cleanCellText(text);
  if (s.includes('\u2212')) s = s.replace(/\u2212/g, '-');
  let start = 0;
  let end = s.length;
  let negative = false;
  let signed = false;
  let currency = false;
  for (;;) {
    while (start < end && isSpace(s.charCodeAt(start))) start++;
    while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
    if (start === end) return null;
    const first = s[start];
    const last = s[end - 1];
    if (!signed && first === '(' && last === ')') {
      signed = negative = true;
      start++;
      end--;
      continue;
    }
    if (!signed && (first === '-' || first === '+')) {
      signed = true;
      negative = first === '-';
      start++;
      continue;
    }
    if (!signed && last === '-') {
      signed = negative = true;
      end--;
      continue;
    }
    if (!currency) {
      const prefix = currencyLength(s, start, end, true);
      const suffix = prefix > 0 ? 0 : currencyLength(s, start, end, false);
      if (prefix + suffix > 0) {
        currency = true;
        start += prefix;
        end -= suffix;
        continue;
      }
    }
    break;
  }

  const magnitude = unsignedNumber(s, start, end);
  if (magnitude === null) return null;
  // -0 would print as "-0" in exports; an amount of zero has no sign.
  return negative && magnitude !== 0 ? -magnitude : magnitude;
}

/** Fast path for the common case `-?\d+(\.\d+)?`, without allocating; null = not that shape. */
function plainNumber(text: string): number | null {
  const n = text.length;
  let i = text.charCodeAt(0) === 0x2d ? 1 : 0;
  const intStart = i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  if (i === intStart) return null;
  if (i < n) {
    if (text.charCodeAt(i) !== 0x2e) return null;
    const fracStart = ++i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    if (i === fracStart || i < n) return null;
  }
  const value = Number(text);
  return value === 0 ? 0 : value;
}

/** Length of the currency sign or code at the start (prefix) or end of s[start, end), else 0. */
function currencyLength(s: string, start: number, end: number, prefix: boolean): number {
  // Digits and separators start and end most cores: skip the token scan for them.
  const edge = s.charCodeAt(prefix ? start : end - 1);
  if (isDigit(edge) || edge === 0x2e || edge === 0x2c) return 0;
  for (const code of CURRENCIES) {
    if (end - start >= code.length && matchesAt(s, prefix ? start : end - code.length, code)) return code.length;
  }
  return 0;
}

/** Whether s holds `code` at `at`, ASCII letters compared case-insensitively (no allocation). */
function matchesAt(s: string, at: number, code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const c = s.charCodeAt(at + i);
    if ((c >= 0x61 && c <= 0x7a ? c - 0x20 : c) !== code.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * The digits-and-separators core s[start, end) of an amount, without sign or currency. The
 * decimal mark and the group separator are decided from the counts and last positions of `.`,
 * `,` and spaces (see parseAmount); then the groups are checked and the digits read.
 */
function unsignedNumber(s: string, start: number, end: number): number | null {
  let dots = 0;
  let commas = 0;
  let spaces = 0;
  let lastDot = -1;
  let lastComma = -1;
  let lastSpace = -1;
  for (let i = start; i < end; i++) {
    const code = s.charCodeAt(i);
    if (isDigit(code)) continue;
    if (code === 0x2e) {
      dots++;
      lastDot = i;
    } else if (code === 0x2c) {
      commas++;
      lastComma = i;
    } else if (isSpace(code)) {
      spaces++;
      lastSpace = i;
    } else {
      const core = s.slice(start, end);
      return EXCEL_SCIENTIFIC.test(core) ? finite(Number(core)) : null;
    }
  }
  if (dots + commas + spaces === 0) return finite(Number(s.slice(start, end)));

  // decimalAt: position of the decimal mark or -1; group: code of the group separator or 0.
  let decimalAt = -1;
  let group = 0;
  const kinds = (dots > 0 ? 1 : 0) + (commas > 0 ? 1 : 0) + (spaces > 0 ? 1 : 0);
  if (kinds === 3) return null;
  if (kinds === 2) {
    // Spaces only group; otherwise the later of `.` and `,` is the decimal mark. Either way the
    // decimal mark occurs once, after every group separator.
    const dotDecimal = spaces > 0 ? dots > 0 : lastDot > lastComma;
    if ((dotDecimal ? dots : commas) !== 1) return null;
    decimalAt = dotDecimal ? lastDot : lastComma;
    group = spaces > 0 ? 0x20 : dotDecimal ? 0x2c : 0x2e;
    if (decimalAt < Math.max(lastSpace, dotDecimal ? lastComma : lastDot)) return null;
  } else if (spaces > 0) {
    group = 0x20;
  } else if (dots > 1) {
    group = 0x2e;
  } else if (commas > 1) {
    group = 0x2c;
  } else if (dots === 1) {
    decimalAt = lastDot;
  } else {
    // One comma: thousands when exactly 3 digits follow and 1–3 digits, not starting with 0, precede.
    const before = lastComma - start;
    const thousands = end - lastComma - 1 === 3 && before >= 1 && before <= 3 && s.charCodeAt(start) !== 0x30;
    if (thousands) group = 0x2c;
    else decimalAt = lastComma;
  }

  const intEnd = decimalAt < 0 ? end : decimalAt;
  if (decimalAt >= 0 && decimalAt === end - 1) return null;
  let digits = '';
  if (group === 0) {
    digits = s.slice(start, intEnd);
  } else {
    // Groups: a first one of 1–3 digits (no leading 0), then exactly 3 digits each.
    let groupStart = start;
    for (let i = start; i <= intEnd; i++) {
      if (i < intEnd && isDigit(s.charCodeAt(i))) continue;
      const length = i - groupStart;
      if (groupStart === start ? length < 1 || length > 3 || (s.charCodeAt(start) === 0x30 && i < intEnd) : length !== 3) {
        return null;
      }
      digits += s.slice(groupStart, i);
      groupStart = i + 1;
    }
  }
  const fraction = decimalAt < 0 ? '' : `.${s.slice(decimalAt + 1, end)}`;
  return finite(Number(`${digits === '' ? '0' : digits}${fraction}`));
}

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Space, tab, NBSP, figure space, thin space, narrow NBSP: all used as group separators. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x2007 || code === 0x2009 || code === 0x202f;
}
