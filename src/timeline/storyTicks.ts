/**
 * Axis ticks for any base scale (storyScale.ts):
 * - chronological: the calendar ticks of ticks.ts over the view;
 * - collapsed gaps: calendar ticks made per linear piece, for that piece's own width, so that no
 *   tick straddles a break, plus one labelled break per collapsed gap ("≈ 10 months");
 * - sequential: a tick at each event's instant, labelled with its date at its precision, and the
 *   year where it changes.
 * Labels that would overlap are dropped, first come first kept, so ticks from neighbouring pieces
 * never collide.
 */
import type { TimelineEvent } from '../dataset/model';
import { local } from '../format/dates';
import { axisTicks, LABEL_GAP, LABEL_OFFSET, labelEnd, type AxisTicks, type Tick, type TickOptions } from './ticks';
import { gapLength, type StoryScale } from './storyScale';
import { dateFormat } from '../format/intl';
import type { Span } from './zoomLimits';
import { lowerBound } from './visibleSlice';

/** A collapsed gap in view. */
export interface AxisBreak {
  /** Its edges, ms (the extent of the empty stretch). */
  from: number;
  to: number;
  /** "≈ 10 months". */
  label: string;
  /** "≈ 10mo", for a narrow break. */
  short: string;
}

/** Ticks plus the breaks in view. */
export interface StoryTicks extends AxisTicks {
  breaks: AxisBreak[];
}

/** Width of one label character, px, when the options do not say (the axis labels are 12 px). */
const CHAR = 7;

/**
 * Drops labels that would overlap the one kept before them (ticks sorted by position), and those
 * the plot's right edge at `width` would cut (a run's year just past a collapsed gap read "201").
 */
function thin(ticks: Tick[], x: (t: number) => number, char = CHAR, width = Infinity): Tick[] {
  let end = -Infinity;
  return ticks.filter((t) => {
    if (!t.label) return true;
    const left = x(t.t) + LABEL_OFFSET;
    if (left < end + LABEL_GAP || labelEnd(x(t.t), t.label, char) > width) return false;
    end = labelEnd(x(t.t), t.label, char);
    return true;
  });
}

/**
 * The period labels that show: thinned, and clear of the pinned one at the axis's start (which
 * names the period the view starts in, and the zone where hours show), which they give way to.
 */
function majorTicks(major: Tick[], context: string | null, x: (t: number) => number, char: number, width: number): Tick[] {
  const contextEnd = context === null ? -Infinity : labelEnd(0, context, char) + LABEL_GAP;
  return thin(major.filter((m) => !m.label || x(m.t) >= contextEnd), x, char, width);
}

/** Fine labels read only with their period: hours with their day, days and weeks with their month, months with their year. */
const NAMED_BY_PERIOD: ReadonlySet<AxisTicks['unit']> = new Set(['hour', 'day', 'week', 'month']);

const DAY_MONTH = { day: 'numeric', month: 'short' } as const;
const MONTH = { month: 'short' } as const;
const YEAR = { year: 'numeric' } as const;
const HOUR = { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

/** The short date of an event, at its precision, on its own clock (src/format/dates.ts). */
function shortDate(e: TimelineEvent, locale: string): string {
  const p = e.start.precision;
  const options = p === 'year' ? YEAR : p === 'month' ? MONTH : p === 'day' ? DAY_MONTH : HOUR;
  return dateFormat(locale, options).format(local(e.start));
}

/** Ticks for the view under `scale`, drawn by `x` over `width` px. */
export function storyTicks(
  scale: StoryScale, view: Span, x: (t: number) => number, width: number,
  events: readonly TimelineEvent[], options: TickOptions,
): StoryTicks {
  if (scale.kind === 'time') return { ...axisTicks(view.from, view.to, width, options), breaks: [] };
  if (scale.kind === 'sequential') return sequentialTicks(view, x, width, events, options.locale, options.charWidth);
  const minor: Tick[] = [];
  const major: Tick[] = [];
  const breaks: AxisBreak[] = [];
  let unit: AxisTicks['unit'] = 'year';
  let widest = 0;
  let context: string | null = null;
  /** The period label last put on the axis, so that runs of one period name it once. */
  let named: string | null = null;
  for (const p of scale.pieces) {
    if (p.t1 <= view.from || p.t0 >= view.to) continue;
    if (p.gap) {
      breaks.push({ from: p.t0, to: p.t1, label: gapLength(p.t1 - p.t0, options.locale), short: gapLength(p.t1 - p.t0, options.locale, true) });
      continue;
    }
    const a = Math.max(p.t0, view.from);
    const b = Math.min(p.t1, view.to);
    const px = x(b) - x(a);
    if (px < 1) continue;
    const t = axisTicks(a, b, px, options);
    const inside = (k: Tick) => k.t >= p.t0 && k.t <= p.t1;
    const fine = t.minor.filter((k) => inside(k) && k.label);
    if (fine.length) {
      minor.push(...t.minor.filter(inside));
      const periods = t.major.filter(inside);
      // A run after a gap whose fine labels need their period ("14" of May 2019) and that crosses
      // no period boundary is named at its start, as the view's first period is, unless the label
      // before it already says it (the same period, or one inside it: "2019" after "May 2019").
      if (a > view.from && t.context !== null && !named?.includes(t.context) && NAMED_BY_PERIOD.has(t.unit) && periods.length === 0) {
        major.push({ t: a, label: t.context, runStart: true });
        named = t.context;
      }
      major.push(...periods);
      for (const k of periods) if (k.label) named = k.label;
    } else {
      // A run too short for calendar ticks is labelled with the date of its first event, as on
      // the sequential scale, and with its year where the year changes.
      const e = firstEventIn(events, a, b);
      if (e) {
        const mid = e.t0 + (e.t1 - e.t0) / 2;
        minor.push({ t: mid, label: shortDate(e, options.locale) });
        const year = dateFormat(options.locale, YEAR).format(local(e.start));
        // The year only where it changes: not after a label that already says it ("May 2019").
        if (!named?.includes(year)) {
          major.push({ t: mid, label: year });
          named = year;
        }
      }
    }
    if (context === null && a <= view.from) named = context = t.context;
    if (px > widest) { widest = px; unit = t.unit; }
  }
  const char = options.charWidth ?? CHAR;
  // The period the view starts in (named with its zone where hours show), even when the view
  // starts inside a collapsed gap: the calendar ticks of the whole view know it.
  if (context === null) context = axisTicks(view.from, view.to, width, options).context;
  const majors = majorTicks(major, context, x, char, width);
  // Fine labels give way to the breaks' labels, which share their row.
  const breakBoxes = breaks.map((b) => {
    const mid = (x(b.from) + x(b.to)) / 2;
    const half = (Math.max(b.label.length, b.short.length) * char) / 2 + 6;
    return [mid - half, mid + half] as const;
  });
  const clear = (t: Tick) => !t.label || breakBoxes.every(([a, b]) => labelEnd(x(t.t), t.label, char) < a || x(t.t) > b);
  return { unit, minor: thin(minor.filter(clear), x, char, width), major: majors, context, breaks };
}

/** The first event whose middle lies in [from, to] (events chronological by start). */
function firstEventIn(events: readonly TimelineEvent[], from: number, to: number): TimelineEvent | undefined {
  let lo = 0;
  let hi = events.length;
  // Events are sorted by start; a span starting before `from` may still have its middle after it.
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (events[m]!.t1 < from) lo = m + 1;
    else hi = m;
  }
  for (let i = lo; i < events.length && events[i]!.t0 <= to; i++) {
    const e = events[i]!;
    const mid = e.t0 + (e.t1 - e.t0) / 2;
    if (mid >= from && mid <= to) return e;
  }
  return undefined;
}

