/**
 * The reader's place in the URL hash: `#event=<id>&person=<id>,<id>&topic=<id>&scale=gaps&lanes=people`. Pure parse and
 * format, checked against the dataset, so a stale or hostile link selects nothing rather than
 * something wrong. The hash (not the query) is used because it never reaches a server and works
 * inside an iframe without touching the host page.
 */
import type { Timeline } from '../dataset/model';
import { SCALE_KINDS, type ScaleKind } from '../dataset/raw';
import { FACETS, type Facet } from '../timeline/facets';

/** What the hash says. */
export interface HashState {
  eventId: string | null;
  people: string[];
  topics: string[];
  /** The base scale the reader chose (null: the page's or the dataset's default). */
  scale: ScaleKind | null;
  /** Lanes by person or topic (null: by time). */
  lanes: Facet | null;
}

/** Reads the hash; unknown ids are dropped and reported in `dropped`. */
export function parseHash(hash: string, timeline: Timeline): HashState & { dropped: string[] } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const dropped: string[] = [];
  const keep = (ids: string[], known: ReadonlyMap<string, unknown>, what: string) =>
    ids.filter((id) => (known.has(id) ? true : (dropped.push(`${what} "${id}"`), false)));
  const list = (key: string) => (params.get(key) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const event = params.get('event');
  const eventId = event && timeline.eventById.has(event) ? event : null;
  if (event && !eventId) dropped.push(`event "${event}"`);
  const scaleRaw = params.get('scale');
  const scale = scaleRaw !== null && (SCALE_KINDS as readonly string[]).includes(scaleRaw) ? (scaleRaw as ScaleKind) : null;
  if (scaleRaw !== null && !scale) dropped.push(`scale "${scaleRaw}"`);
  const lanesRaw = params.get('lanes');
  const lanes = lanesRaw !== null && (FACETS as readonly string[]).includes(lanesRaw) ? (lanesRaw as Facet) : null;
  if (lanesRaw !== null && !lanes) dropped.push(`lanes "${lanesRaw}"`);
  return {
    eventId,
    people: keep(list('person'), timeline.personById, 'person'),
    topics: keep(list('topic'), timeline.topicById, 'topic'),
    scale,
    lanes,
    dropped,
  };
}

/** Writes the hash ("" when there is nothing to say). */
export function formatHash(state: HashState): string {
  const parts: string[] = [];
  if (state.eventId) parts.push(`event=${encodeURIComponent(state.eventId)}`);
  if (state.people.length) parts.push(`person=${state.people.map(encodeURIComponent).join(',')}`);
  if (state.topics.length) parts.push(`topic=${state.topics.map(encodeURIComponent).join(',')}`);
  if (state.scale) parts.push(`scale=${state.scale}`);
  if (state.lanes) parts.push(`lanes=${state.lanes}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
