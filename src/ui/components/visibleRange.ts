/** The rows a virtualized list renders: `start` … `end − 1`, the first placed at `offset` pixels. */
export interface VisibleRange {
  readonly start: number;
  readonly end: number;
  readonly offset: number;
}

export interface Viewport {
  readonly scrollTop: number;
  readonly height: number;
  readonly rowHeight: number;
  readonly rowCount: number;
  /** Rows rendered beyond each edge, so a fast scroll does not show blank space before the next frame. */
  readonly overscan: number;
}

/**
 * Rows of a fixed-height list that intersect the viewport, widened by `overscan` on both sides and
 * clamped to the list. A row is visible when any pixel of it is: rows floor(top / h) … ceil(bottom / h) − 1.
 */
export function visibleRange({ scrollTop, height, rowHeight, rowCount, overscan }: Viewport): VisibleRange {
  if (rowCount <= 0 || rowHeight <= 0) return { start: 0, end: 0, offset: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.min(rowCount - 1, Math.floor(top / rowHeight));
  const last = Math.min(rowCount, Math.ceil((top + Math.max(0, height)) / rowHeight));
  const start = Math.max(0, first - overscan);
  const end = Math.min(rowCount, Math.max(last, first + 1) + overscan);
  return { start, end, offset: start * rowHeight };
}
