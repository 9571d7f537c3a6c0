/**
 * The order of events in the print view: the selected event first (it is what the reader printed
 * the page for), then every event in date order. Pure, so the rule is tested without a browser.
 */
import type { TimelineEvent } from '../dataset/model';

/** `events` (date order) with the event `firstId` moved to the front; unchanged when it is absent. */
export function printOrder<E extends Pick<TimelineEvent, 'id'>>(events: readonly E[], firstId: string | null): E[] {
  const i = firstId === null ? -1 : events.findIndex((e) => e.id === firstId);
  if (i < 0) return [...events];
  return [events[i]!, ...events.slice(0, i), ...events.slice(i + 1)];
}
