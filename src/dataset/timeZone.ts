/**
 * The dataset's optional `timeZone`: an IANA zone name such as "Europe/Moscow". Whether a name is
 * a zone is asked of the runtime's own tz database (Intl), the one that will draw the axis.
 */
import { TIME_ZONE_NAME } from './patterns';

/** The zone used when a dataset names none. */
export const DEFAULT_TIME_ZONE = 'UTC';

/** The canonical spelling of an IANA zone name ("europe/moscow" → "Europe/Moscow"), or null when it is not one. */
export function canonicalTimeZone(name: string): string | null {
  // Offsets ("+03:00") and abbreviations ("MSK") are refused: they are not places, and an
  // abbreviation means different offsets in different countries.
  if (!TIME_ZONE_NAME.test(name) || /^(GMT|UTC)[+-]/i.test(name)) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
