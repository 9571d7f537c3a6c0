/**
 * The model keeps the initial view as instants ({from, to}); the format writes it as two ISO
 * dates whose spans give those instants (start.from, end.to). This finds the plainest such dates:
 * "2018" rather than "2018-01-01T00:00Z", so a downloaded file reads as an editor would write it.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** ISO start and end dates that parse back to exactly `view.from` and `view.to`. */
export function viewToRaw(view: { from: number; to: number }): { start: string; end: string } {
  return { start: startingAt(view.from), end: endingAt(view.to) };
}

/** The coarsest ISO date whose span starts at `t`. */
function startingAt(t: number): string {
  const d = new Date(t);
  if (isYearStart(d)) return year(d);
  if (isMonthStart(d)) return month(d);
  if (isDayStart(d)) return day(d);
  return time(d);
}

/** The coarsest ISO date whose span ends at `t` (exclusive), i.e. contains the instant just before. */
function endingAt(t: number): string {
  const d = new Date(t);
  const last = new Date(t - 1);
  if (isYearStart(d)) return year(last);
  if (isMonthStart(d)) return month(last);
  if (isDayStart(d)) return day(last);
  if (t % HOUR === 0) return time(new Date(t - HOUR));
  const prev = new Date(t - MINUTE);
  // A time at :00:00 parses as a whole hour, so a minute-long span starting on the hour cannot be
  // written in UTC. An offset of one minute moves the local minute off :00 without moving the instant.
  if (prev.getTime() % HOUR === 0) return `${day(prev)}T${two(prev.getUTCHours())}:01+00:01`;
  return time(prev);
}

function isYearStart(d: Date): boolean {
  return isMonthStart(d) && d.getUTCMonth() === 0;
}

function isMonthStart(d: Date): boolean {
  return isDayStart(d) && d.getUTCDate() === 1;
}

function isDayStart(d: Date): boolean {
  return d.getTime() % (24 * HOUR) === 0;
}

function year(d: Date): string {
  return String(d.getUTCFullYear()).padStart(4, '0');
}

function month(d: Date): string {
  return `${year(d)}-${two(d.getUTCMonth() + 1)}`;
}

function day(d: Date): string {
  return `${month(d)}-${two(d.getUTCDate())}`;
}

/** A time to the minute, or to the second when it has seconds. */
function time(d: Date): string {
  const seconds = d.getUTCSeconds() === 0 ? '' : `:${two(d.getUTCSeconds())}`;
  return `${day(d)}T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}${seconds}Z`;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}
