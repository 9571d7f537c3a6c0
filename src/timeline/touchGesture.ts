/**
 * Touch never traps the page. d3-zoom cancels every touchmove it handles (so that its own pan and
 * pinch are not fought by the browser), which also cancels the page's scroll when a swipe starts
 * on the chart. This guard sits in the capture phase in front of d3-zoom and judges a one-finger
 * swipe by its first clear movement: a mostly vertical one is kept from d3-zoom for its whole
 * length, so the browser scrolls the page (and, inside an iframe whose document cannot scroll, the
 * host page); a mostly horizontal one goes on to d3-zoom and pans; a second finger pinch-zooms.
 * The plot's `touch-action: pan-y` lets the browser scroll vertically and nothing else.
 */

/** Movement, px, before a one-finger swipe is judged vertical or horizontal. */
export const SLOP = 6;

type Mode = 'undecided' | 'scroll' | 'zoom';

/** Installs the guard on the element d3-zoom is attached to; returns a function that removes it. */
export function guardTouchScroll(node: Element): () => void {
  let mode: Mode = 'zoom';
  let x0 = 0;
  let y0 = 0;
  const start = (e: Event) => {
    const t = (e as TouchEvent).touches;
    if (t.length === 1) {
      mode = 'undecided';
      x0 = t[0]!.clientX;
      y0 = t[0]!.clientY;
    } else if (mode === 'undecided') mode = 'zoom';
    // A second finger during a page scroll stays a scroll: the browser already owns the gesture.
    if (mode === 'scroll') e.stopImmediatePropagation();
  };
  const move = (e: Event) => {
    const t = (e as TouchEvent).touches;
    if (mode === 'undecided') {
      if (t.length > 1) mode = 'zoom';
      else {
        const dx = t[0]!.clientX - x0;
        const dy = t[0]!.clientY - y0;
        if (Math.hypot(dx, dy) < SLOP) return e.stopImmediatePropagation();
        mode = Math.abs(dy) > Math.abs(dx) ? 'scroll' : 'zoom';
      }
    }
    if (mode === 'scroll') e.stopImmediatePropagation();
  };
  const end = (e: Event) => {
    if ((e as TouchEvent).touches.length === 0 && mode === 'scroll') mode = 'zoom';
  };
  const opts = { capture: true, passive: true } as const;
  node.addEventListener('touchstart', start, opts);
  node.addEventListener('touchmove', move, opts);
  node.addEventListener('touchend', end, opts);
  node.addEventListener('touchcancel', end, opts);
  return () => {
    node.removeEventListener('touchstart', start, opts);
    node.removeEventListener('touchmove', move, opts);
    node.removeEventListener('touchend', end, opts);
    node.removeEventListener('touchcancel', end, opts);
  };
}
