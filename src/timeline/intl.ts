/**
 * Cached Intl formatters in UTC: constructing one costs far more than formatting with it, and even
 * building a cache key from the options is measurable at 60 frames a second, so the options
 * objects (module constants) are keys by identity.
 */
const dates = new Map<string, WeakMap<Intl.DateTimeFormatOptions, Intl.DateTimeFormat>>();
const numbers = new Map<string, WeakMap<Intl.NumberFormatOptions, Intl.NumberFormat>>();
const NO_OPTIONS: Intl.NumberFormatOptions = {};

/** A UTC date formatter for `locale` and `options` (pass a constant object), created once. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let byOptions = dates.get(locale);
  if (!byOptions) dates.set(locale, (byOptions = new WeakMap()));
  let f = byOptions.get(options);
  if (!f) byOptions.set(options, (f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options })));
  return f;
}

const zoned = new Map<string, WeakMap<Intl.DateTimeFormatOptions, Intl.DateTimeFormat>>();

/** A date formatter in an IANA zone (`dateFormat` is UTC), created once per locale, zone and options object. */
export function zonedDateFormat(locale: string, options: Intl.DateTimeFormatOptions, timeZone: string): Intl.DateTimeFormat {
  if (timeZone === 'UTC') return dateFormat(locale, options);
  const key = `${locale}|${timeZone}`;
  let byOptions = zoned.get(key);
  if (!byOptions) zoned.set(key, (byOptions = new WeakMap()));
  let f = byOptions.get(options);
  if (!f) byOptions.set(options, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone })));
  return f;
}

/** A number formatter for `locale` and `options` (pass a constant object), created once. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = NO_OPTIONS): Intl.NumberFormat {
  let byOptions = numbers.get(locale);
  if (!byOptions) numbers.set(locale, (byOptions = new WeakMap()));
  let f = byOptions.get(options);
  if (!f) byOptions.set(options, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

const COMPACT: Intl.NumberFormatOptions = { notation: 'compact' };

/** Counts as a newsroom writes them on a badge: "12", "1.2K". */
export function compactNumber(locale: string): Intl.NumberFormat {
  return numberFormat(locale, COMPACT);
}
