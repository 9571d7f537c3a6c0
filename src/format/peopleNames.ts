/**
 * The names of an event's people, in its order, joined by the interface's list separator (", "):
 * a person the dataset does not list (which the validator refuses) shows as their id.
 */
import type { Timeline, TimelineEvent } from '../dataset/model';

export function peopleNames(event: Pick<TimelineEvent, 'people'>, timeline: Pick<Timeline, 'personById'>, separator: string): string {
  return event.people.map((p) => timeline.personById.get(p)?.name ?? p).join(separator);
}
