import { describe, expect, test } from 'vitest';
import { stampDots } from '../../../../src/ui/charts/stampDots.ts';
import type { DotStamp, PixelTarget } from '../../../../src/ui/charts/stampDots.ts';

function target(width: number, height: number): PixelTarget {
  return { data: new Uint8ClampedArray(width * height * 4), width, height };
}

function stamp(side: number, rgba: readonly number[]): DotStamp {
  const pixels = new Uint8ClampedArray(side * side * 4);
  for (let p = 0; p < side * side; p++) pixels.set(rgba, p * 4);
  return { pixels, side };
}

/** The RGBA of pixel (x, y). */
function pixel({ data, width }: PixelTarget, x: number, y: number): number[] {
  return Array.from(data.subarray((y * width + x) * 4, (y * width + x + 1) * 4));
}

const points = (...xy: number[]) => ({
  xs: Float64Array.from(xy.filter((_, i) => i % 2 === 0)),
  ys: Float64Array.from(xy.filter((_, i) => i % 2 === 1)),
});

describe('stampDots', () => {
  test('an opaque stamp is copied centred on its point', () => {
    const image = target(4, 3);
    const { xs, ys } = points(2, 2);
    stampDots(image, [stamp(2, [10, 20, 30, 255])], xs, ys, Uint8Array.of(0));
    // Side 2 centred on (2, 2): pixels x 1–2, y 1–2.
    for (const [x, y] of [[1, 1], [2, 1], [1, 2], [2, 2]]) expect(pixel(image, x, y)).toEqual([10, 20, 30, 255]);
    for (const [x, y] of [[0, 0], [3, 0], [0, 1], [3, 1], [0, 2], [3, 2], [1, 0], [2, 0]]) expect(pixel(image, x, y)).toEqual([0, 0, 0, 0]);
  });

  test('overlapping dots blend source-over, the later on top', () => {
    const image = target(1, 1);
    const { xs, ys } = points(0.5, 0.5, 0.5, 0.5);
    const blue = stamp(1, [0, 0, 255, 128]);
    const red = stamp(1, [255, 0, 0, 128]);
    stampDots(image, [blue, red], xs, ys, Uint8Array.of(0, 1));
    // a = 128/255 over b = 128/255 · 127/255 = 16256/65025: alpha a + b = 48896/65025, ×255 = 191.75;
    // red 255·a/(a + b) = 32640·255/48896 = 170.2; blue 255·b/(a + b) = 16256·255/48896 = 84.8.
    expect(pixel(image, 0, 0)).toEqual([170, 0, 85, 192]);
  });

  test('transparent stamp pixels leave what is below', () => {
    const image = target(2, 1);
    image.data.set([1, 2, 3, 4, 5, 6, 7, 8]);
    const { xs, ys } = points(1, 0.5);
    const ring = { side: 2, pixels: new Uint8ClampedArray(16) };
    ring.pixels.set([9, 9, 9, 255], 4); // only the top right pixel is painted
    stampDots(image, [ring], xs, ys, Uint8Array.of(0));
    // Side 2 centred on (1, 0.5): x 0–1, y 0 (y −1 … 0 rounds to 0 … 1, the second row is outside).
    expect(pixel(image, 0, 0)).toEqual([1, 2, 3, 4]);
    expect(pixel(image, 1, 0)).toEqual([9, 9, 9, 255]);
  });

  test('stamps are clipped at every edge, never wrapped onto the next row', () => {
    const image = target(3, 2);
    const { xs, ys } = points(3, 1, 0, 0);
    const numbered = { side: 2, pixels: Uint8ClampedArray.from([11, 0, 0, 255, 12, 0, 0, 255, 21, 0, 0, 255, 22, 0, 0, 255]) };
    stampDots(image, [numbered], xs, ys, Uint8Array.of(0, 0));
    // (3, 1): x 2–3, y 0–1, so only its left column shows at x 2. (0, 0): x −1–0, y −1–0: its bottom right at (0, 0).
    expect(pixel(image, 2, 0)).toEqual([11, 0, 0, 255]);
    expect(pixel(image, 2, 1)).toEqual([21, 0, 0, 255]);
    expect(pixel(image, 0, 0)).toEqual([22, 0, 0, 255]);
    for (const [x, y] of [[1, 0], [0, 1], [1, 1]]) expect(pixel(image, x, y)).toEqual([0, 0, 0, 0]);
  });
});
