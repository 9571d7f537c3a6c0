/**
 * A view with nothing in it: zoomed into a stretch between events, the plot would show an empty
 * grid. These pure helpers tell when that is so and which events lie nearest on either side, so
 * the timeline can say so and offer a way back (EmptyView.tsx).
 */
import type { Layout } from './layout';
import { anyInWindow, lowerBound, type SpanIndex } from './visibleSlice';
import type { Span } from './zoomLimits';

/** One band of the plot (its lanes by time, or a row by person or topic) at one frame. */
export interface ViewBand {
  layout: Pick<Layout, 'marks' | 'clusters'>;
  /** The band's events. */
  index: SpanIndex;
  /** The span in view. */
  view: Span;
}

/**
 * True when the band shows nothing: no event's span meets the view (the one rule for "in view",
 * visibleSlice.ts's `meets`, which nearestOutside's two sides complement), and no mark or cluster
 * reaches into the plot's [0, width] px. Both, so that the words "No events in 18 April – 5 May"
 * are never said of a view holding an event of 5 May whose dot, at midday, lies beyond the edge,
 * nor drawn over a dot or pill at the edge.
 */
export function isViewEmpty({ layout, index, view }: ViewBand, width: number): boolean {
  const shows = (x0: number, x1: number) => x1 >= 0 && x0 <= width;
  return !anyInWindow(index, view.from, view.to) &&
    !layout.marks.some((m) => shows(m.geometry.x0, m.geometry.x1)) && !layout.clusters.some((c) => shows(c.x0, c.x1));
}

/**
 * The events nearest the view on either side (chronological indices, or null at either end):
 * `before`, of those ending by the view's start, the one ending last (a range by its end, which
 * is exclusive: the midnight after its last day); `after`, the first to start at or after its end.
 * With an empty view (isViewEmpty) the two sides hold every event. `starts` holds each event's t0,
 * ascending.
 */
export function nearestOutside(events: readonly { t0: number; t1: number }[], starts: ArrayLike<number>, view: Span): { before: number | null; after: number | null } {
  const afterAt = lowerBound(starts, view.to);
  let before: number | null = null;
  // Only reached when the view is empty, so a scan is fine; it stops at the first event that
  // started too long before to end later than the best found.
  for (let i = lowerBound(starts, view.from) - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.t1 <= view.from && (before === null || e.t1 > events[before]!.t1)) before = i;
  }
  return { before, after: afterAt < events.length ? afterAt : null };
}
