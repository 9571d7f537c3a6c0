/**
 * The width of an element, from ResizeObserver, and whether the main pointer is coarse.
 * Both are 0/false on the server and on the first client render, so hydration always matches.
 */
import { useLayoutEffect, useState, useSyncExternalStore, type RefObject } from 'react';

/**
 * The element's content width, px (0 until measured). Given `known` (measured already, px), it
 * starts there and is not measured again on mount: the observer's first report, which comes after
 * the first layout and before the first paint, corrects it if it differs.
 */
export function useWidth(ref: RefObject<HTMLElement | null>, known = 0): number {
  const [width, setWidth] = useState(known);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    // Measuring here would force the page's layout inside the commit, before anything else runs.
    if (!known) setWidth(Math.floor(node.getBoundingClientRect().width));
    const ro = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    ro.observe(node);
    return () => ro.disconnect();
  }, [ref, known]);
  return width;
}

/**
 * The root font size, px: 16 on the server and in the first client render (so hydration matches),
 * or `known` when measured already, then the reader's, followed live through a probe element 1rem
 * wide (`probe`) that a ResizeObserver watches, so a change of text size re-lays the plot out.
 */
export function useRem(probe: RefObject<HTMLElement | null>, known?: number): number {
  const [rem, setRem] = useState(known ?? 16);
  useLayoutEffect(() => {
    const node = probe.current;
    if (!node) return;
    const read = () => {
      const px = node.getBoundingClientRect().width;
      if (px > 0) setRem(px);
    };
    // As useWidth: known already, the observer's first report (before the first paint) will do.
    if (known === undefined) read();
    const ro = new ResizeObserver(read);
    ro.observe(node);
    return () => ro.disconnect();
  }, [probe, known]);
  return rem;
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
