/**
 * Which events pass the reader's filters: an event passes when it involves ANY chosen person
 * (as a participant or a quote's speaker) and has ANY chosen topic; an empty choice passes all.
 */
import type { Timeline, TimelineEvent } from '../dataset/model';

/** The filter choices. */
export interface Filters {
  people: readonly string[];
  topics: readonly string[];
}

/** True when the event passes the filters. */
export function passes(e: TimelineEvent, f: Filters): boolean {
  const personOk = f.people.length === 0 || f.people.some((p) => e.people.includes(p) || e.quotes.some((q) => q.speaker === p));
  const topicOk = f.topics.length === 0 || f.topics.some((t) => e.topics.includes(t));
  return personOk && topicOk;
}

/** The events that pass, in date order, and their ids (null when no filter is set). */
export function applyFilters(timeline: Timeline, f: Filters): { events: TimelineEvent[]; ids: ReadonlySet<string> | null } {
  if (f.people.length === 0 && f.topics.length === 0) return { events: timeline.events, ids: null };
  const events = timeline.events.filter((e) => passes(e, f));
  return { events, ids: new Set(events.map((e) => e.id)) };
}

/** How many events each person and topic would show on its own: the counts beside each filter. */
export function filterCounts(timeline: Timeline): { people: Map<string, number>; topics: Map<string, number> } {
  const people = new Map<string, number>();
  const topics = new Map<string, number>();
  for (const e of timeline.events) {
    const involved = new Set([...e.people, ...e.quotes.map((q) => q.speaker)]);
    for (const p of involved) people.set(p, (people.get(p) ?? 0) + 1);
    for (const t of new Set(e.topics)) topics.set(t, (topics.get(t) ?? 0) + 1);
  }
  return { people, topics };
}
