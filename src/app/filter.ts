/**
 * Which events pass the reader's filters: an event passes when it involves ANY chosen person
 * (as a participant or a quote's speaker) and has ANY chosen topic; an empty choice passes all.
 * In words (FiltersBar says it once): OR within a group, AND across groups.
 */
import type { Quote, Timeline, TimelineEvent } from '../dataset/model';

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

/**
 * The count beside each filter: how many events choosing it would add, given the OTHER group's
 * choices (a person's count respects the chosen topics, a topic's the chosen people), so that a
 * chip never promises events the other filters hide. With nothing chosen these are plain totals.
 */
export function filterCounts(timeline: Timeline, f: Filters = { people: [], topics: [] }): { people: Map<string, number>; topics: Map<string, number> } {
  const people = new Map<string, number>();
  const topics = new Map<string, number>();
  const byTopic: Filters = { people: [], topics: f.topics };
  const byPerson: Filters = { people: f.people, topics: [] };
  // Plain loops: no Set and no callback per event. At 100,000 events the Sets were most of this
  // function's time, and the callbacks (a closure per event and list) ~30 MB of garbage on load.
  const bump = (counts: Map<string, number>, id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  const { events } = timeline;
  for (let n = 0; n < events.length; n++) {
    const e = events[n] as TimelineEvent;
    if (passes(e, byTopic)) {
      const { people: ids, quotes } = e;
      for (let i = 0; i < ids.length; i++) if (ids.indexOf(ids[i] as string) === i) bump(people, ids[i] as string);
      for (let i = 0; i < quotes.length; i++) {
        const speaker = (quotes[i] as Quote).speaker;
        if (!ids.includes(speaker) && firstBy(quotes, speaker) === i) bump(people, speaker);
      }
    }
    if (passes(e, byPerson)) {
      const ids = e.topics;
      for (let i = 0; i < ids.length; i++) if (ids.indexOf(ids[i] as string) === i) bump(topics, ids[i] as string);
    }
  }
  return { people, topics };
}

/** The index of the first quote by `speaker`. */
function firstBy(quotes: readonly Quote[], speaker: string): number {
  for (let i = 0; i < quotes.length; i++) if ((quotes[i] as Quote).speaker === speaker) return i;
  return -1;
}

/** Everyone an event involves: its people and its quotes' speakers, once each. */
export function involved(e: TimelineEvent): Set<string> {
  return new Set([...e.people, ...e.quotes.map((q) => q.speaker)]);
}

/** True when any filter is chosen. */
export function isFiltered(f: Filters): boolean {
  return f.people.length > 0 || f.topics.length > 0;
}
