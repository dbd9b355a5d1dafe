/**
 * The scroll position that shows row `index` of a fixed-height list whole, moving as little as
 * possible: unchanged when the row is already in view, else the row at the top (scrolling up) or at
 * the bottom (scrolling down).
 */
export function scrollToReveal(index: number, scrollTop: number, height: number, rowHeight: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + height) return Math.max(0, bottom - height);
  return scrollTop;
}
