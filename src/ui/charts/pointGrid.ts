/**
 * A uniform grid over points in pixels, so the point under the pointer is found by looking at the
 * few cells around it instead of scanning every point on each pointer move.
 */
export interface PointGrid {
  /** Index of the point nearest to (x, y) within `radius` pixels (ties: the lower index), or -1. */
  nearest(x: number, y: number, radius: number): number;
}

/**
 * Buckets points (xs[i], ys[i]) into square cells of `cell` pixels; points with a non-finite
 * coordinate are left out. Cells are stored as one index array sorted by cell (a counting sort),
 * each cell's slice found by offset, so building is O(n) and a lookup O(points nearby).
 */
export function pointGrid(xs: ArrayLike<number>, ys: ArrayLike<number>, cell: number): PointGrid {
  const count = Math.min(xs.length, ys.length);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < count; i++) {
    const x = xs[i];
    const y = ys[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (minX > maxX) return { nearest: () => -1 };
  const cols = Math.floor((maxX - minX) / cell) + 1;
  const rows = Math.floor((maxY - minY) / cell) + 1;
  const cellOf = (x: number, y: number) => Math.floor((y - minY) / cell) * cols + Math.floor((x - minX) / cell);
  const starts = new Int32Array(cols * rows + 1);
  for (let i = 0; i < count; i++) if (Number.isFinite(xs[i]) && Number.isFinite(ys[i])) starts[cellOf(xs[i], ys[i]) + 1]++;
  for (let c = 0; c < cols * rows; c++) starts[c + 1] += starts[c];
  const fill = starts.slice(0, cols * rows);
  const order = new Int32Array(starts[cols * rows]);
  // Ascending i, so each cell lists its points by index.
  for (let i = 0; i < count; i++) if (Number.isFinite(xs[i]) && Number.isFinite(ys[i])) order[fill[cellOf(xs[i], ys[i])]++] = i;

  return {
    nearest(x, y, radius) {
      const col0 = Math.max(0, Math.floor((x - radius - minX) / cell));
      const col1 = Math.min(cols - 1, Math.floor((x + radius - minX) / cell));
      const row0 = Math.max(0, Math.floor((y - radius - minY) / cell));
      const row1 = Math.min(rows - 1, Math.floor((y + radius - minY) / cell));
      let best = -1;
      let bestDistance = radius * radius;
      for (let row = row0; row <= row1; row++) {
        for (let col = col0; col <= col1; col++) {
          const c = row * cols + col;
          for (let k = starts[c]; k < starts[c + 1]; k++) {
            const i = order[k];
            const distance = (xs[i] - x) ** 2 + (ys[i] - y) ** 2;
            if (distance < bestDistance || (distance === bestDistance && (best === -1 || i < best))) {
              best = i;
              bestDistance = distance;
            }
          }
        }
      }
      return best;
    },
  };
}
