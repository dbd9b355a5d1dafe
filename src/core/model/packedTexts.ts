/**
 * Texts as their UTF-8 bytes one after another: text i is `bytes[ends[i - 1], ends[i])`, the
 * first from 0. Millions of order ids cost two buffers this way, not millions of strings to
 * make, clone and store.
 */
export interface PackedTexts {
  readonly bytes: Uint8Array;
  readonly ends: Int32Array;
}
