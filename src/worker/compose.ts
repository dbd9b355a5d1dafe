/** Merges two domains' handlers; a name defined twice would silently shadow one, so it is a bug. */
export function compose<A extends object, B extends object>(a: A, b: B): A & B {
  const twice = Object.keys(a).filter((name) => Object.hasOwn(b, name));
  if (twice.length > 0) throw new Error(`worker handlers defined twice: ${twice.join(', ')}`);
  return { ...a, ...b };
}
