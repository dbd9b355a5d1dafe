/**
 * The Lorenz curve's revenue share at customer share `x`, interpolated linearly between the two
 * points around it (points ascend in x from (0, 0) to (1, 1)). 0 for an empty curve.
 */
export function lorenzAt(points: readonly { readonly x: number; readonly y: number }[], x: number): number {
  if (points.length === 0) return 0;
  for (let i = 1; i < points.length; i++) {
    const right = points[i];
    if (right.x < x) continue;
    const left = points[i - 1];
    return right.x === left.x ? right.y : left.y + ((x - left.x) / (right.x - left.x)) * (right.y - left.y);
  }
  return points[points.length - 1].y;
}
