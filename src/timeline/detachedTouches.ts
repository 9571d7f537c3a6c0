/**
 * A touch stays with the element it started on, even once that element has left the document:
 * its moves and its end are dispatched to the removed node and never bubble up to the plot. A
 * zoom removes marks and cluster pills in every frame (clusters are drawn by slot, and fewer may
 * reach the view), so a pinch or swipe that started on one was left without its end: d3-zoom's
 * gesture never ended, the view stopped following the fingers, and the rows held while a gesture
 * runs (useFrame) stayed stale. The same befell a pinch with one finger put down beside the plot:
 * d3-zoom takes every finger on the screen into the gesture, but that finger's moves and end go
 * to the page around the plot, and the gesture never ended (its frames stayed on the gesture
 * layer, GestureLayer.tsx, where no mark can be clicked). This hands such touches to the plot: a
 * copy of each touch event that reaches a removed start target, or one outside the plot, is
 * dispatched on the plot, where d3-zoom and the scroll guard (touchGesture.ts) listen.
 *
 * A touch can also start on an element laid over the plot that takes touch input (the "No events
 * in …" card's buttons, EmptyView.tsx): its start never reached the plot, so a pinch begun there
 * was nobody's and the browser zoomed the whole page (the plot's box has the plot's
 * `touch-action: pan-y` for that reason, TimelineChart.tsx). A touch that starts inside an element
 * marked `data-over-plot`, a sibling of the plot, is the plot's too: its start is dispatched on the
 * plot as well, and its moves and end then follow as above. The element still gets its own events,
 * so its buttons still answer a tap.
 */

/** Installs the forwarding on `node` (the element d3-zoom is attached to); returns a function that removes it. */
export function forwardDetachedTouches(node: Element): () => void {
  if (typeof TouchEvent !== 'function') return () => undefined;
  const watched = new Set<EventTarget>();
  const forward = (e: Event) => {
    const target = e.currentTarget as Node;
    const touch = e as TouchEvent;
    // Still in the plot: the event bubbles to it by itself.
    if (!target.isConnected || !node.contains(target)) {
      const copy = copyOf(touch);
      node.dispatchEvent(copy);
      if (copy.defaultPrevented && e.cancelable) e.preventDefault();
    }
    if ((e.type === 'touchend' || e.type === 'touchcancel') && touch.touches.length === 0) unwatchAll();
  };
  // Not passive: d3-zoom cancels the moves it handles, and a forwarded move must be cancelled too.
  const opts = { passive: false } as const;
  const unwatchAll = () => {
    for (const t of watched) for (const type of ['touchmove', 'touchend', 'touchcancel']) t.removeEventListener(type, forward);
    watched.clear();
  };
  const start = (e: Event) => {
    // A new gesture: the targets of the last one are let go.
    if ((e as TouchEvent).touches.length === 1) unwatchAll();
    // Every finger on the screen is part of the gesture (d3-zoom's), this one's and any put down
    // outside the plot before it.
    for (const t of [e.target, ...[...(e as TouchEvent).touches].map((touch) => touch.target)]) {
      if (!t || t === node || watched.has(t)) continue;
      watched.add(t);
      for (const type of ['touchmove', 'touchend', 'touchcancel']) t.addEventListener(type, forward, opts);
    }
  };
  node.addEventListener('touchstart', start, { capture: true, passive: true });
  // Starts on an overlay of the plot (a sibling of it, marked data-over-plot) are handed to the plot.
  const host = node.parentElement;
  const overlay = (e: Event) => {
    const over = (e.target as Element | null)?.closest?.('[data-over-plot]');
    if (!over || over.parentElement !== host) return;
    node.dispatchEvent(copyOf(e as TouchEvent));
  };
  host?.addEventListener('touchstart', overlay, { passive: true });
  return () => {
    node.removeEventListener('touchstart', start, { capture: true });
    host?.removeEventListener('touchstart', overlay);
    unwatchAll();
  };
}

/** A copy of a touch event, to dispatch on the plot. */
function copyOf(e: TouchEvent): TouchEvent {
  return new TouchEvent(e.type, {
    bubbles: true, cancelable: e.cancelable, composed: true,
    touches: [...e.touches], targetTouches: [...e.targetTouches], changedTouches: [...e.changedTouches],
    altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey,
  });
}
