import type { TailPart } from '../import/index.ts';

/** The buffers of a tail part's typed arrays, once each: they move to the importing worker without a copy. */
export function tailPartBuffers({ builder }: TailPart): ArrayBuffer[] {
  const { customers, orders, names, dims } = builder;
  const arrays: ArrayBufferView[] = [builder.customer, builder.day, builder.amount, builder.order, ...builder.slots];
  for (const keys of [customers, orders, names, ...dims]) arrays.push(keys.bytes, keys.ends);
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}
