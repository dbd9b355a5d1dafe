import { createSubscriber } from 'svelte/reactivity';

/**
 * Read inside an effect, `trackColorScheme()` re-runs the effect when the page switches between
 * light and dark (the theme switch pins `data-theme` on <html>, or the system scheme changes):
 * what a canvas drew with resolved colours must be drawn again then.
 */
export const trackColorScheme = createSubscriber((update) => {
  const observer = new MutationObserver(update);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', update);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', update);
  };
});

/** A CSS colour (e.g. `var(--chart-1)`, which may hold `light-dark(…)`) as the element resolves it, for a canvas. */
export function resolveColor(element: HTMLElement, color: string): string {
  const before = element.style.color;
  element.style.color = color;
  const resolved = getComputedStyle(element).color;
  element.style.color = before;
  return resolved;
}
