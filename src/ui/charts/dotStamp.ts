import type { DotStamp } from './stampDots.ts';

/**
 * A filled dot of `radius` CSS pixels in `color` at `alpha`, drawn once on a canvas of its own at the
 * screen's pixel ratio and read back as pixels, for stampDots to copy onto each point of its colour.
 */
export function dotStamp(color: string, radius: number, alpha: number, ratio: number): DotStamp {
  const side = Math.ceil((Math.ceil(radius * 2) + 2) * ratio);
  const canvas = document.createElement('canvas');
  canvas.width = side;
  canvas.height = side;
  const context = canvas.getContext('2d');
  if (context === null) return { pixels: new Uint8ClampedArray(side * side * 4), side };
  context.globalAlpha = alpha;
  context.fillStyle = color;
  context.beginPath();
  context.arc(side / 2, side / 2, radius * ratio, 0, Math.PI * 2);
  context.fill();
  return { pixels: context.getImageData(0, 0, side, side).data, side };
}
