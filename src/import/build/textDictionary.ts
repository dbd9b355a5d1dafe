import { detachText } from './detachText.ts';

/**
 * Text ↔ code dictionary: codes 0, 1, 2… in order of first appearance. A Map, so texts
 * such as `__proto__` or `constructor` are ordinary keys.
 * New texts are stored detached from the chunk they were cut from (see detachText).
 */
export class TextDictionary {
  readonly #codes = new Map<string, number>();
  readonly #values: string[] = [];

  get size(): number {
    return this.#values.length;
  }

  /** The texts by code. Live: later `code` and `truncate` calls change it. */
  get values(): readonly string[] {
    return this.#values;
  }

  /** Code of `text`, added when new. */
  code(text: string): number {
    let code = this.#codes.get(text);
    if (code === undefined) {
      const copy = detachText(text);
      code = this.#values.length;
      this.#values.push(copy);
      this.#codes.set(copy, code);
    }
    return code;
  }

  value(code: number): string {
    return this.#values[code];
  }

  /** Forgets the texts added after the dictionary had `size` entries. */
  truncate(size: number): void {
    for (let code = size; code < this.#values.length; code++) this.#codes.delete(this.#values[code]);
    this.#values.length = Math.min(this.#values.length, size);
  }
}

