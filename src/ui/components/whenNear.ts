import type { Attachment } from 'svelte/attachments';

/**
 * `{@attach whenNear(() => …)}`: calls `reached` each time the element comes within `margin` of
 * being seen in its nearest scrolling box (or the page), e.g. a last row that asks for the next
 * rows of a long list to be rendered.
 */
export function whenNear(reached: () => void, margin = '200px'): Attachment<HTMLElement> {
  return (element) => {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) reached();
    }, { root: scrollingBox(element), rootMargin: margin });
    observer.observe(element);
    return () => observer.disconnect();
  };
}

/** The nearest ancestor that scrolls vertically, null for the page. */
function scrollingBox(element: Element): Element | null {
  for (let box = element.parentElement; box !== null; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box);
    if (overflowY === 'auto' || overflowY === 'scroll') return box;
  }
  return null;
}
