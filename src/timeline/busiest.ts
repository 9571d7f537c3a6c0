/**
 * The busiest stretch of the story: the 7-day window holding the most events, by two pointers over
 * the chronological list (O(n)). Ties go to the earliest window. The button "Busiest week" zooms here.
 */
import { WEEK } from './units';
import type { Span } from './zoomLimits';

/** The busiest window and how many events start in it. */
export interface BusiestWindow extends Span {
  count: number;
}

/** The window of `length` ms (a week by default) in which most events start; null when there are none. */
export function busiestWindow(events: readonly { t0: number; t1: number }[], length = WEEK): BusiestWindow | null {
  if (events.length === 0) return null;
  let best = { start: 0, end: 1 };
  let lo = 0;
  for (let hi = 0; hi < events.length; hi++) {
    while (events[hi]!.t0 - events[lo]!.t0 >= length) lo++;
    if (hi + 1 - lo > best.end - best.start) best = { start: lo, end: hi + 1 };
  }
  const first = events[best.start]!;
  let to = first.t0;
  for (let i = best.start; i < best.end; i++) to = Math.max(to, Math.min(events[i]!.t1, first.t0 + length));
  return { from: first.t0, to, count: best.end - best.start };
}
