/** Durations in milliseconds, shared by the timeline's pure modules. */
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
export const WEEK = 7 * DAY;
/** Average lengths, only for choosing zoom levels; calendars come from d3-time. */
export const MONTH = 30.44 * DAY;
export const YEAR = 365.25 * DAY;
