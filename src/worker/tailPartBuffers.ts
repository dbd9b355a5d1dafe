import type { TailPart } from '../import/index.ts';
import { buffersOf, packedArrays } from './transferables.ts';

/** The buffers of a tail part's typed arrays, once each: they move to the importing worker without a copy. */
export function tailPartBuffers({ builder }: TailPart): ArrayBuffer[] {
  const { customers, orders, names, dims } = builder;
  const texts = [customers, orders, names, ...dims].flatMap(packedArrays);
  return buffersOf([builder.customer, builder.day, builder.amount, builder.order, builder.attributes, ...texts]);
}
