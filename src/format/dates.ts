/**
 * Dates in words at their precision, in the reader's locale: "2018", "July 2018",
 * "Tuesday 14 May 2019", "Monday 13 May 2019, evening", "28–29 June 2019".
 * Dates without a time are UTC spans (isoDate.ts), so they are formatted in UTC; an hour is told
 * as the part of day at the place (its own offset), since "evening" is what the report says.
 */
import type { DatePoint, TimelineEvent } from '../dataset/model';
import { partOfDay } from '../dataset/partOfDay';

const cache = new Map<string, Intl.DateTimeFormat>();

/**
 * ICU versions differ in their spaces: Node writes "28 – 29 June" with thin spaces where Chromium
 * writes plain ones. The page is prerendered in Node and hydrated in the browser, so text must be
 * identical: narrow and thin spaces become plain ones. Exported for every Intl-made label.
 */
export function plain(text: string): string {
  return text.replace(/[\u2009\u202f\u00a0]/g, ' ');
}

function fmt(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    cache.set(key, f);
  }
  return f;
}

const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long' };
const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
const WEEKDAY: Intl.DateTimeFormatOptions = { ...DAY, weekday: 'long' };
const MINUTE: Intl.DateTimeFormatOptions = { ...WEEKDAY, hour: 'numeric', minute: '2-digit' };

function optionsFor(p: DatePoint, long: boolean): Intl.DateTimeFormatOptions {
  switch (p.precision) {
    case 'year': return YEAR;
    case 'month': return MONTH;
    case 'day': return long ? WEEKDAY : DAY;
    default: return long ? WEEKDAY : DAY;
  }
}

/** The local wall-clock instant of a timed date (UTC fields shifted by the place's offset). */
function local(p: DatePoint): number {
  return p.from + (p.offsetMinutes ?? 0) * 60_000;
}

/** One date in words; `long` adds the weekday to days. */
export function formatDate(p: DatePoint, locale: string, long = false): string {
  if (p.precision === 'hour') {
    const when = plain(fmt(locale, optionsFor(p, long)).format(local(p)));
    return `${when}, ${partOfDay(new Date(local(p)).getUTCHours())}`;
  }
  if (p.precision === 'minute') return plain(fmt(locale, MINUTE).format(local(p)));
  return plain(fmt(locale, optionsFor(p, long)).format(p.from));
}

/** An event's date or range in words ("28–29 June 2019"). */
export function formatEventDate(e: Pick<TimelineEvent, 'start' | 'end'>, locale: string, long = false): string {
  if (!e.end) return formatDate(e.start, locale, long);
  const sameKind = e.start.precision === e.end.precision && e.start.precision !== 'hour' && e.start.precision !== 'minute';
  if (sameKind) {
    // formatRange shares what the two dates have in common: "28–29 June 2019".
    return plain(fmt(locale, optionsFor(e.start, false)).formatRange(e.start.from, e.end.from));
  }
  return `${formatDate(e.start, locale, long)} – ${formatDate(e.end, locale, long)}`;
}

/** A machine-readable value for <time datetime>: the start as the dataset gives it (HTML has no intervals). */
export function datetimeAttr(e: Pick<TimelineEvent, 'start'>): string {
  return e.start.iso;
}
