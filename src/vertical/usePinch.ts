/**
 * Two-finger pinch on the vertical timeline changes its zoom (how much room time gets), one step
 * for each factor of √2 the fingers spread or close. One finger is never touched: the page scrolls
 * as usual. The list has `touch-action: pan-y`, so the browser leaves the pinch to us there.
 */
import { useCallback, useEffect, useRef } from 'react';

/** Returns a ref callback for the element; `zoom(+1)` on spread, `zoom(-1)` on pinch. */
export function usePinch(zoom: (d: number) => void): (el: HTMLElement | null) => void {
  const node = useRef<HTMLElement | null>(null);
  const cleanup = useRef<(() => void) | null>(null);
  const zoomRef = useRef(zoom);
  useEffect(() => { zoomRef.current = zoom; }, [zoom]);
  const attach = useCallback((el: HTMLElement | null) => {
    if (el === node.current) return;
    cleanup.current?.();
    cleanup.current = null;
    node.current = el;
    if (!el) return;
    let base = 0;
    const spread = (t: TouchList) => Math.hypot(t[0]!.clientX - t[1]!.clientX, t[0]!.clientY - t[1]!.clientY);
    const start = (e: TouchEvent) => { if (e.touches.length === 2) base = spread(e.touches); };
    const move = (e: TouchEvent) => {
      if (e.touches.length !== 2 || !base) return;
      e.preventDefault();
      const ratio = spread(e.touches) / base;
      if (ratio > Math.SQRT2 || ratio < Math.SQRT1_2) {
        zoomRef.current(ratio > 1 ? 1 : -1);
        base = spread(e.touches);
      }
    };
    const end = (e: TouchEvent) => { if (e.touches.length < 2) base = 0; };
    el.addEventListener('touchstart', start, { passive: true });
    el.addEventListener('touchmove', move, { passive: false });
    el.addEventListener('touchend', end, { passive: true });
    el.addEventListener('touchcancel', end, { passive: true });
    cleanup.current = () => {
      el.removeEventListener('touchstart', start);
      el.removeEventListener('touchmove', move);
      el.removeEventListener('touchend', end);
      el.removeEventListener('touchcancel', end);
    };
  }, []);
  useEffect(() => () => cleanup.current?.(), []);
  return attach;
}
