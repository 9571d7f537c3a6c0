/**
 * How an event's date is drawn, so that precision is visible:
 * - a sure date (day, hour, minute) is a point;
 * - a month or a year is the span it could be in, drawn hollow and dashed ("some time in July");
 * - a range with an end is a solid bar.
 * Spans too narrow to read at the current zoom collapse to a point-sized glyph of their own kind.
 */
import type { TimelineEvent } from '../dataset/model';

/** The three ways a date is drawn. */
export type MarkKind = 'point' | 'uncertain' | 'range';

/** Radius of a point glyph, px. Spans narrower than its diameter are drawn at that width. */
export const POINT_RADIUS = 5;

/** The kind of mark an event gets, from its precision and whether it has an end. */
export function markKind(e: Pick<TimelineEvent, 'start' | 'end'>): MarkKind {
  if (e.end) return 'range';
  return e.start.precision === 'year' || e.start.precision === 'month' ? 'uncertain' : 'point';
}

/** Where a mark sits on screen, px along the axis. */
export interface MarkGeometry {
  kind: MarkKind;
  /** Left edge of the glyph. */
  x0: number;
  /** Right edge of the glyph. */
  x1: number;
  /** The instant the mark stands for (the middle of its span), px. */
  cx: number;
  /** True when a span is too narrow to draw as one and is shown as a point-sized glyph. */
  collapsed: boolean;
}

/** Geometry of an event's mark under the scale `x` (ms → px). */
export function markGeometry(e: Pick<TimelineEvent, 'start' | 'end' | 't0' | 't1'>, x: (t: number) => number): MarkGeometry {
  const kind = markKind(e);
  const a = x(e.t0);
  const b = x(e.t1);
  // The middle instant, placed by the scale: on a non-linear scale it need not be the middle pixel.
  const cx = x(e.t0 + (e.t1 - e.t0) / 2);
  if (kind === 'point' || b - a < 2 * POINT_RADIUS) {
    return { kind, x0: cx - POINT_RADIUS, x1: cx + POINT_RADIUS, cx, collapsed: kind !== 'point' };
  }
  return { kind, x0: a, x1: b, cx, collapsed: false };
}
