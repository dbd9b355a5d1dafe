/** A filled dot drawn once on its own canvas, stamped with drawImage for each point of its colour. */
export interface DotSprite {
  readonly image: HTMLCanvasElement;
  /** Side of the stamp in CSS pixels, and half of it (to centre the stamp on a point). */
  readonly size: number;
  readonly half: number;
}

/**
 * One stamp per colour instead of one path per point: thousands of drawImage calls cost a
 * fraction of as many arc fills, and overlapping dots still add up their opacity as before.
 */
export function dotSprite(color: string, radius: number, alpha: number, ratio: number): DotSprite {
  const size = Math.ceil(radius * 2) + 2;
  const image = document.createElement('canvas');
  image.width = Math.ceil(size * ratio);
  image.height = Math.ceil(size * ratio);
  const context = image.getContext('2d');
  if (context !== null) {
    context.scale(ratio, ratio);
    context.globalAlpha = alpha;
    context.fillStyle = color;
    context.beginPath();
    context.arc(size / 2, size / 2, radius, 0, Math.PI * 2);
    context.fill();
  }
  return { image, size, half: size / 2 };
}
