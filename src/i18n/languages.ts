/**
 * The interface's languages and which one a page speaks. Pure: the same answer on the server
 * (prerender) and in the browser, so prerendered markup matches what hydrates.
 */
import { canonicalLocale } from '../app/locale';

/** The languages the interface is translated into (src/i18n/catalogs/<code>.json). English first: the source. */
export const LANGUAGES = ['en', 'fr', 'es', 'de', 'ru', 'ar', 'he', 'zh'] as const;

/** One of the interface's languages. */
export type Language = (typeof LANGUAGES)[number];

/** True when `code` is one of the interface's languages. */
export function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

/** The interface language for a BCP 47 tag: itself when shipped ("fr"), else its base language ("fr-CA" → fr, "zh-Hant-TW" → zh), else null. */
export function languageOf(tag: string): Language | null {
  const canonical = canonicalLocale(tag);
  if (!canonical) return null;
  if (isLanguage(canonical)) return canonical;
  let base: string;
  try {
    base = new Intl.Locale(canonical).language;
  } catch {
    return null;
  }
  return isLanguage(base) ? base : null;
}

/**
 * The page's interface language: the URL's `lang=` when given and shipped (or its base language),
 * else the dataset's `language` (or its base language), else English.
 * @param urlLang the page's `lang=` (already canonical, src/embed/options.ts), or null
 * @param datasetLanguage the dataset's `language` (BCP 47)
 */
export function interfaceLanguage(urlLang: string | null, datasetLanguage: string): Language {
  return (urlLang ? languageOf(urlLang) : null) ?? languageOf(datasetLanguage) ?? 'en';
}

/**
 * The page's language, for `<html lang>`: the story's locale ("en-GB") where the interface speaks
 * the story's language, else the interface's language — most of the page's own words are then in
 * it (lang=ar over an English story; an Italian story, whose interface falls back to English).
 * The story's text then says its own language (src/i18n/StoryLang.tsx).
 * @param storyLocale the dataset's locale (src/app/locale.ts, datasetLocale)
 * @param language the interface's language (interfaceLanguage)
 */
export function pageLanguage(storyLocale: string, language: Language): string {
  return languageOf(storyLocale) === language ? storyLocale : language;
}
