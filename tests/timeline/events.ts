/** Builds model events for the timeline's unit tests from ISO dates, as parseDataset would. */
import type { TimelineEvent } from '../../src/dataset/model';
import { isDatePoint, parseIsoDate } from '../../src/dataset/isoDate';
import { chronologically } from '../../src/dataset/order';

function date(iso: string, timeZone = 'UTC') {
  const d = parseIsoDate(iso, timeZone);
  if (!isDatePoint(d)) throw new Error(d.error);
  return d;
}

/** One event; `end` makes it a range; `timeZone` is the story's (the clock of a date without a time). */
export function event(id: string, start: string, end?: string, title = `Event ${id}`, timeZone = 'UTC'): TimelineEvent {
  const s = date(start, timeZone);
  const e = end ? date(end, timeZone) : undefined;
  return {
    id, title, summary: '', start: s, end: e, dateSource: 'text',
    topics: [], people: [], quotes: [], mentions: [], t0: s.from, t1: (e ?? s).to,
  };
}

/** Events sorted as the model sorts them (t0, then t1, then id). */
export function sorted(events: TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(chronologically);
}

/** `n` day events spread over the days from `startIso`, several per day. */
export function many(n: number, startIso = '2019-01-01', perDay = 5): TimelineEvent[] {
  const t = date(startIso).from;
  const out: TimelineEvent[] = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(t + Math.floor(i / perDay) * 86_400_000).toISOString().slice(0, 10);
    out.push(event(`e${i}`, day));
  }
  return sorted(out);
}
