/** What a chart's tooltip says and where it points, in pixels from the chart's top left. */
export interface Tip {
  readonly text: string;
  readonly left: number;
  readonly top: number;
}

/** Events and accessible name a chart mark spreads on itself to drive the tooltip. */
export interface TipTarget {
  readonly 'aria-label': string;
  readonly onfocus: () => void;
  readonly onblur: () => void;
  readonly onpointerenter: () => void;
  readonly onpointerleave: () => void;
}

/**
 * The tooltip of one chart: shown while a mark is hovered or has keyboard focus, so pointer and
 * keyboard users read the same text, which is also the mark's accessible name.
 */
export class TooltipState {
  current: Tip | null = $state(null);

  show(text: string, left: number, top: number): void {
    this.current = { text, left, top };
  }

  hide(): void {
    this.current = null;
  }

  /** Spread on a focusable mark: `{...tip.target(detail, left, top)}`. */
  target(text: string, left: number, top: number): TipTarget {
    const show = () => this.show(text, left, top);
    const hide = () => this.hide();
    return { 'aria-label': text, onfocus: show, onblur: hide, onpointerenter: show, onpointerleave: hide };
  }
}
