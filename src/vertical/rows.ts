/**
 * The vertical timeline's rows, as a pure model: events in date order down the page, with
 * - the room time gets before each event (its distance from the one before, at `pxPerDay`, on the
 *   chronological and collapsed-gaps scales; none on the sequential one, which spaces evenly);
 * - a labelled break ("≈ 10 months", the page adds "later") where the collapsed-gaps scale collapses a stretch, in
 *   place of its room: the time from the event before to the next (their starts), which is what
 *   "later" tells a reader, not the length of the empty stretch cut out (between 11 and 13 May
 *   that was "≈ 12 hours");
 * - a day heading over a day that holds several events, so a dense day reads as one;
 * - several events at one instant listed one after another, never hidden.
 */
import type { TimelineEvent } from '../dataset/model';
import { local } from '../format/dates';
import type { StoryScale } from '../timeline/storyScale';
import { gapLength } from '../timeline/storyScale';
import { DAY } from '../timeline/units';

/** One item of the vertical timeline. */
export type VerticalItem =
  | { kind: 'event'; index: number; space: number }
  | { kind: 'break'; key: string; label: string; from: number; to: number }
  | { kind: 'day'; key: string; day: number };

/** Options of verticalRows. */
export interface VerticalOptions {
  /** Vertical room per day of time between events, px (the zoom). */
  pxPerDay: number;
  /** Most room before one event, px, so that a long stretch never empties the screen. */
  maxSpace: number;
  /** Locale of the break labels (the interface's language: the page words them "… later"). */
  locale: string;
}

/** Each event's day, worked out once (on its own clock, through Intl): the page lays the rows out at every zoom step. */
const days = new WeakMap<TimelineEvent, number | null>();

/**
 * A day-precision (or finer) event's day, as its date is told (on its own clock: src/format/dates.ts):
 * the day's first moment on that clock, read as UTC. Null for months, years and ranges.
 */
function eventDay(e: TimelineEvent): number | null {
  let day = days.get(e);
  if (day === undefined) {
    day = !e.end && (e.start.precision === 'day' || e.start.precision === 'hour' || e.start.precision === 'minute') ? Math.floor(local(e.start) / DAY) * DAY : null;
    days.set(e, day);
  }
  return day;
}

/** The rows for `events` (chronological) under `scale`, events `from` … `to` (indices). */
export function verticalRows(events: readonly TimelineEvent[], scale: StoryScale, { pxPerDay, maxSpace, locale }: VerticalOptions, from = 0, to = events.length): VerticalItem[] {
  const items: VerticalItem[] = [];
  const gaps = scale.kind === 'gaps' ? scale.pieces.filter((p) => p.gap) : [];
  const countByDay = new Map<number, number>();
  for (let i = from; i < to; i++) {
    const d = eventDay(events[i]!);
    if (d !== null) countByDay.set(d, (countByDay.get(d) ?? 0) + 1);
  }
  let lastDayHeading: number | null = null;
  for (let i = from; i < to; i++) {
    const e = events[i]!;
    const prev = i > from ? events[i - 1]! : null;
    let space = 0;
    if (prev && scale.kind !== 'sequential') {
      const gap = gaps.find((g) => g.t0 >= prev.t0 && g.t1 <= e.t1 && g.t1 > prev.t1);
      if (gap) items.push({ kind: 'break', key: `b${gap.t0}`, label: gapLength(e.t0 - prev.t0, locale), from: gap.t0, to: gap.t1 });
      else space = Math.min(maxSpace, Math.max(0, ((e.t0 - prev.t0) / DAY) * pxPerDay));
    }
    const day = eventDay(e);
    if (day !== null && (countByDay.get(day) ?? 0) > 1 && day !== lastDayHeading) {
      items.push({ kind: 'day', key: `d${day}`, day });
      lastDayHeading = day;
    } else if (day === null || day !== lastDayHeading) lastDayHeading = null;
    items.push({ kind: 'event', index: i, space });
  }
  return items;
}
