/**
 * The model back to the published format, for the app's "download dataset" action. The output
 * has the field order of raw.ts and dates as written (`iso`), so `parseDataset` of the
 * downloaded file gives the same Timeline the app was showing.
 */
import type { RawDataset, RawEvent, RawMention, RawPerson, RawQuote, RawSource, RawTopic } from '../dataset/raw';
import type { Timeline, TimelineEvent } from '../dataset/model';
import { serializeDataset } from '../dataset/serialize';

/** The published form of a Timeline: the inverse of parseDataset. */
export function toRawDataset(timeline: Timeline): RawDataset {
  return {
    version: 1,
    id: timeline.id,
    title: timeline.title,
    ...(timeline.description === undefined ? {} : { description: timeline.description }),
    language: timeline.language,
    ...(timeline.timeZone === 'UTC' ? {} : { timeZone: timeline.timeZone }),
    ...(timeline.view === undefined ? {} : { view: { start: timeline.view.start.iso, end: timeline.view.end.iso } }),
    ...(timeline.scale === undefined ? {} : { scale: timeline.scale }),
    ...(timeline.direction === undefined ? {} : { direction: timeline.direction }),
    ...(timeline.axisDirection === undefined ? {} : { axisDirection: timeline.axisDirection }),
    sources: timeline.sources.map(rawSource),
    people: timeline.people.map(rawPerson),
    topics: timeline.topics.map((t): RawTopic => ({ id: t.id, label: t.label })),
    events: timeline.events.map(rawEvent),
  };
}

/** The dataset file's text: the published form, two-space indented, with a final newline. */
export function datasetJson(timeline: Timeline): string {
  return serializeDataset(toRawDataset(timeline));
}

// Each object is rebuilt field by field rather than spread, so the model's extra fields
// (t0, t1, DatePoint spans) never leak into the file and the order is the format's.

function rawSource(s: RawSource): RawSource {
  return {
    id: s.id,
    publisher: s.publisher,
    headline: s.headline,
    published: s.published,
    ...(s.url === undefined ? {} : { url: s.url }),
    text: s.text,
  };
}

function rawPerson(p: RawPerson): RawPerson {
  return {
    id: p.id,
    name: p.name,
    ...(p.role === undefined ? {} : { role: p.role }),
    ...(p.aliases === undefined ? {} : { aliases: [...p.aliases] }),
  };
}

function rawQuote(q: RawQuote): RawQuote {
  return { id: q.id, text: q.text, speaker: q.speaker, source: q.source, start: q.start, end: q.end };
}

function rawMention(m: RawMention): RawMention {
  return { source: m.source, start: m.start, end: m.end };
}

function rawEvent(e: TimelineEvent): RawEvent {
  return {
    id: e.id,
    title: e.title,
    summary: e.summary,
    ...(e.place === undefined ? {} : { place: e.place }),
    start: e.start.iso,
    ...(e.end === undefined ? {} : { end: e.end.iso }),
    dateSource: e.dateSource,
    ...(e.stated === undefined ? {} : { stated: { text: e.stated.text, date: e.stated.date.iso, source: e.stated.source } }),
    topics: [...e.topics],
    people: [...e.people],
    quotes: e.quotes.map(rawQuote),
    mentions: e.mentions.map(rawMention),
  };
}
