/**
 * The base scale of the timeline: time (ms) → a unit position u in [0, 1] across the plot at zoom 1.
 * d3-zoom's transform is applied on top of it (view px = k · width · u + x), so every scale zooms,
 * pans, clusters and navigates the same way. Three kinds, as newsrooms draw stories:
 *
 * - `time`: chronological, one linear piece over the whole extent.
 * - `gaps` (collapsed gaps): the runs of time that hold events stay linear, each given room in
 *   proportion to how many events it holds; empty stretches longer than a threshold shrink to a
 *   fixed width and are drawn as a labelled break ("≈ 10 months").
 * - `sequential`: events evenly spaced in date order; time between two neighbouring instants is
 *   linear, so ranges still reach from their start to their end.
 *
 * Every kind is a monotonic piecewise-linear map given by knots (time, u), so `unit` and `time` are
 * exact inverses inside each piece, and ticks can be made per piece without straddling a break.
 */
import { DAY, HOUR } from './units';
import { numberFormat } from '../format/intl';
import type { Span } from './zoomLimits';
import type { ScaleKind } from '../dataset/raw';

export { SCALE_KINDS, type ScaleKind } from '../dataset/raw';

/** One linear piece: time [t0, t1] ↔ unit [u0, u1]. */
export interface Piece {
  t0: number;
  t1: number;
  u0: number;
  u1: number;
  /** A collapsed empty stretch (drawn as a break, with no ticks inside). */
  gap: boolean;
}

/** A base scale. */
export interface StoryScale {
  kind: ScaleKind;
  /** The time the scale spans: unit(extent.from) = 0, unit(extent.to) = 1. */
  extent: Span;
  /** The linear pieces, contiguous, in order. */
  pieces: readonly Piece[];
  /** ms → unit; beyond the extent, the first or last piece's rate continues. */
  unit: (t: number) => number;
  /** unit → ms, the inverse of `unit`. */
  time: (u: number) => number;
  /** The largest ms per unit of any piece that is not a gap: how far the zoom may go in (zoomLimits.ts). */
  maxRate: number;
}

/** The instants a scale is built from: each event's span. */
export interface ScaleEvent {
  t0: number;
  t1: number;
}

/** Share of the width a collapsed gap takes at zoom 1 (less when there are many: see GAPS_SHARE). */
export const GAP_SHARE = 0.035;

/** The most of the width all collapsed gaps together take at zoom 1. */
export const GAPS_SHARE = 0.3;

/** Builds a scale from knots (strictly increasing times, non-decreasing units). */
function fromKnots(kind: ScaleKind, ts: number[], us: number[], gaps: boolean[]): StoryScale {
  const T = Float64Array.from(ts);
  const U = Float64Array.from(us);
  const n = T.length;
  const pieces: Piece[] = [];
  let maxRate = 0;
  for (let i = 0; i + 1 < n; i++) {
    pieces.push({ t0: T[i]!, t1: T[i + 1]!, u0: U[i]!, u1: U[i + 1]!, gap: gaps[i]! });
    if (!gaps[i] && U[i + 1]! > U[i]!) maxRate = Math.max(maxRate, (T[i + 1]! - T[i]!) / (U[i + 1]! - U[i]!));
  }
  // Finds the piece by binary search over the knots of one axis, then interpolates.
  const interp = (from: Float64Array, to: Float64Array, v: number): number => {
    let lo = 1;
    let hi = n - 1;
    while (lo < hi) {
      const m = (lo + hi) >>> 1;
      if (from[m]! < v) lo = m + 1;
      else hi = m;
    }
    const a = from[lo - 1]!;
    const b = from[lo]!;
    return b === a ? to[lo - 1]! : to[lo - 1]! + ((v - a) / (b - a)) * (to[lo]! - to[lo - 1]!);
  };
  return {
    kind,
    extent: { from: T[0]!, to: T[n - 1]! },
    pieces,
    unit: (t) => interp(T, U, t),
    time: (u) => interp(U, T, u),
    maxRate: maxRate || (T[n - 1]! - T[0]!),
  };
}

/** The chronological scale over `extent`. */
export function timeScale(extent: Span): StoryScale {
  return fromKnots('time', [extent.from, extent.to], [0, 1], [false]);
}

/**
 * How long an empty stretch must be to collapse: a 400th of the story's span, between an hour and
 * a day, so that a story of years breaks between its days and a story of one day between its hours.
 */
export function gapThreshold(extent: Span): number {
  return Math.min(DAY, Math.max(HOUR, (extent.to - extent.from) / 400));
}

interface Run {
  from: number;
  to: number;
  count: number;
}

/** Runs of events separated by less than `threshold` (events sorted by t0). */
function runsOf(events: readonly ScaleEvent[], threshold: number): Run[] {
  const runs: Run[] = [];
  for (const e of events) {
    const last = runs[runs.length - 1];
    if (last && e.t0 - last.to < threshold) {
      last.to = Math.max(last.to, e.t1);
      last.count++;
    } else runs.push({ from: e.t0, to: Math.max(e.t1, e.t0 + 1), count: 1 });
  }
  return runs;
}

