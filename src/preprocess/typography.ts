/**
 * Typographic quotes and apostrophes for the words an editor writes (titles, summaries, places,
 * the story's title and description): `finding "a way forward"` → `finding “a way forward”`,
 * `Pompeo's` → `Pompeo’s`, each language by its own convention (« » in French, „ “ in German).
 * Quotes from the reports never pass through here: they stay exactly as the report has them.
 *
 * The rules are typograf's (npm `typograf`), with every other rule off: no spaces, dashes or
 * hyphenation are touched. Languages typograf does not know (Arabic, Hebrew, Chinese, …) are left
 * as written: a Hebrew `"` is often a gershayim inside an acronym, not a quotation mark.
 */
import Typograf from 'typograf';

const RULES = ['common/punctuation/quote', 'common/punctuation/apostrophe'];

// English: double quotes outside, single inside, as CLDR gives both en-US and en-GB (typograf's
// en-GB puts single quotes outside, a house style rather than the locale's).
const ENGLISH_QUOTES = { left: '“‘', right: '”’' };

// Typograf reads its input as HTML (it decodes `&nbsp;` and keeps `<tags>`), but dataset text is
// plain text: `&` and `<` are hidden in private-use characters while it works.
const HIDE: [string, string][] = [['&', '\uE000'], ['<', '\uE001'], ['>', '\uE002']];

const engines = new Map<string, Typograf | null>();

function engineFor(language: string): Typograf | null {
  let engine = engines.get(language);
  if (engine !== undefined) return engine;
  const known = Typograf.getLocales();
  const primary = language.split('-')[0]!.toLowerCase();
  const locale = primary === 'en' ? 'en-US' : known.find((l) => l.toLowerCase() === language.toLowerCase()) ?? known.find((l) => l === primary);
  engine = locale ? new Typograf({ locale: [locale], disableRule: '*', enableRule: RULES }) : null;
  if (engine && primary === 'en') engine.setSetting('common/punctuation/quote', 'en-US', ENGLISH_QUOTES);
  engines.set(language, engine);
  return engine;
}

/**
 * `text` with typographic quotes and apostrophes for `language` (BCP 47); unchanged when the
 * language has no rules here or the text has no straight quotes.
 */
export function typographic(text: string, language: string): string {
  if (!/["']/.test(text)) return text;
  const engine = engineFor(language);
  if (!engine) return text;
  let hidden = text;
  for (const [c, h] of HIDE) hidden = hidden.replaceAll(c, h);
  let out = engine.execute(hidden);
  for (const [c, h] of HIDE) out = out.replaceAll(h, c);
  return out;
}
