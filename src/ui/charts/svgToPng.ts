import { canvasToPng } from './canvasToPng.ts';
import type { StandaloneSvg } from './standaloneSvg.ts';

/** PNG pixels per SVG unit: 2× keeps text sharp on high-density screens and in slides. */
const SCALE = 2;

/** Rasterises a standalone SVG (see `standaloneSvg`) to a PNG at 2× through an off-screen canvas. */
export async function svgToPng(svg: StandaloneSvg): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = svg.width * SCALE;
    canvas.height = svg.height * SCALE;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('2D canvas unavailable');
    context.scale(SCALE, SCALE);
    context.drawImage(image, 0, 0, svg.width, svg.height);
    return await canvasToPng(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}
