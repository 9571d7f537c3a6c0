/**
 * The locale of a story: its dataset's `language` (BCP 47) writes every date and number, so an
 * `en-GB` story reads "14 May 2019" on every reader's screen, as its editors wrote its copy. The
 * reader's browser does not change it: a story mixing "14 May" in its summaries with "May 14" in
 * its date lines reads as a mistake. The same answer on the server and in the browser, so
 * prerendered markup always matches.
 */

const canonical = new Map<string, string>();

/**
 * The canonical, supported form of a BCP 47 tag ("EN-gb" → "en-GB"), or null when the runtime's
 * Intl does not know the tag or it is malformed. Cached: supportedLocalesOf is slow on phones.
 */
export function canonicalLocale(tag: string): string | null {
  const known = canonical.get(tag);
  if (known !== undefined) return known || null;
  let out = '';
  try {
    const [c] = Intl.getCanonicalLocales(tag);
    if (c && Intl.DateTimeFormat.supportedLocalesOf([c]).length > 0) out = c;
  } catch {
    out = '';
  }
  canonical.set(tag, out);
  return out || null;
}

/** The locale for dates and numbers: the dataset's language, else English. */
export function datasetLocale(datasetLanguage: string): string {
  return canonicalLocale(datasetLanguage) ?? 'en';
}

// Scripts written right to left (ISO 15924), among those Unicode's likely-subtags data gives a
// language: Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam, Hanifi Rohingya, Mandaic, Samaritan.
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);
// Remembered: the chart asks on every frame of a zoom, and an Intl.Locale costs more than a frame can spare.
const directions = new Map<string, 'ltr' | 'rtl'>();

/**
 * The direction a locale's text runs: "rtl" for ar, he, fa, ur, ckb, yi (and any tag whose likely
 * script is right to left, "ku-Arab" too), else "ltr". From Intl.Locale's likely subtags, which
 * Node and every current browser share, so the prerendered page and the app agree.
 */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  let direction = directions.get(locale);
  if (!direction) {
    try {
      const script = new Intl.Locale(locale).maximize().script;
      direction = script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
    } catch {
      direction = 'ltr';
    }
    directions.set(locale, direction);
  }
  return direction;
}

/** What the directions are read from: a dataset's language and its optional overrides. */
export interface DirectionSource {
  language: string;
  direction?: 'ltr' | 'rtl';
  axisDirection?: 'ltr' | 'rtl';
}

/** The direction a dataset's text runs: its `direction`, else its language's (textDirection). */
export function datasetDirection(timeline: DirectionSource): 'ltr' | 'rtl' {
  return timeline.direction ?? textDirection(datasetLocale(timeline.language));
}

/**
 * The direction the chart's time axis runs: the dataset's `axisDirection`, else its text's. "rtl":
 * later events are drawn further left (sources disagree on which an Arabic or Hebrew reader
 * expects, so the editor can keep it left to right).
 */
export function axisDirection(timeline: DirectionSource): 'ltr' | 'rtl' {
  return timeline.axisDirection ?? datasetDirection(timeline);
}