function sequentialTicks(view: Span, x: (t: number) => number, width: number, events: readonly TimelineEvent[], locale: string, char = CHAR): StoryTicks {
  // Only the events in view are visited (binary search over their middles, sorted once per list),
  // and only the ticks thinning keeps are formatted: at 10,000 events, walking, sorting and
  // formatting every event in every zoom frame was most of the frame.
  const { mids, owners, years, reach } = sequenceOf(events);
  const yearFormat = dateFormat(locale, YEAR);
  const minor: Tick[] = [];
  const major: Tick[] = [];
  let lastYear = NaN;
  // thin()'s rule, with each label made only once its tick is known to be clear of the last one.
  let end = -Infinity;
  for (let i = lowerBound(mids, view.from); i < mids.length && mids[i]! <= view.to; i++) {
    const t = mids[i]!;
    const e = owners[i]!;
    const year = years[i]!;
    if (year !== lastYear) {
      major.push({ t, label: yearFormat.format(local(e.start)) });
      lastYear = year;
    }
    const left = x(t) + LABEL_OFFSET;
    if (left < end + LABEL_GAP) continue;
    const label = shortDate(e, locale);
    if (labelEnd(x(t), label, char) > width) continue;
    end = labelEnd(x(t), label, char);
    minor.push({ t, label });
  }
  // The first event still running at the view's start: a search, not a scan of every event per frame.
  const first = events[lowerBound(reach, view.from)];
  const context = first ? yearFormat.format(local(first.start)) : null;
  return { unit: 'day', minor, major: majorTicks(major, context, x, char, width), context, breaks: [] };
}

/** The sequential scale's ticks to be: each distinct middle of an event, ascending, and the first event (in date order) there. */
interface Sequence {
  mids: Float64Array;
  owners: TimelineEvent[];
  /** The year each owner starts in, on its own clock (as its date is told: src/format/dates.ts). */
  years: Int32Array;
  /**
   * Latest end so far, in the list's own (chronological) order: reach[i] = max(t1 of events 0…i).
   * The first i with reach[i] ≥ t is the first event that ends at or after t.
   */
  reach: Float64Array;
}

const sequences = new WeakMap<readonly TimelineEvent[], Sequence>();

/** The Sequence of an event list, made once per list. */
function sequenceOf(events: readonly TimelineEvent[]): Sequence {
  let sequence = sequences.get(events);
  if (sequence) return sequence;
  const mid = (i: number) => { const e = events[i]!; return e.t0 + (e.t1 - e.t0) / 2; };
  const order = Array.from(events, (_, i) => i).sort((a, b) => mid(a) - mid(b) || a - b);
  const mids: number[] = [];
  const owners: TimelineEvent[] = [];
  for (const i of order) {
    if (mids.length && mids[mids.length - 1] === mid(i)) continue;
    mids.push(mid(i));
    owners.push(events[i]!);
  }
  const reach = new Float64Array(events.length);
  let latest = -Infinity;
  for (let i = 0; i < events.length; i++) reach[i] = latest = Math.max(latest, events[i]!.t1);
  sequence = { mids: Float64Array.from(mids), owners, years: Int32Array.from(owners, (e) => new Date(local(e.start)).getUTCFullYear()), reach };
  sequences.set(events, sequence);
  return sequence;
}

