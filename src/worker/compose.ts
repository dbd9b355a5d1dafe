/** The intersection of the handler objects' types. */
type Merged<P extends readonly object[]> = P extends readonly [infer Head, ...infer Rest extends readonly object[]] ? Head & Merged<Rest> : unknown;

/** Merges domains' handlers into one flat object; a name defined twice would silently shadow one, so it is a bug. */
export function compose<P extends readonly object[]>(...parts: P): Merged<P> {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    const twice = Object.keys(part).filter((name) => Object.hasOwn(merged, name));
    if (twice.length > 0) throw new Error(`worker handlers defined twice: ${twice.join(', ')}`);
    Object.assign(merged, part);
  }
  return merged as Merged<P>;
}
