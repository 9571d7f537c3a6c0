/**
 * ISO 8601 dates with implied precision: "2018" (a year), "2018-07" (a month), "2018-07-16" (a day),
 * "2019-05-14T18:00Z" or "2019-05-13T18:00+03:00" (an hour, or a minute when minutes are not :00).
 *
 * Years before AD 1 use ISO 8601's expanded, signed years with astronomical numbering: year 0000
 * is 1 BC, "-0001" is 2 BC, so "-0043-03-15" is 15 March 44 BC (proleptic Gregorian calendar).
 * A sign allows four to six digits ("+10000", "-012000"); "-0000" is refused (write "0000").
 *
 * A date is the span it could denote: "2018-07" is all of July 2018. A date without a time is a
 * span of the story's clock (the dataset's `timeZone`, UTC without one): in a Moscow story
 * "2019-05-14" runs from midnight to midnight in Moscow, where the axis draws that day. A time
 * must carry its zone, since the instant would be unknown without it.
 */
import type { DatePoint } from './model';
import { ISO_DATE } from './patterns';
import { fromWall } from './zone';

/** The format's ISO date pattern (patterns.ts), re-exported for the readers of dates. */
export { ISO_DATE };
const ISO = ISO_DATE;
/** The farthest year from AD 1 that a JavaScript Date can hold whole (±275,760 years around 1970). */
export const MAX_ABS_YEAR = 270_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

/**
 * Parses an ISO date; returns the span or a sentence saying why it is not a date. `timeZone` (an
 * IANA name, already checked) is the clock of a date without a time; a time names its own offset.
 */
export function parseIsoDate(value: string, timeZone = 'UTC'): DatePoint | { error: string } {
  const m = ISO.exec(value);
  const shown = JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (!m) {
    if (/^[+-]?\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) {
      return { error: `${shown} has a time but no zone: add "Z" or an offset such as "+03:00"` };
    }
    if (/^-\d{1,3}(-|$)/.test(value) || /^\d{1,3}(-|$)/.test(value)) {
      return { error: `${shown} needs a four-digit year: write "0079" for AD 79, "-0043" for 44 BC (year 0000 is 1 BC)` };
    }
    return { error: `${shown} is not an ISO date such as "2019", "2019-05", "2019-05-14", "2019-05-14T18:00Z" or "-0043-03-15" (44 BC)` };
  }
  const [, y, mo, d, h, mi, s, zone] = m;
  const year = Number(y);
  if (y === '-0000' || y === '-00000' || y === '-000000') {
    return { error: `${shown} has a negative year zero: write "0000" (1 BC); ISO 8601 has no "-0000"` };
  }
  if (Math.abs(year) > MAX_ABS_YEAR) return { error: `${shown} is further than ${MAX_ABS_YEAR} years from AD 1` };
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { error: `${shown} is not a calendar date` };
  }
  if (mo === undefined) return civil(value, 'year', utc(year, 1, 1), utc(year + 1, 1, 1), timeZone);
  if (d === undefined) return civil(value, 'month', utc(year, month, 1), utc(year, month + 1, 1), timeZone);
  if (h === undefined) return civil(value, 'day', utc(year, month, day), utc(year, month, day + 1), timeZone);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return { error: `${shown} is not a time of day` };
  const offsetMinutes = zone === 'Z' ? 0 : zoneMinutes(zone ?? 'Z');
  if (Math.abs(offsetMinutes) > 14 * 60) return { error: `${shown} has an offset beyond ±14:00` };
  const instant = utc(year, month, day) + hour * HOUR + minute * MINUTE + second * 1000 - offsetMinutes * MINUTE;
  const byHour = minute === 0 && second === 0;
  return {
    iso: value,
    precision: byHour ? 'hour' : 'minute',
    from: instant,
    to: instant + (byHour ? HOUR : MINUTE),
    offsetMinutes,
  };
}

/**
 * A date without a time: the span from wall-clock `wallFrom` to `wallTo` (ms, the zone's clock read
 * as UTC) in `zone`, with the zone's offset at its start, by which it is told (src/format/dates.ts).
 */
function civil(iso: string, precision: 'year' | 'month' | 'day', wallFrom: number, wallTo: number, zone: string): DatePoint {
  if (zone === 'UTC') return { iso, precision, from: wallFrom, to: wallTo };
  const from = fromWall(wallFrom, zone);
  // Not rounded: before standard time a zone kept its place's mean time (Moscow +2:30:17), and a
  // day told 17 seconds early would be the day before.
  return { iso, precision, from, to: fromWall(wallTo, zone), offsetMinutes: (wallFrom - from) / MINUTE };
}

/** True when parseIsoDate succeeded. */
export function isDatePoint(value: DatePoint | { error: string }): value is DatePoint {
  return !('error' in value);
}

function zoneMinutes(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}

/** Midnight UTC of a day, ms (`month` 1–12; a day past the month's end rolls over). */
function utc(year: number, month: number, day: number): number {
  // Date.UTC reads years 0–99 as 1900–1999; only those need a date object.
  if (year < 0 || year > 99) return Date.UTC(year, month - 1, day);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar (astronomical years: 0 and -4 are leap years). */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}
