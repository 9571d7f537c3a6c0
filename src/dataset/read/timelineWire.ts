/**
 * How a checked Timeline crosses from the dataset worker to the page: its events in columns.
 *
 * Posting the Timeline itself works (structured clone keeps its Maps and shared dates), but at
 * 100,000 events it is the slowest step of a load: structured clone writes every key of every
 * object, so in Chromium it took ~790 ms to serialise in the worker and ~550 ms to deserialise on
 * the main thread; JSON text was no better (~850 ms of JSON.parse on the main thread, and it drops
 * the `undefined` keys that keep events one shape). In columns, the events' strings travel as one
 * string sliced apart on arrival, numbers and date references as typed arrays moved without a
 * copy, and the few quotes, mentions and stated dates as they are; the page then builds each event
 * object once, with every key, and each date object once (shared where the parser shared it).
 *
 * Only the worker writes this, from a Timeline parseDataset produced; it is not dataset input
 * and is not checked again.
 */
import type { DatePoint, Mention, Quote, StatedDate, Timeline, TimelineEvent } from '../model';

/** Strings (or undefined) packed as one text: value i is text[ends[i-1] … ends[i]), ends[i] = -1 for undefined. */
interface Packed { text: string; ends: Int32Array }

/** The Timeline in transit: its small parts as they are, its events and their dates in columns. */
export interface WireTimeline {
  head: Omit<Timeline, 'events' | 'sourceById' | 'personById' | 'topicById' | 'eventById'>;
  dates: { iso: Packed; precision: Packed; from: Float64Array; to: Float64Array; offset: Float64Array };
  events: {
    id: Packed; title: Packed; summary: Packed; place: Packed; dateSource: Packed;
    /** Index into `dates`; end is -1 when the event has none. */
    start: Int32Array; end: Int32Array;
    /** Event i's topics are topics.values[topics.starts[i] … topics.starts[i + 1]); the same for people. */
    topics: { values: Packed; starts: Int32Array }; people: { values: Packed; starts: Int32Array };
    /** Only the events that have any: [event index, list]. */
    quotes: [number, Quote[]][]; mentions: [number, Mention[]][]; stated: [number, StatedDate][];
    t0: Float64Array; t1: Float64Array;
  };
}

/** The timeline in columns, and the buffers postMessage may move rather than copy. */
export function timelineToWire(timeline: Timeline): { wire: WireTimeline; transfer: ArrayBuffer[] } {
  const { events, sourceById: _s, personById: _p, topicById: _t, eventById: _e, ...head } = timeline;
  const n = events.length;
  const dateIndex = new Map<DatePoint, number>();
  const dateList: DatePoint[] = [];
  const ref = (d: DatePoint | undefined): number => {
    if (d === undefined) return -1;
    let i = dateIndex.get(d);
    if (i === undefined) dateIndex.set(d, (i = dateList.push(d) - 1));
    return i;
  };
  const start = new Int32Array(n), end = new Int32Array(n), t0 = new Float64Array(n), t1 = new Float64Array(n);
  const quotes: [number, Quote[]][] = [], mentions: [number, Mention[]][] = [], stated: [number, StatedDate][] = [];
  events.forEach((e, i) => {
    start[i] = ref(e.start);
    end[i] = ref(e.end);
    t0[i] = e.t0;
    t1[i] = e.t1;
    if (e.quotes.length) quotes.push([i, e.quotes]);
    if (e.mentions.length) mentions.push([i, e.mentions]);
    if (e.stated) stated.push([i, e.stated]);
  });
  const dates = {
    iso: pack(dateList.map((d) => d.iso)),
    precision: pack(dateList.map((d) => d.precision)),
    from: Float64Array.from(dateList, (d) => d.from),
    to: Float64Array.from(dateList, (d) => d.to),
    offset: Float64Array.from(dateList, (d) => d.offsetMinutes ?? NaN),
  };
  const wire: WireTimeline = {
    head,
    dates,
    events: {
      id: pack(events.map((e) => e.id)), title: pack(events.map((e) => e.title)), summary: pack(events.map((e) => e.summary)),
      place: pack(events.map((e) => e.place)), dateSource: pack(events.map((e) => e.dateSource)),
      start, end, topics: packLists(events.map((e) => e.topics)), people: packLists(events.map((e) => e.people)),
      quotes, mentions, stated, t0, t1,
    },
  };
  const columns = [dates.iso.ends, dates.precision.ends, dates.from, dates.to, dates.offset, start, end, t0, t1,
    wire.events.id.ends, wire.events.title.ends, wire.events.summary.ends, wire.events.place.ends, wire.events.dateSource.ends,
    wire.events.topics.values.ends, wire.events.topics.starts, wire.events.people.values.ends, wire.events.people.starts];
  return { wire, transfer: columns.map((c) => c.buffer as ArrayBuffer) };
}

