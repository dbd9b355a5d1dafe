/** What `utf8SequenceLength` answers for a sequence cut off by the end of the bytes. */
export const INCOMPLETE = -1;
/** What `utf8SequenceLength` answers for bytes that are not UTF-8. */
export const INVALID = 0;

/**
 * Length (2–4) of the well-formed UTF-8 sequence whose lead byte ≥ 0x80 is at `at`, INVALID,
 * or INCOMPLETE when `end` comes first. The ranges are the Encoding Standard's, so a file this
 * accepts is exactly one a fatal TextDecoder accepts (no overlongs, surrogates or > U+10FFFF).
 */
export function utf8SequenceLength(bytes: Uint8Array, at: number, end: number): number {
  const lead = bytes[at];
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    else if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    else if (lead === 0xf4) high = 0x8f;
  } else return INVALID;
  for (let k = 1; k < length; k++) {
    if (at + k >= end) return INCOMPLETE;
    const next = bytes[at + k];
    if (next < low || next > high) return INVALID;
    low = 0x80;
    high = 0xbf;
  }
  return length;
}
