/**
 * Building: the annotation, the raw articles and their sidecars → the published dataset.
 *
 * Deterministic by construction, so the committed timeline.json can be checked against a fresh
 * build: sources sorted by id, people and topics in the annotation's order, events in
 * chronological then id order, and every object built with its keys in the format's order.
 */
import type { RawDataset, RawEvent, RawMention, RawQuote, RawSource } from '../dataset/raw';
import { isDatePoint, parseIsoDate } from '../dataset/isoDate';
import { chronologically } from '../dataset/order';
import { parseAnnotation, type TextRef } from './annotation';
import { cleanArticle, describeRemoved } from './clean';
import { DataError } from './errors';
import { resolveEventDates } from './eventDate';
import { locate, type Located } from './locate';
import { optional } from './optional';
import { parseSourceMeta } from './sourceMeta';
import { typographic } from './typography';

/** The contents of a story folder, read by the caller (this module does no I/O). */
export interface StoryFiles {
  annotation: { file: string; text: string };
  /** One entry per article: its raw text and its sidecar's text, each with its file name for messages. */
  sources: { file: string; raw: string; metaFile: string; meta: string }[];
}

/** The dataset and one human-readable line per source saying what cleaning removed. */
export interface BuildResult {
  dataset: RawDataset;
  report: string[];
}

/** Builds the published dataset from a story's files; throws DataError naming the file at fault. */
export function buildDataset(files: StoryFiles): BuildResult {
  const annotationFile = files.annotation.file;
  const annotation = parseAnnotation(files.annotation.text, annotationFile);
  const fail = (path: string, message: string): never => {
    throw new DataError(annotationFile, `${path}: ${message}`);
  };

  const sources: RawSource[] = [];
  const report: string[] = [];
  const metaFileOf = new Map<string, string>();
  for (const input of files.sources) {
    const meta = parseSourceMeta(input.meta, input.metaFile);
    const earlier = metaFileOf.get(meta.id);
    if (earlier !== undefined) throw new DataError(input.metaFile, `id: ${JSON.stringify(meta.id)} is already used by ${earlier}`);
    metaFileOf.set(meta.id, input.metaFile);
    const cleaned = cleanArticle(input.raw, meta.furniture, input.file);
    if ('error' in cleaned) throw new DataError(input.metaFile, cleaned.error);
    const { id, publisher, headline, published, url } = meta;
    sources.push({ id, publisher, headline, published, ...optional('url', url), text: cleaned.text });
    report.push(`${id}: ${cleaned.text.split('\n\n').length} paragraphs kept, ${describeRemoved(cleaned.removed)}`);
  }
  sources.sort((a, b) => compare(a.id, b.id));
  const sourceById = new Map(sources.map((s) => [s.id, s]));

  unique(annotation.people, 'people', fail);
  unique(annotation.topics, 'topics', fail);
  unique(annotation.events, 'events', fail);
  unique(annotation.events.flatMap((e) => e.quotes), 'quotes', fail);
  const personIds = new Set(annotation.people.map((p) => p.id));
  const topicIds = new Set(annotation.topics.map((t) => t.id));

  const find = (ref: TextRef, path: string, subject: { kind: 'quote' | 'mention'; owner: string }): Located => {
    const source = sourceById.get(ref.source) ?? fail(`${path}.source`, `unknown source ${JSON.stringify(ref.source)}`);
    const hints = { ...optional('occurrence', ref.occurrence), ...optional('after', ref.after) };
    const found = locate(source.text, ref.text, hints, { ...subject, source: ref.source });
    return 'error' in found ? fail(path, found.error) : found;
  };

  // The editor's words get typographic quotes; the reports' words (quotes, `stated`) never do.
  const { language } = annotation.story;
  const typeset = (text: string | undefined) => (text === undefined ? undefined : typographic(text, language));

  const events = annotation.events.map((e): RawEvent => {
    const path = `events.${e.id}`;
    checkRefs(e.people, personIds, `${path}.people`, 'person', fail);
    checkRefs(e.topics, topicIds, `${path}.topics`, 'topic', fail);
    const quotes = e.quotes.map((q, i): RawQuote => {
      const at = `${path}.quotes[${i}]`;
      if (!personIds.has(q.speaker)) fail(`${at}.speaker`, `unknown person ${JSON.stringify(q.speaker)}`);
      if (!e.people.includes(q.speaker)) fail(`${at}.speaker`, `${q.speaker} is not in the event's people: add them there`);
      const found = find(q, at, { kind: 'quote', owner: q.id });
      return { id: q.id, text: found.text, speaker: q.speaker, source: q.source, start: found.start, end: found.end };
    });
    const mentions = e.mentions.map((m, i): RawMention => {
      const found = find(m, `${path}.mentions[${i}]`, { kind: 'mention', owner: e.id });
      return { source: m.source, start: found.start, end: found.end };
    });
    const dates = resolveEventDates(e, { sources: sourceById, ...optional('zone', annotation.story.zone) }, annotationFile);
    return {
      id: e.id,
      title: typeset(e.title)!,
      summary: typeset(e.summary)!,
      ...optional('place', typeset(e.place)),
      start: dates.start,
      ...optional('end', dates.end),
      dateSource: dates.dateSource,
      ...optional('stated', dates.stated),
      topics: e.topics,
      people: e.people,
      quotes,
      mentions,
    };
  });

  const { story } = annotation;
  const dataset: RawDataset = {
    version: 1,
    id: story.id,
    title: typeset(story.title)!,
    ...optional('description', typeset(story.description)),
    language: story.language,
    ...optional('timeZone', story.timeZone),
    ...optional('view', story.view),
    ...optional('scale', story.scale),
    sources,
    people: annotation.people.map((p) => ({ id: p.id, name: p.name, ...optional('role', p.role), ...optional('aliases', p.aliases) })),
    topics: annotation.topics.map((t) => ({ id: t.id, label: t.label })),
    events: chronological(events, story.timeZone),
  };
  return { dataset, report };
}

// The order the app uses too (dataset/order.ts), so the published file reads in date order.
function chronological(events: RawEvent[], timeZone = 'UTC'): RawEvent[] {
  const keyed = events.map((e) => {
    const start = parseIsoDate(e.start, timeZone);
    const end = parseIsoDate(e.end ?? e.start, timeZone);
    return { e, id: e.id, t0: isDatePoint(start) ? start.from : 0, t1: isDatePoint(end) ? end.to : 0 };
  });
  return keyed.sort(chronologically).map((k) => k.e);
}

function unique(items: readonly { id: string }[], list: string, fail: (path: string, message: string) => never): void {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) fail(list, `duplicate id ${JSON.stringify(id)}`);
    seen.add(id);
  }
}

function checkRefs(ids: readonly string[], known: ReadonlySet<string>, path: string, noun: string, fail: (path: string, message: string) => never): void {
  for (const id of ids) if (!known.has(id)) fail(path, `unknown ${noun} ${JSON.stringify(id)}`);
}

// Code-unit order, not locale order: the same bytes on every machine.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
