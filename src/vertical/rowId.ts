/**
 * The element id of an event's row in the phone's layout ("v-event=<id>", VerticalRow.tsx): found
 * by the layout itself, by the reading place kept across a switch of layout (src/app/readingPlace.ts)
 * and by the prerendered page's head, which holds its first paint until the last row is parsed
 * (scripts/prerender.ts).
 */

/** What every row's id starts with. */
export const ROW_ID_PREFIX = 'v-event=';

/** The id of `eventId`'s row. */
export function rowId(eventId: string): string {
  return ROW_ID_PREFIX + eventId;
}
