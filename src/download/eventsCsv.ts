/**
 * The events as a CSV table, for the app's "download as spreadsheet" action: one row per event,
 * references resolved to names and labels, RFC 4180 with CRLF line ends. The file form starts with
 * a UTF-8 byte order mark: without it Excel reads the bytes as the system's legacy code page and
 * shows "GuaidÃ³" for "Guaidó"; LibreOffice, Numbers and Google Sheets skip it.
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

/** The byte order mark (U+FEFF), which UTF-8 encodes as EF BB BF. */
export const BOM = '\uFEFF';

/** The text of a .csv file of the events (only those in `ids`, when given): the BOM, then eventsCsv. */
export function eventsCsvFile(timeline: Timeline, ids?: ReadonlySet<string>): string {
  return BOM + eventsCsv(timeline, ids);
}
