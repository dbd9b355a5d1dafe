/**
 * Texts as their UTF-8 bytes one after another: text i is `bytes[ends[i - 1], ends[i])`, the
 * first from 0. Millions of order ids cost two buffers this way, not millions of strings to
 * make, clone and store.
 */
export interface PackedTexts {
  readonly bytes: Uint8Array;
  readonly ends: Int32Array;
}

/** `customers.ids` and `customers.names` of a Dataset, packed. */
export interface PackedCustomerTexts {
  readonly ids: PackedTexts;
  /** Per customer, the code of its name in `names`; NO_CODE for none (''). */
  readonly nameCodes: Int32Array;
  readonly names: PackedTexts;
}

/**
 * How many UTF-16 units the valid UTF-8 `bytes[start, end)` decode to: a character starts at
 * every byte but a continuation byte, and four-byte ones are two units. Lets texts decoded
 * together in one call be cut apart again.
 */
export function utf16Length(bytes: Uint8Array, start: number, end: number): number {
  let units = 0;
  for (let i = start; i < end; i++) {
    const byte = bytes[i];
    if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
  }
  return units;
}
