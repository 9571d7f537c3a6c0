/**
 * Indexes of quotes across events: all quotes of one article in reading order (the source reader's
 * previous/next) and all quotes grouped by speaker ("Who said what").
 */
import type { Person, Quote, Timeline, TimelineEvent } from '../dataset/model';

/** A quote with the event it belongs to. */
export interface PlacedQuote {
  quote: Quote;
  eventId: string;
}

/** The quotes of one source in the order they appear in its text. */
export function quotesInSource(timeline: Timeline, sourceId: string): PlacedQuote[] {
  const out: PlacedQuote[] = [];
  for (const e of timeline.events) for (const q of e.quotes) if (q.source === sourceId) out.push({ quote: q, eventId: e.id });
  return out.sort((a, b) => a.quote.start - b.quote.start);
}

/** Quotes grouped by speaker: speakers by number of quotes, then name; quotes in date order. */
export function quotesBySpeaker(timeline: Timeline): { person: Person; quotes: PlacedQuote[] }[] {
  const groups = new Map<string, PlacedQuote[]>();
  // Index loops: a for-of over 100,000 events, run once, allocates an iterator result per step.
  const { events } = timeline;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as TimelineEvent;
    if (e.quotes.length === 0) continue;
    for (const q of e.quotes) {
      const list = groups.get(q.speaker) ?? [];
      list.push({ quote: q, eventId: e.id });
      groups.set(q.speaker, list);
    }
  }
  return [...groups.entries()]
    .map(([id, quotes]) => ({ person: timeline.personById.get(id) ?? { id, name: id }, quotes }))
    .sort((a, b) => b.quotes.length - a.quotes.length || a.person.name.localeCompare(b.person.name));
}
