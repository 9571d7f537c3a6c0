/**
 * The span a set of events covers, for "fit the filter's matches": from the earliest start to the
 * latest end (ms). Null when none of the ids is in the timeline.
 */
import type { TimelineEvent } from '../dataset/model';
import type { Span } from './zoomLimits';

/** The span of the events whose ids are in `ids`, or null when there are none. */
export function spanOfIds(events: readonly TimelineEvent[], ids: ReadonlySet<string>): Span | null {
  let from = Infinity;
  let to = -Infinity;
  for (const e of events) {
    if (!ids.has(e.id)) continue;
    from = Math.min(from, e.t0);
    to = Math.max(to, e.t1);
  }
  return from <= to ? { from, to } : null;
}
