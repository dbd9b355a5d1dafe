import type { Attachment } from 'svelte/attachments';

/** An element's client width and height in CSS pixels. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Callbacks of the observed elements, all served by one observer so a view's charts resize in one batch. */
const listeners = new WeakMap<Element, (size: Size) => void>();
let observer: ResizeObserver | undefined;

function shared(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    // Inside the observer's callback layout is fresh: reading sizes here forces no extra layout.
    for (const { target } of entries) listeners.get(target)?.({ width: target.clientWidth, height: target.clientHeight });
  });
  return observer;
}

/**
 * `{@attach observeSize((size) => …)}`: reports the element's client size whenever it changes,
 * first in the frame it is mounted in. Unlike `bind:clientWidth` it never reads a size while the
 * page is still being built, so mounting a dozen charts costs one layout, not one each.
 */
export function observeSize(set: (size: Size) => void): Attachment<HTMLElement> {
  return (element) => {
    listeners.set(element, set);
    shared().observe(element);
    return () => {
      shared().unobserve(element);
      listeners.delete(element);
    };
  };
}

/** `{@attach observeWidth((w) => (width = w))}`: observeSize for the width alone. */
export const observeWidth = (set: (width: number) => void): Attachment<HTMLElement> => observeSize((size) => set(size.width));
