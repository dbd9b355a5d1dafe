/**
 * Thrown by the byte-level reader when the file has a shape it does not read exactly like the
 * plain reader (a stray quote, CR-only line ends, invalid bytes in a forced encoding…). Not an
 * error: the import reads the file again with the plain reader, which handles every shape.
 */
export class FastPathDeclined extends Error {
  constructor(readonly why: string) {
    super(`byte-level reader declined: ${why}`);
    this.name = 'FastPathDeclined';
  }
}
