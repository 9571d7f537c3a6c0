/**
 * The locale dates are written in: the reader's own when it is a variant of the dataset's language
 * ("en-GB" for an English story), else the dataset's language — a German browser should not get
 * German dates inside an English story. Server rendering uses the dataset's language, and the
 * switch happens after hydration (useSyncExternalStore's server snapshot), so markup always matches.
 */
import { useSyncExternalStore } from 'react';

/** Picks the reader's locale if it shares the dataset's primary language. */
export function pickLocale(readerLocales: readonly string[], datasetLanguage: string): string {
  const primary = datasetLanguage.split('-')[0]?.toLowerCase() ?? 'en';
  const match = readerLocales.find((l) => l.split('-')[0]?.toLowerCase() === primary);
  return supported(match) ? match : supported(datasetLanguage) ? datasetLanguage : 'en';
}

function supported(locale: string | undefined): locale is string {
  if (!locale) return false;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

const noSubscribe = () => () => {};
// supportedLocalesOf is slow (tens of ms on a throttled phone) and React calls the snapshot on
// every render: the answer is kept per dataset language.
const picked = new Map<string, string>();

function serverLocale(datasetLanguage: string): string {
  let locale = picked.get(`server:${datasetLanguage}`);
  if (locale === undefined) picked.set(`server:${datasetLanguage}`, (locale = pickLocale([], datasetLanguage)));
  return locale;
}

/** The locale for dates, hydration-safe. */
export function useLocale(datasetLanguage: string): string {
  return useSyncExternalStore(
    noSubscribe,
    () => {
      let locale = picked.get(datasetLanguage);
      if (locale === undefined) picked.set(datasetLanguage, (locale = pickLocale(navigator.languages, datasetLanguage)));
      return locale;
    },
    () => serverLocale(datasetLanguage),
  );
}
