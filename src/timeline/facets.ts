/**
 * Lanes by person or topic (a faceted layout): one labelled row per person (or topic) that has
 * events, in the dataset's order, each holding every event that names it, so an event stands in
 * each row it belongs to; events that name none stand in a last row, "Others", so that every
 * event is still on the chart. Each row has its own span index, so it clusters and lays out like
 * the whole plot.
 */
import type { Timeline } from '../dataset/model';
import { buildSpanIndex, type SpanIndex } from './visibleSlice';

/** What the rows are: people, topics, or none (lanes by time only). */
export type Facet = 'people' | 'topics';

/** Every facet, in the order the toolbar offers them. */
export const FACETS: readonly Facet[] = ['people', 'topics'];

/** One row of a faceted layout. */
export interface FacetRow {
  /** The person's or topic's id; '' for the row of events that name none. */
  id: string;
  /** What the row is called. */
  label: string;
  /** Its events (chronological indices into the timeline's events). */
  members: number[];
  /** A span index over its events alone. */
  index: SpanIndex;
}

/** A row's key, unique among the rows ('(others)' for the row of events that name none): its clusters' `data-row`. */
export function rowKey(row: FacetRow): string {
  return row.id || '(others)';
}

/** The first row that holds event `i` (an event naming two people stands in both), or undefined. */
export function firstRowOf<T extends { row: FacetRow }>(rows: readonly T[], i: number): T | undefined {
  return rows.find((r) => r.row.members.includes(i));
}

/** The rows for `facet`. */
export function facetRows(timeline: Timeline, facet: Facet, others = 'Others'): FacetRow[] {
  const { events } = timeline;
  const keyOf = facet === 'people' ? (i: number) => events[i]!.people : (i: number) => events[i]!.topics;
  const items = facet === 'people'
    ? timeline.people.map((p) => ({ id: p.id, label: p.name }))
    : timeline.topics.map((t) => ({ id: t.id, label: t.label }));
  const byId = new Map(items.map((it) => [it.id, [] as number[]]));
  const rest: number[] = [];
  events.forEach((_, i) => {
    const keys = keyOf(i);
    if (keys.length === 0) rest.push(i);
    for (const k of keys) byId.get(k)?.push(i);
  });
  const rows = items
    .filter((it) => byId.get(it.id)!.length > 0)
    .map((it) => ({ ...it, members: byId.get(it.id)!, index: buildSpanIndex(events, byId.get(it.id)!) }));
  if (rest.length) rows.push({ id: '', label: others, members: rest, index: buildSpanIndex(events, rest) });
  return rows;
}
