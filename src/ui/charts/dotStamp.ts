import type { DotStamp } from './stampDots.ts';

/** Stamps made, by colour, size and pixel ratio: a redraw needs the same few again. */
const made = new Map<string, DotStamp>();
/** More than a few themes' palettes: past this the cache starts afresh. */
const KEPT = 64;

/**
 * A filled dot of `radius` CSS pixels in `color` at `alpha`, drawn once on a canvas of its own at the
 * screen's pixel ratio and read back as pixels, for stampDots to copy onto each point of its colour.
 * Stamps are only read, so one serves every drawing that asks for the same.
 */
export function dotStamp(color: string, radius: number, alpha: number, ratio: number): DotStamp {
  const key = `${color} ${radius} ${alpha} ${ratio}`;
  const known = made.get(key);
  if (known !== undefined) return known;
  if (made.size >= KEPT) made.clear();
  const stamp = drawStamp(color, radius, alpha, ratio);
  made.set(key, stamp);
  return stamp;
}

function drawStamp(color: string, radius: number, alpha: number, ratio: number): DotStamp {
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
