/**
 * Axis ticks for the current zoom: a row of fine ticks (hours, days, weeks, months, years, decades)
 * and a row of coarse "context" ticks that name the period they sit in (the day above its hours,
 * the month above its days). Labelled with Intl in the reader's locale, in the story's time zone
 * (the dataset's `timeZone`; UTC without one), which is named wherever hours show.
 *
 * The level is the finest whose labels keep `minSpacing` px apart, so density follows the width:
 * a phone gets fewer, wider ticks rather than the desktop's shrunk. Then no two labels of a row
 * may overlap, whatever the span, zoom or locale: labels that would are left out (their grid line
 * stays). The view's first period is named: pinned at the left edge, or, when the next period's
 * label leaves no room there, on the first fine label itself ("Dec 2015"). A first sliver too
 * narrow for either (no fine tick of its own) is left unnamed, left of the next period's label.
 */
import {
  utcDay, utcHour, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval,
} from 'd3-time';
import { DAY, HOUR, MONTH, WEEK, YEAR } from './units';
import { dateFormat } from '../format/intl';
import { plain, withEra } from '../format/dates';
import { fromWall, toWall, zoneName } from '../dataset/zone';

/** What the fine ticks count. */
export type TickUnit = 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade';

/** One tick: where, and what it says ('' for a tick drawn without a label). */
export interface Tick {
  /** ms since the epoch. */
  t: number;
  label: string;
  /**
   * A label at the start of a run of the collapsed-gaps scale (storyTicks.ts), naming the period
   * its fine labels are in: not a period's boundary, so drawn without a grid line.
   */
  runStart?: true;
}

/** The ticks for a view. */
export interface AxisTicks {
  unit: TickUnit;
  /** Fine ticks with short labels ("09:00", "14", "May", "2019"). */
  minor: Tick[];
  /** Period boundaries with longer labels ("Tue 14 May 2019 · GMT+3", "May 2019", "2019"). */
  major: Tick[];
  /** The label for the period the view starts in, pinned at the left edge; null when it is not pinned. */
  context: string | null;
}

interface Level {
  unit: TickUnit;
  interval: TimeInterval;
  /** Approximate step, ms, to compare with the pixel budget. */
  step: number;
  /** Label width in characters, roughly, to judge spacing. */
  chars: number;
  minor: Intl.DateTimeFormatOptions;
  major?: { interval: TimeInterval; options: Intl.DateTimeFormatOptions };
}

