/**
 * The events as a CSV table, for the app's "download as spreadsheet" action: one row per event,
 * references resolved to names and labels, RFC 4180 with CRLF line ends.
 */
import type { Timeline, TimelineEvent } from '../dataset/model';
import { csvCell } from './csvCell';

/** The columns, in order. */
export const EVENT_CSV_COLUMNS = ['id', 'start', 'end', 'date_source', 'title', 'place', 'summary', 'people', 'topics', 'quotes'] as const;

/** The CSV of the timeline's events (only those in `ids`, when given), in the timeline's order. */
export function eventsCsv(timeline: Timeline, ids?: ReadonlySet<string>): string {
  const rows: string[][] = [[...EVENT_CSV_COLUMNS]];
  for (const event of timeline.events) {
    if (ids === undefined || ids.has(event.id)) rows.push(eventRow(timeline, event));
  }
  return rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

function eventRow(timeline: Timeline, e: TimelineEvent): string[] {
  // References are valid in a parsed Timeline; the id fallback only guards a hand-built one.
  const people = e.people.map((id) => timeline.personById.get(id)?.name ?? id);
  const topics = e.topics.map((id) => timeline.topicById.get(id)?.label ?? id);
  return [
    e.id,
    e.start.iso,
    e.end?.iso ?? '',
    e.dateSource,
    e.title,
    e.place ?? '',
    e.summary,
    people.join('; '),
    topics.join('; '),
    String(e.quotes.length),
  ];
}
