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
