/**
 * Parts of the day as reports name them ("Monday evening"). The preprocessor turns a part into a
 * nominal local hour; the app turns an hour-precision time back into the words, so a date that
 * the text gave as "evening" is shown as "evening" rather than as a made-up "19:00".
 */

/** The parts of the day a report may name. */
export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

/** The nominal local hour written for each part of the day. */
export const PART_OF_DAY_HOURS: Readonly<Record<PartOfDay, number>> = {
  morning: 9,
  afternoon: 14,
  evening: 19,
  night: 22,
};

/** The part of the day a local hour (0–23) falls in: 5–11 morning, 12–16 afternoon, 17–20 evening, else night. */
export function partOfDay(localHour: number): PartOfDay {
  if (localHour >= 5 && localHour <= 11) return 'morning';
  if (localHour >= 12 && localHour <= 16) return 'afternoon';
  if (localHour >= 17 && localHour <= 20) return 'evening';
  return 'night';
}

/** True when a word names a part of the day. */
export function isPartOfDay(word: string): word is PartOfDay {
  return Object.hasOwn(PART_OF_DAY_HOURS, word);
}
