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

/** The locale for dates, hydration-safe. */
export function useLocale(datasetLanguage: string): string {
  return useSyncExternalStore(
    noSubscribe,
    () => pickLocale(typeof navigator === 'undefined' ? [] : navigator.languages, datasetLanguage),
    () => pickLocale([], datasetLanguage),
  );
}