/**
 * Collapsed gaps over `extent` for `events` (sorted by t0). Runs get room in proportion to their
 * events (at least one event's worth); each collapsed gap gets GAP_SHARE; the margins of the extent
 * before the first and after the last run stay proportional to the first and last runs' rates.
 */
export function gapsScale(events: readonly ScaleEvent[], extent: Span): StoryScale {
  if (events.length === 0) return { ...timeScale(extent), kind: 'gaps' };
  const threshold = gapThreshold(extent);
  const runs = runsOf(events, threshold);
  // Each run is padded into its gaps by a little, so that a lone day is not flush against a break.
  const pad = (r: Run) => Math.min(threshold / 4, Math.max(r.to - r.from, HOUR) / 2);
  const gapCount = runs.length - 1;
  const gapShare = Math.min(GAP_SHARE, GAPS_SHARE / Math.max(1, gapCount));
  const total = runs.reduce((s, r) => s + r.count, 0);
  const room = 1 - gapCount * gapShare;
  const ts: number[] = [];
  const us: number[] = [];
  const gaps: boolean[] = [];
  let u = 0;
  runs.forEach((r, i) => {
    const p = pad(r);
    const from = i === 0 ? Math.min(extent.from, r.from - p) : r.from - p;
    const to = i === runs.length - 1 ? Math.max(extent.to, r.to + p) : r.to + p;
    const share = (room * r.count) / total;
    ts.push(from);
    us.push(u);
    gaps.push(false);
    u += share;
    if (i < runs.length - 1) {
      ts.push(to);
      us.push(u);
      gaps.push(true);
      u += gapShare;
    } else {
      ts.push(to);
      us.push(1);
    }
  });
  return fromKnots('gaps', ts, us, gaps);
}

/**
 * Events evenly spaced: each distinct instant (the middle of an event's span) gets an equal slot;
 * several events at one instant share it (they stack in lanes). `mids` must be sorted.
 */
export function sequentialScale(mids: readonly number[], extent: Span): StoryScale {
  const distinct: number[] = [];
  for (const m of mids) if (distinct[distinct.length - 1] !== m) distinct.push(m);
  if (distinct.length < 2) return { ...timeScale(extent), kind: 'sequential' };
  const n = distinct.length;
  // The margins reach the extent's edges, or a neighbour's distance when the extent is tighter.
  const first = Math.min(extent.from, distinct[0]! - (distinct[1]! - distinct[0]!) / 2);
  const last = Math.max(extent.to, distinct[n - 1]! + (distinct[n - 1]! - distinct[n - 2]!) / 2);
  const ts = [first, ...distinct, last];
  const us = [0, ...distinct.map((_, i) => (i + 0.5) / n), 1];
  // A lone instant before or after a long stretch still gets its whole slot, never a sliver.
  return fromKnots('sequential', ts, us, ts.map(() => false));
}

/** The scale of `kind` for a dataset's chronological events over `extent`. */
export function storyScale(kind: ScaleKind, events: readonly ScaleEvent[], extent: Span): StoryScale {
  if (kind === 'gaps') return gapsScale(events, extent);
  if (kind === 'sequential') return sequentialScale(events.map((e) => e.t0 + (e.t1 - e.t0) / 2).sort((a, b) => a - b), extent);
  return timeScale(extent);
}

/** The view scale for a zoom transform: ms → px. */
export function viewX(scale: StoryScale, t: { k: number; x: number }, width: number): (ms: number) => number {
  const f = t.k * width;
  return (ms) => scale.unit(ms) * f + t.x;
}

type GapUnit = 'year' | 'month' | 'week' | 'day' | 'hour';
// Constant option objects: numberFormat caches its formatters by them (./intl.ts).
const UNIT_FORMATS = Object.fromEntries((['year', 'month', 'week', 'day', 'hour'] as const).map((unit) => [unit, {
  long: { style: 'unit', unit, unitDisplay: 'long' }, narrow: { style: 'unit', unit, unitDisplay: 'narrow' },
}])) as Record<GapUnit, Record<'long' | 'narrow', Intl.NumberFormatOptions>>;

/** Lengths already worded, by locale, width, unit and count: a zoom frame and the phone's zoom steps ask for the same few again. */
const worded = new Map<string, string>();
const GAP_UNITS: [GapUnit, number][] = [
  ['year', 365.25 * DAY], ['month', 30.44 * DAY], ['week', 7 * DAY], ['day', DAY], ['hour', HOUR],
];

/** A rough "≈ 10 months" (or, `narrow`, "≈ 10mo") for the length of a collapsed gap (Intl, in the locale). */
export function gapLength(ms: number, locale: string, narrow = false): string {
  const [unit, size] = GAP_UNITS.find(([, s]) => ms >= s * 1.5) ?? GAP_UNITS[GAP_UNITS.length - 1]!;
  const value = Math.max(1, Math.round(ms / size));
  const key = `${locale}|${narrow ? 'n' : 'l'}|${unit}|${value}`;
  let text = worded.get(key);
  if (text === undefined) {
    text = `≈ ${numberFormat(locale, UNIT_FORMATS[unit][narrow ? 'narrow' : 'long']).format(value)}`;
    if (worded.size > 2000) worded.clear();
    worded.set(key, text);
  }
  return text;
}
