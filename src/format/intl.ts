/**
 * Cached Intl formatters: constructing one costs far more than formatting with it (a few ms each
 * on a phone's first render), and even building a cache key from the options is measurable at 60
 * frames a second. So a formatter is found first by its options object itself (most callers pass
 * module constants), and only for an object not met before by its options' text: an object made
 * per call (`withEra` in src/format/dates.ts, for dates before AD 1000) still finds the one made
 * for the same options, rather than constructing another every frame.
 */

/** Formatters by locale (and zone), by options object, and by the options' text. */
class FormatCache<O extends object, F> {
  private readonly byObject = new Map<string, WeakMap<O, F>>();
  private readonly byText = new Map<string, F>();

  constructor(private readonly make: (locale: string, options: O, scope: string) => F) {}

  get(locale: string, options: O, scope = ''): F {
    const key = scope ? `${locale}|${scope}` : locale;
    let same = this.byObject.get(key);
    if (!same) this.byObject.set(key, (same = new WeakMap()));
    let f = same.get(options);
    if (f) return f;
    const text = `${key}|${JSON.stringify(options)}`;
    f = this.byText.get(text);
    if (!f) this.byText.set(text, (f = this.make(locale, options, scope)));
    same.set(options, f);
    return f;
  }
}

const dates = new FormatCache<Intl.DateTimeFormatOptions, Intl.DateTimeFormat>((locale, options) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }));
const zoned = new FormatCache<Intl.DateTimeFormatOptions, Intl.DateTimeFormat>((locale, options, timeZone) => new Intl.DateTimeFormat(locale, { ...options, timeZone }));
const numbers = new FormatCache<Intl.NumberFormatOptions, Intl.NumberFormat>((locale, options) => new Intl.NumberFormat(locale, options));
const NO_OPTIONS: Intl.NumberFormatOptions = {};

/** A UTC date formatter for `locale` and `options`, created once. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dates.get(locale, options);
}

/** A date formatter in an IANA zone (`dateFormat` is UTC), created once per locale, zone and options. */
export function zonedDateFormat(locale: string, options: Intl.DateTimeFormatOptions, timeZone: string): Intl.DateTimeFormat {
  return timeZone === 'UTC' ? dateFormat(locale, options) : zoned.get(locale, options, timeZone);
}

/** A number formatter for `locale` and `options`, created once. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = NO_OPTIONS): Intl.NumberFormat {
  return numbers.get(locale, options);
}

const COMPACT: Intl.NumberFormatOptions = { notation: 'compact' };

/** Counts as a newsroom writes them on a badge: "12", "1.2K". */
export function compactNumber(locale: string): Intl.NumberFormat {
  return numberFormat(locale, COMPACT);
}
