/**
 * Dates in words at their precision, in the reader's locale: "2018", "July 2018",
 * "Tuesday 14 May 2019", "Monday 13 May 2019, in the evening", "28–29 June 2019",
 * "Sunday 7 November 2021, 01:30 UTC−4", "15 March 44 BC".
 * Every date is told on its own clock (DatePoint.offsetMinutes): a date without a time on the
 * story's (isoDate.ts), a time at the place (its own offset, which is named), since that is the
 * clock the report quotes. The formats themselves are UTC, read at the instant shifted to that clock.
 */
import type { DatePoint, TimelineEvent } from '../dataset/model';
import { PART_OF_DAY_HOURS, partOfDay } from '../dataset/partOfDay';
import { dateFormat } from './intl';

/**
 * ICU versions differ in their spaces: Node writes "28 – 29 June" with thin spaces where Chromium
 * writes plain ones. The page is prerendered in Node and hydrated in the browser, so text must be
 * identical: narrow and thin spaces become plain ones. Exported for every Intl-made label.
 */
export function plain(text: string): string {
  return text.replace(/[\u2009\u202f\u00a0]/g, ' ');
}

/** Years from which a bare number reads as a year: below, "June 5" would read as a day. */
export const ERA_BELOW_YEAR = 1000;

/**
 * True when a date at `t` (ms, UTC) needs its era written: before AD 1000, where "June 5" reads
 * as a day of June and "44" as an age. The locale decides the words (44 BC, 44 v. Chr., 紀元前44年).
 */
export function needsEra(t: number): boolean {
  return new Date(t).getUTCFullYear() < ERA_BELOW_YEAR;
}

/** `options` with the era added when any of `times` needs it. */
export function withEra(options: Intl.DateTimeFormatOptions, ...times: number[]): Intl.DateTimeFormatOptions {
  return times.some(needsEra) && options.year !== undefined ? { ...options, era: 'short' } : options;
}

const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long' };
const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
const WEEKDAY: Intl.DateTimeFormatOptions = { ...DAY, weekday: 'long' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

function optionsFor(p: DatePoint, long: boolean): Intl.DateTimeFormatOptions {
  switch (p.precision) {
    case 'year': return YEAR;
    case 'month': return MONTH;
    default: return long ? WEEKDAY : DAY;
  }
}

/** A date's first moment on its own clock: UTC fields that read as that clock does. */
export function local(p: DatePoint): number {
  // Whole milliseconds: a local mean time's offset is a fraction of a minute (isoDate.ts).
  return p.from + Math.round((p.offsetMinutes ?? 0) * 60_000);
}

/**
 * An offset from UTC as readers write it: "UTC", "UTC+3", "UTC−4", "UTC+5:30" (with a true minus
 * sign). Naming the offset is what tells apart the two 01:30s of a night when clocks go back.
 */
export function offsetName(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${minutes < 0 ? '\u2212' : '+'}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

const SHORT_MONTH: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short' };
const DAY_PERIOD: Intl.DateTimeFormatOptions = { dayPeriod: 'long' };
const dayPeriods = new Map<string, string>();

/**
 * The part of the day of an hour-precision time, in the locale's own words: CLDR's day period
 * (through Intl) at the part's nominal hour (partOfDay.ts: "evening" is 19:00), so a French story
 * reads "du soir" and a German one "abends" where every story read "evening". 12:00 is noon
 * ("noon", "midi"), which reports name as such. Where Intl has no day periods, the English word.
 */
function dayPeriod(localHour: number, locale: string): string {
  const part = partOfDay(localHour);
  const hour = localHour === 12 ? 12 : PART_OF_DAY_HOURS[part];
  // Five words per locale, asked for by every mark's name in every frame of a zoom: kept.
  const key = `${locale}|${hour}`;
  let words = dayPeriods.get(key);
  if (words === undefined) {
    const found = dateFormat(locale, DAY_PERIOD).formatToParts(Date.UTC(2000, 0, 1, hour)).find((p) => p.type === 'dayPeriod')?.value;
    dayPeriods.set(key, (words = found ? plain(found) : part));
  }
  return words;
}

/** The month a date falls in, or its year for a year: short enough for a phone's bar ("May 2019", "Jan 49 BC"). */
export function formatMonth(p: DatePoint, locale: string): string {
  const at = local(p);
  return plain(dateFormat(locale, withEra(p.precision === 'year' ? YEAR : SHORT_MONTH, at)).format(at));
}

/** One date in words; `long` adds the weekday to days. */
export function formatDate(p: DatePoint, locale: string, long = false): string {
  const at = local(p);
  if (p.precision === 'hour' || p.precision === 'minute') {
    const when = plain(dateFormat(locale, withEra(optionsFor(p, long), at)).format(at));
    // An hour is what the report says ("Monday evening"); a minute is a clock time, told at the
    // place with its offset named.
    if (p.precision === 'hour') return `${when}, ${dayPeriod(new Date(at).getUTCHours(), locale)}`;
    return `${when}, ${plain(dateFormat(locale, TIME).format(at))} ${offsetName(p.offsetMinutes ?? 0)}`;
  }
  return plain(dateFormat(locale, withEra(optionsFor(p, long), at)).format(at));
}

/** An event's date or range in words ("28–29 June 2019"). */
export function formatEventDate(e: Pick<TimelineEvent, 'start' | 'end'>, locale: string, long = false): string {
  if (!e.end) return formatDate(e.start, locale, long);
  const sameKind = e.start.precision === e.end.precision && e.start.precision !== 'hour' && e.start.precision !== 'minute';
  if (sameKind) {
    // formatRange shares what the two dates have in common: "28–29 June 2019". The era is written
    // on both ends or neither, so "44 BC – AD 14" never loses its first era.
    const [from, to] = [local(e.start), local(e.end)];
    return plain(dateFormat(locale, withEra(optionsFor(e.start, false), from, to)).formatRange(from, to));
  }
  return `${formatDate(e.start, locale, long)} – ${formatDate(e.end, locale, long)}`;
}

/**
 * A machine-readable value for <time datetime>: the start as the dataset gives it (HTML has no
 * intervals). HTML's date strings have no years before AD 1, so those get none (undefined).
 */
export function datetimeAttr(e: Pick<TimelineEvent, 'start'>): string | undefined {
  return /^\d{4}(-|$)/.test(e.start.iso) && !e.start.iso.startsWith('0000') ? e.start.iso : undefined;
}
