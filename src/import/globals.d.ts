/**
 * The part of the WHATWG Encoding API the pure import code uses. src/tsconfig.pure.json has
 * lib ES2022 only (no DOM), yet TextDecoder exists in every runtime we target: browsers,
 * workers and Node. These declarations repeat lib.dom's shapes exactly, so they merge with
 * them where the DOM lib is loaded too.
 */

interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

interface TextDecodeOptions {
  stream?: boolean;
}

interface TextDecoder {
  readonly encoding: string;
  decode(input?: Uint8Array, options?: TextDecodeOptions): string;
}

declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: TextDecoderOptions): TextDecoder;
};
