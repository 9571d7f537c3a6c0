/**
 * What is in view, without walking every event: binary searches over sorted typed arrays.
 *
 * Events are kept in groups by how long they last (powers of two of milliseconds), each group sorted
 * by the instant its mark is drawn at (`mid`). A query for the window [from, to) looks only at
 * mids within [from − longest/2, to + longest/2) of each group, so a long range that starts well
 * before the view is still found, and the work is O(groups · log n + what is in view).
 */
import type { TimelineEvent } from '../dataset/model';
import { markKind } from './marks';

/** One group of events of similar length, sorted by mid. */
export interface SpanGroup {
  /** True for day-, hour- and minute-precision events without an end: always drawn as a point. */
  point: boolean;
  /** The longest duration in the group, ms. */
  maxDuration: number;
  /** The instant each mark is drawn at (middle of its span), ascending. */
  mids: Float64Array;
  /** Index into `events` of each entry of `mids`. */
  order: Int32Array;
}

/** Every event, grouped for fast window queries. Build once per dataset. */
export interface SpanIndex {
  events: readonly TimelineEvent[];
  groups: SpanGroup[];
}

/** First position in `sorted` whose value is ≥ `value` (sorted.length when none). */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if ((sorted[m] as number) < value) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** The instant a mark is drawn at: the middle of the span the event could be in. */
export function midOf(e: Pick<TimelineEvent, 't0' | 't1'>): number {
  return e.t0 + (e.t1 - e.t0) / 2;
}

/**
 * Groups events by length; `events` must be the model's chronological list. With `only`, the index
 * holds just those events (chronological indices), still numbered as in `events`: one lane of a
 * faceted layout.
 */
export function buildSpanIndex(events: readonly TimelineEvent[], only?: readonly number[]): SpanIndex {
  const buckets = new Map<string, number[]>();
  const count = only ? only.length : events.length;
  // Index loops and no array per event: at 100,000 events the first build is part of the load.
  for (let n = 0; n < count; n++) {
    const i = only ? (only[n] as number) : n;
    const e = events[i]!;
    const point = markKind(e) === 'point';
    const key = point ? 'point' : String(Math.ceil(Math.log2(Math.max(1, e.t1 - e.t0))));
    let list = buckets.get(key);
    if (!list) buckets.set(key, (list = []));
    list.push(i);
  }
  const groups: SpanGroup[] = [];
  for (const [key, list] of buckets) {
    list.sort((a, b) => midOf(events[a]!) - midOf(events[b]!) || a - b);
    const mids = new Float64Array(list.length);
    const order = new Int32Array(list.length);
    let maxDuration = 0;
    for (let j = 0; j < list.length; j++) {
      const e = events[list[j]!]!;
      mids[j] = midOf(e);
      order[j] = list[j]!;
      maxDuration = Math.max(maxDuration, e.t1 - e.t0);
    }
    groups.push({ point: key === 'point', maxDuration, mids, order });
  }
  return { events, groups };
}

/**
 * Whether an event's span meets the window [from, to): the one rule for "in view" (the layout,
 * the empty view, keyboard steps). Spans are [t0, t1), t1 exclusive: a day, or a range's last
 * day, ends at the next midnight (UTC, isoDate.ts), so an event ending on a view's first day meets it.
 */
export function meets(e: Pick<TimelineEvent, 't0' | 't1'>, from: number, to: number): boolean {
  return e.t1 > from && e.t0 < to;
}

/** Indices (chronological) of events whose span meets [from, to), in chronological order. */
export function eventsInWindow(index: SpanIndex, from: number, to: number): number[] {
  const out: number[] = [];
  for (const g of index.groups) {
    const half = g.maxDuration / 2;
    const end = lowerBound(g.mids, to + half);
    for (let j = lowerBound(g.mids, from - half); j < end; j++) {
      const i = g.order[j]!;
      if (meets(index.events[i]!, from, to)) out.push(i);
    }
  }
  return out.sort((a, b) => a - b);
}

/** Whether any event's span meets [from, to) (eventsInWindow, stopping at the first). */
export function anyInWindow(index: SpanIndex, from: number, to: number): boolean {
  for (const g of index.groups) {
    const half = g.maxDuration / 2;
    const end = lowerBound(g.mids, to + half);
    for (let j = lowerBound(g.mids, from - half); j < end; j++) {
      if (meets(index.events[g.order[j]!]!, from, to)) return true;
    }
  }
  return false;
}
