/**
 * The width of an element, from ResizeObserver, and whether the main pointer is coarse.
 * Both are 0/false on the server and on the first client render, so hydration always matches.
 */
import { useLayoutEffect, useState, useSyncExternalStore, type RefObject } from 'react';

/** The element's content width, px (0 until measured). */
export function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    setWidth(Math.floor(node.getBoundingClientRect().width));
    const ro = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    ro.observe(node);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

// One MediaQueryList for the page: getSnapshot runs on every render, and matchMedia is not free.
let coarse: MediaQueryList | null = null;
const query = () => (coarse ??= matchMedia('(pointer: coarse)'));

function subscribe(onChange: () => void): () => void {
  const mq = query();
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

/** True when the main pointer is a finger. */
export function useCoarsePointer(): boolean {
  return useSyncExternalStore(subscribe, () => query().matches, () => false);
}
