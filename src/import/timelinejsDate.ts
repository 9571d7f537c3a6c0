/**
 * TimelineJS dates → our ISO dates with implied precision. TimelineJS states precision by which
 * parts are present ({year} is a year, {year, month} a month…), which is exactly our convention,
 * so a date keeps its precision. A part that cannot be read ends the date there, with a note,
 * rather than losing the whole event; only an unusable year loses the event.
 */
import type { TlDate } from './timelinejsModel';
import { shown } from '../dataset/read/messages';
import { MAX_ABS_YEAR } from '../dataset/isoDate';

/** A note on one part of a date, e.g. `{ field: 'second', message: 'not carried over (…)' }`. */
export interface DateNote {
  field: string;
  message: string;
}

/** The parts of a date below the year, coarsest first. */
const PARTS = ['month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
type Part = (typeof PARTS)[number];
const MINOR: readonly Part[] = ['minute', 'second', 'millisecond'];

/** The ISO date and notes on the parts left out, or why the date cannot be carried over at all. */
export type DateResult = { iso: string; notes: DateNote[] } | { error: string };

/**
 * Converts a TimelineJS date object. TimelineJS counts years before AD 1 as readers do: it shows
 * year -49 as "49 BCE", with no year 0. ISO 8601 (and our format) counts astronomically, where
 * year 0000 is 1 BC, so TimelineJS's -49 becomes "-0048" (49 BC). A TimelineJS year 0 is read
 * as 1 BC, with a note. Years further than MAX_ABS_YEAR from AD 1 (cosmological) cannot be written.
 */
export function tlDateToIso(d: TlDate): DateResult {
  const notes: DateNote[] = [];
  for (const field of ['display_date', 'format'] as const) {
    if (d[field] !== undefined) notes.push({ field, message: 'not carried over (the app writes each date at its own precision)' });
  }
  if (d.year === undefined) return { error: 'has no year' };
  const year = whole(d.year);
  if (year === undefined) return { error: `year ${shown(d.year)} is not a whole number` };
  if (Math.abs(year) > MAX_ABS_YEAR) {
    return { error: `year ${year} is further than ${MAX_ABS_YEAR} years from AD 1, beyond what the format can write` };
  }
  if (year === 0) notes.push({ field: 'year', message: 'TimelineJS has no year 0 (1 BCE is -1); read as 1 BC' });
  // Astronomical numbering: 1 BCE (TimelineJS -1) is year 0000.
  const astronomical = year < 0 ? year + 1 : year;
  const y = isoYear(astronomical);
  const drop = (field: Part, why: string): void => {
    notes.push({ field, message: `not carried over (${why})` });
  };

  const month = part(d.month, 1, 12);
  if (month === null) return stop(y, notes, 'month', d, `${shown(d.month ?? '')} is not a month 1–12`);
  if (month === undefined) return stop(y, notes, 'day', d, 'there is no month');
  const ym = `${y}-${pad(month, 2)}`;

  const day = part(d.day, 1, daysIn(astronomical, month));
  if (day === null) return stop(ym, notes, 'day', d, `${shown(d.day ?? '')} is not a day of that month`);
  if (day === undefined) return stop(ym, notes, 'hour', d, 'there is no day');
  const ymd = `${ym}-${pad(day, 2)}`;

  const hour = part(d.hour, 0, 23);
  if (hour === null) return stop(ymd, notes, 'hour', d, `${shown(d.hour ?? '')} is not an hour 0–23`);
  if (hour === undefined) return stop(ymd, notes, 'minute', d, 'there is no hour');
  const minute = part(d.minute, 0, 59);
  if (minute === null) drop('minute', `${shown(d.minute ?? '')} is not a minute 0–59; the time is kept to the hour`);
  if (nonZero(d.second)) drop('second', 'times are kept to the minute');
  if (nonZero(d.millisecond)) drop('millisecond', 'times are kept to the minute');
  notes.push({ field: 'hour', message: 'read as UTC (TimelineJS times carry no time zone)' });
  return { iso: `${ymd}T${pad(hour, 2)}:${pad(minute ?? 0, 2)}Z`, notes };
}

/**
 * Ends the date at `iso`. `field` is the first part that could not be used, for the reason `why`;
 * every finer part that was given is noted too, since the date no longer reaches it.
 */
function stop(iso: string, notes: DateNote[], field: Part, d: TlDate, why: string): DateResult {
  for (const f of PARTS.slice(PARTS.indexOf(field))) {
    const value = d[f];
    // A zero minute or second says nothing the coarser date does not.
    if (value === undefined || (MINOR.includes(f) && !nonZero(value))) continue;
    const reason = f === field ? why : `the date ends at ${precisionOf(iso)}`;
    notes.push({ field: f, message: `not carried over (${reason})` });
  }
  return { iso, notes };
}

function precisionOf(iso: string): string {
  const parts = iso.replace(/^[+-]/, '').split('-').length;
  return parts === 1 ? 'the year' : parts === 2 ? 'the month' : 'the day';
}

/** A whole number as TimelineJS writes one: spaces and thousands commas allowed ("1,500"). */
function whole(text: string): number | undefined {
  const t = text.replace(/[\s,]/g, '');
  if (!/^[+-]?\d{1,12}$/.test(t)) return undefined;
  return Number(t);
}

/** An optional part in [min, max]: undefined when absent, null when present but not usable. */
function part(text: string | undefined, min: number, max: number): number | null | undefined {
  if (text === undefined) return undefined;
  const n = whole(text);
  return n === undefined || n < min || n > max ? null : n;
}

function nonZero(text: string | undefined): boolean {
  return text !== undefined && whole(text) !== 0;
}

/** A year as ISO 8601 writes it: four digits, or a sign and more for years before 0000 or after 9999. */
function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return (year < 0 ? '-' : '+') + pad(Math.abs(year), 4);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function daysIn(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/**
 * A spreadsheet Time cell as TimelineJS reads one: "14:30", "2:30 PM", "1430", "9.15 a.m.",
 * "14:30:15". Returns the parts as text for a TlDate, or null when it is not a time of day.
 */
export function parseClockTime(text: string): { hour: string; minute?: string; second?: string } | null {
  const m = /^(\d{1,2})(?:[:.]?(\d{2})(?:[:.](\d{2}))?)?\s*(?:([aApP])\.?\s*[mM]\.?)?$/.exec(text.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const period = m[4]?.toLowerCase();
  if (period !== undefined) {
    if (hour < 1 || hour > 12) return null;
    if (period === 'p' && hour !== 12) hour += 12;
    if (period === 'a' && hour === 12) hour = 0;
  }
  if (hour > 23 || Number(m[2] ?? 0) > 59 || Number(m[3] ?? 0) > 59) return null;
  const out: { hour: string; minute?: string; second?: string } = { hour: String(hour) };
  if (m[2] !== undefined) out.minute = m[2];
  if (m[3] !== undefined) out.second = m[3];
  return out;
}
