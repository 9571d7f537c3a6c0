/**
 * Recognises a TimelineJS 3 file handed to the app or the validator as if it were a dataset: its
 * slides (`events` with `start_date` objects, a `title` slide with `text`) and no `version`. Read
 * as a dataset, such a file gave some twenty-five problems (version, id, title, every event's
 * fields) and never said what it was; it is one problem instead, naming the import that converts
 * it (README, "Moving from TimelineJS"; src/import/).
 */
import { isObject } from './fields';

/** The one problem reported for a TimelineJS file. */
export const TIMELINEJS_MESSAGE =
  'this is a TimelineJS file, not a dataset of this app: convert it with "npm run import -- FILE" (see the README, "Moving from TimelineJS")';

/** True for a parsed JSON value shaped as a TimelineJS timeline rather than a dataset. */
export function isTimelineJs(value: object): boolean {
  const key = (o: object, k: string): unknown => (Object.hasOwn(o, k) ? (o as Record<string, unknown>)[k] : undefined);
  if (Object.hasOwn(value, 'version')) return false;
  const events = key(value, 'events');
  const slide = Array.isArray(events) ? (events.find(isObject) as object | undefined) : undefined;
  if (slide) return isObject(key(slide, 'start_date')) || isObject(key(slide, 'text'));
  const title = key(value, 'title');
  return isObject(title) && isObject(key(title, 'text'));
}
