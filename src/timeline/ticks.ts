/**
 * Axis ticks for the current zoom: a row of fine ticks (hours, days, weeks, months, years, decades)
 * and a row of coarse "context" ticks that name the period they sit in (the day above its hours,
 * the month above its days). All in UTC, labelled with Intl in the reader's locale.
 *
 * The level is the finest whose labels keep `minSpacing` px apart, so density follows the width:
 * a phone gets fewer, wider ticks rather than the desktop's shrunk.
 */
import {
  utcDay, utcHour, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval,
} from 'd3-time';
import { DAY, HOUR, MONTH, WEEK, YEAR } from './units';
import { dateFormat } from './intl';

/** What the fine ticks count. */
export type TickUnit = 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade';

/** One tick: where, and what it says. */
export interface Tick {
  /** ms since the epoch. */
  t: number;
  label: string;
}

/** The ticks for a view. */
export interface AxisTicks {
  unit: TickUnit;
  /** Fine ticks with short labels ("09:00", "14", "May", "2019"). */
  minor: Tick[];
  /** Period boundaries with longer labels ("Tue 14 May", "May 2019", "2019"); empty at year zoom. */
  major: Tick[];
  /** The label for the period the view starts in, to pin at the left edge when its boundary is off-screen. */
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
const HOURS = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
const DAY_MAJOR = { interval: utcDay, options: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' } } as const;
const MONTH_MAJOR = { interval: utcMonth, options: { month: 'long', year: 'numeric' } } as const;
const YEAR_MAJOR = { interval: utcYear, options: { year: 'numeric' } } as const;

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
  { unit: 'year', interval: utcYear, step: YEAR, chars: 4, minor: { year: 'numeric' } },
  { unit: 'year', interval: every(utcYear, 2), step: 2 * YEAR, chars: 4, minor: { year: 'numeric' } },
  { unit: 'year', interval: every(utcYear, 5), step: 5 * YEAR, chars: 4, minor: { year: 'numeric' } },
  { unit: 'decade', interval: every(utcYear, 10), step: 10 * YEAR, chars: 4, minor: { year: 'numeric' } },
  { unit: 'decade', interval: every(utcYear, 20), step: 20 * YEAR, chars: 4, minor: { year: 'numeric' } },
  { unit: 'decade', interval: every(utcYear, 50), step: 50 * YEAR, chars: 4, minor: { year: 'numeric' } },
  { unit: 'decade', interval: every(utcYear, 100), step: 100 * YEAR, chars: 4, minor: { year: 'numeric' } },
];

/** Options of axisTicks. */
export interface TickOptions {
  /** BCP 47 locale of the labels. */
  locale: string;
  /** Smallest distance between two fine labels, px. */
  minSpacing?: number;
  /** Width of one label character, px, to estimate label widths. */
  charWidth?: number;
}

/** Ticks for the view [from, to] drawn over `width` px. */
export function axisTicks(from: number, to: number, width: number, { locale, minSpacing = 56, charWidth = 7.5 }: TickOptions): AxisTicks {
  const msPerPx = (to - from) / Math.max(1, width);
  const level =
    LEVELS.find((l) => l.step / msPerPx >= Math.max(minSpacing, l.chars * charWidth + 20)) ?? LEVELS[LEVELS.length - 1]!;
  const minorFormat = dateFormat(locale, level.minor);
  const minor = level.interval.range(new Date(from), new Date(to + 1)).map((d) => ({ t: +d, label: minorFormat.format(d) }));
  if (!level.major) return { unit: level.unit, minor, major: [], context: null };
  const majorFormat = dateFormat(locale, level.major.options);
  const major = level.major.interval.range(new Date(from), new Date(to + 1)).map((d) => ({ t: +d, label: majorFormat.format(d) }));
  const context = majorFormat.format(level.major.interval.floor(new Date(from)));
  // Midnight is named by the day's own label just below it; "00:00" above it would only repeat it.
  const starts = new Set(major.map((m) => m.t));
  const fine = level.unit === 'hour' ? minor.map((m) => (starts.has(m.t) ? { ...m, label: '' } : m)) : minor;
  return { unit: level.unit, minor: fine, major, context };
}
