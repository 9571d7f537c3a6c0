/**
 * Hard limits on a dataset. They keep a hostile or broken file from freezing the browser tab or
 * the validator; every limit is stated in the message that reports it being crossed.
 */

/** Most events in one dataset: far above any real timeline, low enough to lay out in a browser. */
export const MAX_EVENTS = 200_000;

/** Most source articles in one dataset. */
export const MAX_SOURCES = 1_000;

/** Most quotes attached to one event. */
export const MAX_QUOTES_PER_EVENT = 100;

/** Longest string of any kind, in UTF-16 units: the length of a very long article's text. */
export const MAX_STRING_CHARS = 1_000_000;

/** Longest title-like string: titles, headlines, names, labels, places. */
export const MAX_TITLE_CHARS = 500;

/** Longest id; ids go into URLs and lookups. */
export const MAX_ID_CHARS = 200;

/** Most problems listed for one dataset; one more line then says how many were left out. */
export const MAX_ISSUES = 1_000;

/** Largest dataset file, in bytes (UTF-8), checked before JSON.parse. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
