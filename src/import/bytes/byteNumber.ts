/** Powers of ten that are exact doubles. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** Digits whose integer value is always exact in a double (< 2^53). */
const MAX_DIGITS = 15;

/**
 * The number written as `-?\d+(\.\d+)?` in `bytes[start, end)`, or null for any other shape or
 * for more digits than are read exactly here. Equal to `Number(text)`: the digits form an exact
 * integer and the division by an exact power of ten rounds once, correctly. Zero has no sign.
 */
export function plainNumberOfBytes(bytes: Uint8Array, start: number, end: number): number | null {
  let i = start;
  const negative = bytes[i] === 0x2d;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < end; i++) {
    const digit = bytes[i] - 0x30;
    if (digit >= 0 && digit <= 9) {
      mantissa = mantissa * 10 + digit;
      digits++;
      if (fraction >= 0) fraction++;
    } else if (bytes[i] === 0x2e && fraction < 0 && digits > 0) {
      fraction = 0;
    } else {
      return null;
    }
  }
  if (digits === 0 || fraction === 0 || digits > MAX_DIGITS) return null;
  const value = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
  return negative && value !== 0 ? -value : value;
}
