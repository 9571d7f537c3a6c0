/**
 * The interface's words, in the reader's language, through Lingui's runtime (@lingui/core, about
 * 2 KiB gzip): catalogs are compiled ahead of time (npm run catalogs, src/i18n/compiled/), so the
 * page ships no message parser. English is in the main bundle, but for the words of the parts
 * loaded on first use (the embed dialog, the article reader), which those parts add (addEnglish);
 * every other language is a chunk of its own, fetched only when a page uses it (loadLanguage).
 */
import { setupI18n, type I18n, type Messages } from '@lingui/core';
import { messages as en } from './compiled/en';
import type { messages as enEmbed } from './compiled/en.embed';
import type { messages as enReader } from './compiled/en.reader';
import type { Language } from './languages';

/** The id of a message: a key of the English catalog, which every other catalog must have (tests/i18n). */
export type MessageId = keyof typeof en | keyof typeof enEmbed | keyof typeof enReader;

/** Values a message interpolates: numbers for plurals (`{count, plural, …}`), strings for names. */
export type MessageValues = Record<string, string | number>;

/** Translates one message with its values, in one language; `language` says which. */
export type Translate = ((id: MessageId, values?: MessageValues) => string) & { readonly language: Language };

// One loader per language, written out so that the bundler makes each a chunk of its own.
const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ messages: Messages }>> = {
  fr: () => import('./compiled/fr'),
  es: () => import('./compiled/es'),
  de: () => import('./compiled/de'),
  ru: () => import('./compiled/ru'),
  ar: () => import('./compiled/ar'),
  he: () => import('./compiled/he'),
  zh: () => import('./compiled/zh'),
};

// A copy: addEnglish merges into it, and the module's own object stays as compiled.
const loaded = new Map<Language, I18n>([['en', setupI18n({ locale: 'en', messages: { en: { ...en } } })]]);

/** Adds the English words of a part loaded on first use (src/i18n/compiled/en.<section>.ts). */
export function addEnglish(messages: Messages): void {
  loaded.get('en')!.load('en', messages);
}

/** Catalogs being fetched, by language. */
const pending = new Map<Language, Promise<void>>();

/**
 * Loads `language`'s catalog (a network request in the browser, once) so that translator() can
 * answer in it. Rejects when the chunk cannot be fetched; the caller falls back to English.
 */
export function loadLanguage(language: Language): Promise<void> {
  if (loaded.has(language) || language === 'en') return Promise.resolve();
  // One request per language: a second caller (src/main.tsx asks early, then again with the
  // dataset) waits for the first; a failed one may be asked for again.
  let loading = pending.get(language);
  if (!loading) {
    loading = loaders[language]().then(({ messages }) => {
      loaded.set(language, setupI18n({ locale: language, messages: { [language]: messages } }));
    }).finally(() => pending.delete(language));
    pending.set(language, loading);
  }
  return loading;
}

/** True once `language` can be used without waiting. */
export function isLoaded(language: Language): boolean {
  return loaded.has(language);
}

/** The translate function for `language`; English while its catalog is not loaded. */
export function translator(language: Language): Translate {
  const i18n = loaded.get(language);
  const used = i18n ? language : 'en';
  const english = loaded.get('en')!;
  return Object.assign((id: MessageId, values?: MessageValues) => (i18n ?? english)._(id, values), { language: used });
}
