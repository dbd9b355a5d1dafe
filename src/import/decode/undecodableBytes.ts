import type { Encoding } from '../types.ts';

/**
 * Thrown by a fatal decode when the bytes are not valid in the encoding. Not a bug: the
 * import catches it and reads the file again as GB18030 when UTF-8 was only a guess.
 */
export class UndecodableBytes extends Error {
  constructor(
    readonly encoding: Encoding,
    /** Byte offset of the chunk in which the invalid bytes were found. */
    readonly offset: number,
  ) {
    super(`bytes not valid ${encoding} near offset ${offset}`);
    this.name = 'UndecodableBytes';
  }
}