/** The Timeline back from its columns: every event with every key, each date one object, the lookups rebuilt. */
export function timelineFromWire({ head, dates, events: c }: WireTimeline): Timeline {
  const iso = unpack(dates.iso), precision = unpack(dates.precision);
  const dateList = Array.from(dates.from, (from, i): DatePoint => {
    const point = { iso: iso(i) ?? '', precision: (precision(i) ?? 'day') as DatePoint['precision'], from, to: dates.to[i] ?? from };
    const offset = dates.offset[i] ?? NaN;
    return Number.isNaN(offset) ? point : { ...point, offsetMinutes: offset };
  });
  const id = unpack(c.id), title = unpack(c.title), summary = unpack(c.summary), place = unpack(c.place), dateSource = unpack(c.dateSource);
  const topics = unpackLists(c.topics), people = unpackLists(c.people);
  const quotes = new Map(c.quotes), mentions = new Map(c.mentions), stated = new Map(c.stated);
  const events = Array.from(c.t0, (t0, i): TimelineEvent => ({
    id: id(i) ?? '', title: title(i) ?? '', summary: summary(i) ?? '', place: place(i),
    start: dateList[c.start[i] ?? 0] as DatePoint, end: dateList[c.end[i] ?? -1],
    dateSource: dateSource(i) === 'text' ? 'text' : 'editor', stated: stated.get(i),
    topics: topics(i), people: people(i), quotes: quotes.get(i) ?? [], mentions: mentions.get(i) ?? [],
    t0, t1: c.t1[i] ?? t0,
  }));
  return { ...head, events, sourceById: byId(head.sources), personById: byId(head.people), topicById: byId(head.topics), eventById: byId(events) };
}

function pack(values: readonly (string | undefined)[]): Packed {
  const ends = new Int32Array(values.length);
  let at = 0;
  values.forEach((v, i) => { ends[i] = v === undefined ? -1 : (at += v.length); });
  return { text: values.join(''), ends };
}

/** Value i of a Packed. Slices of one string are cheap to make (V8 shares the text). */
function unpack({ text, ends }: Packed): (i: number) => string | undefined {
  // Where each value starts: the last defined end before it.
  const starts = new Int32Array(ends.length);
  let at = 0;
  ends.forEach((end, i) => { starts[i] = at; if (end >= 0) at = end; });
  return (i) => {
    const end = ends[i] ?? -1;
    return end < 0 ? undefined : text.slice(starts[i], end);
  };
}

function packLists(lists: readonly (readonly string[])[]): { values: Packed; starts: Int32Array } {
  const starts = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => { starts[i + 1] = (starts[i] ?? 0) + list.length; });
  return { values: pack(lists.flat()), starts };
}

function unpackLists({ values, starts }: { values: Packed; starts: Int32Array }): (i: number) => string[] {
  const value = unpack(values);
  return (i) => {
    const list: string[] = [];
    for (let j = starts[i] ?? 0; j < (starts[i + 1] ?? 0); j++) list.push(value(j) ?? '');
    return list;
  };
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}
