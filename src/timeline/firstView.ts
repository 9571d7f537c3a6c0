/**
 * Where a story opens when neither the page nor the dataset chooses a view: on its moment, the
 * week that holds the most quoted events (quotes are what the story is told with), padded so the
 * marks have room for their titles. Context is one step away (zoom out, Fit all, the overview).
 * Without quotes, the busiest week; with fewer than three events, everything (null).
 */
import type { TimelineEvent } from '../dataset/model';
import { busiestWindow } from './busiest';
import { DAY, WEEK } from './units';
import type { Span } from './zoomLimits';

/** The first view of a dataset without a `view`, ms; null shows everything. */
export function firstView(events: readonly TimelineEvent[]): Span | null {
  if (events.length < 3) return null;
  const quoted = events.filter((e) => e.quotes.length > 0);
  const pool = quoted.length > 1 ? quoted : events;
  const window = busiestWindow(pool);
  if (!window || window.count < 2) return null;
  // The window's events whole: a month or a year is seen entire, not a week of it.
  let to = window.to;
  for (const e of pool) if (e.t0 >= window.from && e.t0 < window.from + WEEK) to = Math.max(to, e.t1);
  // A quarter of the window on the left, more on the right where the last titles run; at least a day each side.
  const len = Math.max(to - window.from, DAY);
  return { from: window.from - Math.max(DAY, len * 0.25), to: to + Math.max(DAY, len * 0.6) };
}
