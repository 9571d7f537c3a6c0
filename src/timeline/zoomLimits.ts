/**
 * Zoom limits that keep the view meaningful: never wider than every event plus a margin, never
 * finer than about an hour per hundred pixels. The base scale (storyScale.ts) maps the padded extent
 * of all events onto the plot's width, so k = 1 is "fit all" and the view never leaves that extent.
 */
import { HOUR, DAY } from './units';
import type { StoryScale } from './storyScale';
import type { TimelineEvent } from '../dataset/model';
import { POINT_RADIUS, markGeometry } from './marks';

/** An interval of time, ms. */
export interface Span {
  from: number;
  to: number;
}

/** Finest zoom: this many ms per pixel (an hour per hundred pixels). */
export const FINEST_MS_PER_PX = HOUR / 100;

/**
 * The extent the base scale spans: all events, padded by `margin` of their length on the left and
 * three times that on the right, where the last events' titles run.
 */
export function paddedExtent(events: readonly { t0: number; t1: number }[], margin = 0.04): Span {
  if (events.length === 0) {
    const now = Date.UTC(2000, 0, 1);
    return { from: now - 15 * DAY, to: now + 15 * DAY };
  }
  let from = Infinity;
  let to = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as { t0: number; t1: number };
    if (e.t0 < from) from = e.t0;
    if (e.t1 > to) to = e.t1;
  }
  // A lone day still gets a readable span around it.
  const length = Math.max(to - from, 2 * DAY);
  const pad = length * margin;
  const mid = (from + to) / 2;
  return { from: Math.min(from, mid - length / 2) - pad, to: Math.max(to, mid + length / 2) + 3 * pad };
}

/** d3-zoom's scaleExtent for a base scale drawn `width` px wide: fit all, down to the finest zoom. */
export function scaleExtent(scale: StoryScale, width: number): [number, number] {
  const finestSpan = FINEST_MS_PER_PX * Math.max(1, width);
  let kMax = scale.maxRate / finestSpan;
  // Evenly spaced events: zooming in beyond two slots in view only spreads emptiness.
  if (scale.kind === 'sequential') kMax = Math.min(kMax, Math.max(1, (scale.pieces.length - 1) / 2));
  return [1, Math.max(1, kMax)];
}

/** A zoom transform reduced to the two numbers that matter on a horizontal axis. */
export interface AxisTransform {
  k: number;
  x: number;
}

/** Clamps a transform so that the view stays inside [0, width] of the base scale (pixel space). */
export function constrainX({ k, x }: AxisTransform, width: number, [kMin, kMax]: [number, number]): AxisTransform {
  const kk = Math.min(kMax, Math.max(kMin, k));
  // The view [0, width] maps to base pixels [-x/k, (width - x)/k], which must stay within [0, width].
  const xMax = 0;
  const xMin = width - width * kk;
  return { k: kk, x: Math.min(xMax, Math.max(xMin, x)) };
}

/**
 * Room kept at each end of the plot when a span is fitted to it and an event's mark sits on one of
 * its ends, px: a dot (radius POINT_RADIUS, one more selected) stays whole rather than half cut.
 */
export const FIT_INSET = 7;

/**
 * The room to keep at each end when `span` is fitted to a plot `width` px wide under `scale`, px:
 * FIT_INSET when the dot of an event of the span (its middle inside it; a point, or a span too
 * short to draw as a bar) would be cut by, or touch, the plot's left or right edge; else 0, so a span with room at its ends (most chosen views) is
 * shown exactly as chosen. `events` chronological; only those near the span's ends are measured.
 */
export function fitInset(
  span: Span, events: readonly Pick<TimelineEvent, 'start' | 'end' | 't0' | 't1'>[], scale: StoryScale, width: number,
): number {
  if (width <= 0) return 0;
  const u0 = scale.unit(span.from);
  const perU = width / Math.max(1e-12, scale.unit(span.to) - u0);
  const x = (t: number) => (scale.unit(t) - u0) * perU;
  const reach = (FIT_INSET + POINT_RADIUS) / perU;
  const nearFrom = scale.time(u0 + reach);
  const nearTo = scale.time(scale.unit(span.to) - reach);
  for (const e of events) {
    if (e.t0 > span.to) break;
    const mid = e.t0 + (e.t1 - e.t0) / 2;
    if (mid < span.from || mid > span.to || (e.t0 > nearFrom && e.t1 < nearTo)) continue;
    const g = markGeometry(e, x);
    // Only dots: a bar or a band whose end is the view's end (a year "2018" in a view from 2018) reads whole.
    if (g.kind !== 'point' && !g.collapsed) continue;
    if ((g.x0 < 1 && g.x0 > -FIT_INSET) || (g.x1 > width - 1 && g.x1 < width + FIT_INSET)) return FIT_INSET;
  }
  return 0;
}

/**
 * The transform that shows `span` under `scale` drawn over [0, width]: its ends at `inset` px
 * from the plot's edges (at most a quarter of the width each), exactly at them by default.
 */
export function transformFor(span: Span, scale: StoryScale, width: number, inset = 0): AxisTransform {
  const u0 = scale.unit(span.from);
  const u1 = scale.unit(span.to);
  const f = width > 0 ? Math.min(inset, width / 4) / width : 0;
  const k = (1 - 2 * f) / Math.max(1e-12, u1 - u0);
  return { k, x: (f - u0 * k) * width };
}

/** The span in view for a transform. */
export function spanFor({ k, x }: AxisTransform, scale: StoryScale, width: number): Span {
  return { from: scale.time(-x / k / width), to: scale.time((width - x) / k / width) };
}