const every = (interval: CountableTimeInterval, n: number): TimeInterval => interval.every(n) ?? interval;
/** Years as readers count them: 1 BC is astronomical year 0, so "every 10 years" lands on 10 BC, AD 10. */
const historical = (y: number) => (y <= 0 ? 1 - y : y);
const years = (n: number): TimeInterval => utcYear.filter((d) => historical(d.getUTCFullYear()) % n === 0);
const HOURS = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
const YEAR_ONLY: Intl.DateTimeFormatOptions = { year: 'numeric' };
const DAY_MAJOR = { interval: utcDay, options: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' } } as const;
const MONTH_MAJOR = { interval: utcMonth, options: { month: 'long', year: 'numeric' } } as const;
const YEAR_MAJOR = { interval: utcYear, options: YEAR_ONLY } as const;
const DECADE_MAJOR = { interval: years(100), options: YEAR_ONLY } as const;

const LEVELS: Level[] = [
  { unit: 'hour', interval: utcHour, step: HOUR, chars: 5, minor: HOURS, major: DAY_MAJOR },
  { unit: 'hour', interval: every(utcHour, 3), step: 3 * HOUR, chars: 5, minor: HOURS, major: DAY_MAJOR },
  { unit: 'hour', interval: every(utcHour, 6), step: 6 * HOUR, chars: 5, minor: HOURS, major: DAY_MAJOR },
  { unit: 'hour', interval: every(utcHour, 12), step: 12 * HOUR, chars: 5, minor: HOURS, major: DAY_MAJOR },
  { unit: 'day', interval: utcDay, step: DAY, chars: 2, minor: { day: 'numeric' }, major: MONTH_MAJOR },
  { unit: 'day', interval: utcDay.filter((d) => (d.getUTCDate() - 1) % 2 === 0 && d.getUTCDate() < 31), step: 2 * DAY, chars: 2, minor: { day: 'numeric' }, major: MONTH_MAJOR },
  { unit: 'week', interval: utcMonday, step: WEEK, chars: 6, minor: { day: 'numeric', month: 'short' }, major: YEAR_MAJOR },
  { unit: 'month', interval: utcMonth, step: MONTH, chars: 3, minor: { month: 'short' }, major: YEAR_MAJOR },
  { unit: 'month', interval: every(utcMonth, 3), step: 3 * MONTH, chars: 3, minor: { month: 'short' }, major: YEAR_MAJOR },
  { unit: 'month', interval: every(utcMonth, 6), step: 6 * MONTH, chars: 3, minor: { month: 'short' }, major: YEAR_MAJOR },
  { unit: 'year', interval: utcYear, step: YEAR, chars: 4, minor: YEAR_ONLY },
  { unit: 'year', interval: years(2), step: 2 * YEAR, chars: 4, minor: YEAR_ONLY },
  { unit: 'year', interval: years(5), step: 5 * YEAR, chars: 4, minor: YEAR_ONLY },
  { unit: 'decade', interval: years(10), step: 10 * YEAR, chars: 4, minor: YEAR_ONLY },
  { unit: 'decade', interval: years(20), step: 20 * YEAR, chars: 4, minor: YEAR_ONLY },
  { unit: 'decade', interval: years(50), step: 50 * YEAR, chars: 4, minor: YEAR_ONLY },
  { unit: 'decade', interval: years(100), step: 100 * YEAR, chars: 4, minor: YEAR_ONLY },
  // Beyond centuries (ten thousand years on a phone): millennia, labelled with their centuries.
  { unit: 'decade', interval: years(500), step: 500 * YEAR, chars: 5, minor: YEAR_ONLY, major: DECADE_MAJOR },
  { unit: 'decade', interval: years(1000), step: 1000 * YEAR, chars: 5, minor: YEAR_ONLY },
  { unit: 'decade', interval: years(2000), step: 2000 * YEAR, chars: 6, minor: YEAR_ONLY },
  { unit: 'decade', interval: years(5000), step: 5000 * YEAR, chars: 6, minor: YEAR_ONLY },
  { unit: 'decade', interval: years(10000), step: 10000 * YEAR, chars: 6, minor: YEAR_ONLY },
  { unit: 'decade', interval: years(20000), step: 20000 * YEAR, chars: 7, minor: YEAR_ONLY },
  { unit: 'decade', interval: years(50000), step: 50000 * YEAR, chars: 7, minor: YEAR_ONLY },
  { unit: 'decade', interval: years(100000), step: 100000 * YEAR, chars: 7, minor: YEAR_ONLY },
];
// The millennium level's major row would repeat its minor labels: drop it.
LEVELS[17] = { ...LEVELS[17]!, major: undefined };

/** Options of axisTicks. */
export interface TickOptions {
  /** BCP 47 locale of the labels. */
  locale: string;
  /** IANA zone the axis is drawn in (the dataset's `timeZone`); UTC by default. */
  timeZone?: string;
  /** Smallest distance between two fine labels, px. */
  minSpacing?: number;
  /** Width of one label character, px, to estimate label widths. */
  charWidth?: number;
}

/** Where a label starts to the right of its tick, px (Axis.tsx draws it there). */
export const LABEL_OFFSET = 4;
/** Least room between two labels of a row, px. */
export const LABEL_GAP = 6;

/** Estimated width of a label, px: what keeps labels apart. Exported for the tests and Axis. */
export function labelWidth(label: string, charWidth: number): number {
  return label.length * charWidth;
}

/** Where a tick's label ends, px: it starts LABEL_OFFSET right of the tick at `x`. */
export function labelEnd(x: number, label: string, charWidth: number): number {
  return x + LABEL_OFFSET + labelWidth(label, charWidth);
}

/** Labels made, by format and instant: each frame of a zoom asks again for most of the last one's. */
const labels = new WeakMap<Intl.DateTimeFormat, Map<number, string>>();

/** `d` in words by `format`, made once. */
function tickLabel(format: Intl.DateTimeFormat, d: Date): string {
  let byTime = labels.get(format);
  if (!byTime) labels.set(format, (byTime = new Map()));
  let text = byTime.get(+d);
  if (text === undefined) {
    text = plain(format.format(d));
    if (byTime.size > 2000) byTime.clear();
    byTime.set(+d, text);
  }
  return text;
}

/** Ticks for the view [from, to] drawn over `width` px. */
export function axisTicks(from: number, to: number, width: number, options: TickOptions): AxisTicks {
  const { locale, timeZone = 'UTC', minSpacing = 56, charWidth = 7.5 } = options;
  const msPerPx = (to - from) / Math.max(1, width);
  const x = (t: number) => (t - from) / msPerPx;
  const level =
    LEVELS.find((l) => l.step / msPerPx >= Math.max(minSpacing, l.chars * charWidth + 20)) ?? LEVELS[LEVELS.length - 1]!;
  // Ticks fall on the zone's own midnights and hours: computed on its wall clock, drawn at the instants.
  const wallFrom = toWall(from, timeZone);
  const wallTo = toWall(to, timeZone);
  const labelled = (interval: TimeInterval, opts: Intl.DateTimeFormatOptions): Tick[] =>
    interval.range(new Date(wallFrom), new Date(wallTo + 1)).map((d) => ({
      t: fromWall(+d, timeZone),
      label: tickLabel(dateFormat(locale, withEra(opts, +d)), d),
    }));

  let minor = labelled(level.interval, level.minor);
  let major: Tick[] = [];
  let period: string;
  if (level.major) {
    major = labelled(level.major.interval, level.major.options);
    const first = level.major.interval.floor(new Date(wallFrom));
    period = plain(dateFormat(locale, withEra(level.major.options, +first)).format(first));
    // Midnight is named by the day's own label just below it; "00:00" above it would only repeat it.
    const starts = new Set(major.map((m) => m.t));
    if (level.unit === 'hour') minor = minor.map((m) => (starts.has(m.t) ? { ...m, label: '' } : m));
  } else {
    // Years need no row of periods, but a mark before the first year tick still needs its year.
    const first = utcYear.floor(new Date(wallFrom));
    period = plain(dateFormat(locale, withEra(YEAR_ONLY, +first)).format(first));
  }
  if (level.unit === 'hour') {
    // Hours are only meaningful with their zone: each day's label says which clock they are on.
    const zone = (t: number) => zoneName(t, timeZone, locale);
    major = major.map((m) => ({ ...m, label: `${m.label} · ${zone(m.t)}` }));
    period = `${period} · ${zone(from)}`;
  }

  // The first period is pinned at the left edge, unless the next period's label is in the way
  // (the next period row's label, or without a row of periods, the next year's own tick label).
  const firstMajorAt = major.findIndex((m) => x(m.t) >= 0);
  const firstMajor = major[firstMajorAt];
  const firstMinor = minor.findIndex((m) => m.label && x(m.t) >= 0);
  const next = firstMajor ?? (level.major ? undefined : minor[firstMinor]);
  // A next label the plot's right edge would cut is not drawn (thin), so it is in nobody's way.
  const nextShows = next !== undefined && labelEnd(x(next.t), next.label, charWidth) <= width;
  const pinRoom = next && nextShows ? x(next.t) + LABEL_OFFSET : Infinity;
  let context: string | null = null;
  let keep = -1;
  // A view that starts on a period boundary has that period's own label at its left edge.
  const namedByFirstTick = next ? x(next.t) < 1 : firstMinor >= 0 && x(minor[firstMinor]!.t) < 1;
  if (!namedByFirstTick) {
    if (labelWidth(period, charWidth) + LABEL_OFFSET + LABEL_GAP <= pinRoom) context = period;
    else if (firstMinor >= 0 && firstMajor && minor[firstMinor]!.t < firstMajor.t) {
      // No room to pin it: the first fine label carries the period ("Dec 2015") instead, if it fits.
      const i = firstMinor;
      const label = `${minor[i]!.label} ${yearOf(period, level)}`.trim();
      if (labelEnd(x(minor[i]!.t), label, charWidth) <= width) {
        minor = minor.map((m, j) => (j === i ? { ...m, label } : m));
        keep = i;
      }
    }
    // Otherwise the view's first sliver is narrower than a label and has none of its own: it goes
    // unnamed, left of the next period's label, rather than have its period pinned under that
    // label ("2018" under "Jan 2019" read as a contradiction; vis-timeline's axis does the same).
  }
  return {
    unit: level.unit,
    minor: thin(minor, x, charWidth, width, keep),
    major: thin(major, x, charWidth, width, -1, context === null ? -Infinity : LABEL_OFFSET + labelWidth(context, charWidth) + LABEL_GAP),
    context,
  };
}

/** The part of a period's label worth repeating on a fine tick: the year for months and weeks, else all of it. */
function yearOf(period: string, level: Level): string {
  return level.unit === 'month' || level.unit === 'week' ? (period.match(/\S+$/)?.[0] ?? period) : period;
}

/**
 * Blanks the labels that would overlap the one before them (left to right, the first kept), so
 * no two labels of a row ever overlap, and those the plot's right edge would cut. `keep` is a
 * label that must stay (it carries the period): the labels it would overlap go instead.
 * `startAt` is where the row's free space begins, px.
 */
function thin(ticks: Tick[], x: (t: number) => number, charWidth: number, width: number, keep: number, startAt = -Infinity): Tick[] {
  let end = startAt;
  const kept = keep >= 0 ? ticks[keep] : undefined;
  const keptStart = kept ? x(kept.t) + LABEL_OFFSET : Infinity;
  return ticks.map((tick, i) => {
    if (!tick.label) return tick;
    const start = x(tick.t) + LABEL_OFFSET;
    const stop = labelEnd(x(tick.t), tick.label, charWidth);
    const clashesWithKept = i < keep && stop + LABEL_GAP > keptStart;
    if ((i !== keep && (start < end || clashesWithKept)) || stop > width) return { ...tick, label: '' };
    end = stop + LABEL_GAP;
    return tick;
  });
}
