/**
 * `d3-transition` for the app (scripts/aliases.ts): only what d3-zoom calls when no zoom runs
 * through a transition. d3-zoom imports d3-transition for its own animated zooms (and for
 * `interrupt`, which stops them); this app animates every zoom itself (src/timeline/zoomMotion.ts)
 * and never calls `selection.transition()`, so the real module — with d3-color, d3-timer and most of
 * d3-interpolate, about 8 KiB gzip of the page's 110 KiB budget — would ship unused.
 * With no transitions, interrupting one does nothing; `selection.transition` is left undefined, so
 * any future use fails loudly (tests/timeline/noTransitions.test.ts) rather than silently.
 */
import { selection } from 'd3-selection';

/** Stops the transitions on `node`: there are none. */
export function interrupt(): void {}

// d3-zoom's zoom.transform calls selection.interrupt() before setting a transform.
(selection.prototype as unknown as { interrupt: () => unknown }).interrupt = function interruptAll(this: unknown) {
  return this;
};
