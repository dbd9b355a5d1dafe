const SVG_NS = 'http://www.w3.org/2000/svg';
/** Height of the band above the chart that holds the title in the exported file. */
const TITLE_BAND = 32;
/**
 * Presentation properties copied from the page's computed style onto each exported element.
 * The page paints charts through CSS classes and custom properties (`--chart-1`, `light-dark()`),
 * which do not exist in a file opened on its own, so the resolved values are written inline.
 */
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** A chart's SVG as a self-contained document: its size, the page's resolved colours and fonts, and the title on top. */
export interface StandaloneSvg {
  readonly markup: string;
  readonly width: number;
  readonly height: number;
}

/**
 * Copies `svg` into a file that looks the same outside the page: every element gets its computed
 * fill, stroke and font inline, the background is the frame's surface colour (so a dark-theme
 * export stays readable), and `title` is written above the chart.
 */
export function standaloneSvg(svg: SVGSVGElement, title: string, background: string): StandaloneSvg {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const chartHeight = Math.max(1, Math.round(box.height));
  const height = chartHeight + TITLE_BAND;

  const chart = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, chart);
  chart.removeAttribute('class');
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(TITLE_BAND));
  chart.setAttribute('width', String(width));
  chart.setAttribute('height', String(chartHeight));

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);

  const fill = document.createElementNS(SVG_NS, 'rect');
  fill.setAttribute('width', '100%');
  fill.setAttribute('height', '100%');
  fill.setAttribute('fill', background);

  const style = getComputedStyle(svg);
  const heading = document.createElementNS(SVG_NS, 'text');
  heading.setAttribute('x', '8');
  heading.setAttribute('y', '22');
  heading.setAttribute('style', `fill: ${style.color}; font-family: ${style.fontFamily}; font-size: 15px; font-weight: 600`);
  heading.textContent = title;

  root.append(fill, heading, chart);
  return { markup: new XMLSerializer().serializeToString(root), width, height };
}

/** Walks the page element and its clone in step (same tree) and writes the page's resolved styles on the clone. */
function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const declarations: string[] = [];
  for (const property of INLINED) {
    const value = computed.getPropertyValue(property);
    if (value !== '') declarations.push(`${property}: ${value}`);
  }
  target.setAttribute('style', declarations.join('; '));
  const sources = source.children;
  const targets = target.children;
  for (let index = 0; index < sources.length; index++) inlineStyles(sources[index], targets[index]);
}
