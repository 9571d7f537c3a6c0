/**
 * How a checked Timeline crosses from the dataset worker to the page: its events in columns.
 *
 * Posting the Timeline itself works (structured clone keeps its Maps and shared dates), but at
 * 100,000 events it is the slowest step of a load: structured clone writes every key of every
 * object, so in Chromium it took ~790 ms to serialise in the worker and ~550 ms to deserialise on
 * the main thread; JSON text was no better (~850 ms of JSON.parse on the main thread, and it drops
 * the `undefined` keys that keep events one shape). In columns, the events' distinct strings
 * travel as one string sliced apart on arrival, the repeating ones (places, topic and person ids,
 * precisions) once each with a code per event, numbers and date references as typed arrays moved
 * without a copy, and the few quotes, mentions and stated dates as they are. The page then builds
 * each event object once, with every key, and each date object once (shared as the parser shares
 * it); every repeated string is one string, and every list is exactly as long as it needs to be.
 *
 * The worker writes the columns event by event as parseDatasetInto checks them (TimelineWriter),
 * so it never holds the events as objects; the wire is not dataset input and is not checked again.
 */
import { assembleTimeline, type TimelineHead } from '../assemble';
import type { DatePoint, Mention, Quote, StatedDate, Timeline, TimelineEvent } from '../model';

/** Strings that repeat, each kept once: value i is values[codes[i]], or undefined when the code is -1. */
interface Coded { values: string[]; codes: Int32Array }
/** Lists of repeating strings: list i is items codes starts[i] … starts[i + 1]. */
interface CodedLists { items: Coded; starts: Int32Array }

/** The Timeline in transit: its small parts as they are, its events and their dates in columns. */
export interface WireTimeline {
  head: TimelineHead;
  dates: { iso: string[]; precision: Coded; from: Float64Array; to: Float64Array; offset: Float64Array };
  events: {
    id: string[]; title: string[]; summary: string[]; place: Coded; dateSource: Coded;
    /** Index into `dates`; end is -1 when the event has none. */
    start: Int32Array; end: Int32Array;
    topics: CodedLists; people: CodedLists;
    /** Only the events that have any: [event index, list]. */
    quotes: [number, Quote[]][]; mentions: [number, Mention[]][]; stated: [number, StatedDate][];
    t0: Float64Array; t1: Float64Array;
  };
}

/** Writes events into wire columns one at a time (the sink parseDatasetInto fills), then the wire. */
export class TimelineWriter {
  private readonly dateIndex = new Map<DatePoint, number>();
  private readonly dates = { iso: [] as string[], precision: new CodedColumn(), from: [] as number[], to: [] as number[], offset: [] as number[] };
  private readonly id: string[] = [];
  private readonly title: string[] = [];
  private readonly summary: string[] = [];
  private readonly place = new CodedColumn();
  private readonly dateSource = new CodedColumn();
  private readonly topics = new CodedListColumn();
  private readonly people = new CodedListColumn();
  private readonly start: number[] = [];
  private readonly end: number[] = [];
  private readonly t0: number[] = [];
  private readonly t1: number[] = [];
  private readonly quotes: [number, Quote[]][] = [];
  private readonly mentions: [number, Mention[]][] = [];
  private readonly stated: [number, StatedDate][] = [];

  /** Appends one event (an arrow function, so it can be handed over as a sink's `add`). */
  add = (e: TimelineEvent): void => {
    const i = this.t0.length;
    this.id.push(e.id);
    this.title.push(e.title);
    this.summary.push(e.summary);
    this.place.add(e.place);
    this.dateSource.add(e.dateSource);
    this.start.push(this.date(e.start));
    this.end.push(this.date(e.end));
    this.topics.add(e.topics);
    this.people.add(e.people);
    this.t0.push(e.t0);
    this.t1.push(e.t1);
    if (e.quotes.length) this.quotes.push([i, e.quotes]);
    if (e.mentions.length) this.mentions.push([i, e.mentions]);
    if (e.stated) this.stated.push([i, e.stated]);
  };

  /** The wire of `head` and the events added, and the buffers postMessage may move rather than copy. */
  finish(head: TimelineHead): { wire: WireTimeline; transfer: ArrayBuffer[] } {
    const d = this.dates;
    const dates = { iso: d.iso, precision: d.precision.done(), from: new Float64Array(d.from), to: new Float64Array(d.to), offset: new Float64Array(d.offset) };
    const events: WireTimeline['events'] = {
      id: this.id, title: this.title, summary: this.summary, place: this.place.done(), dateSource: this.dateSource.done(),
      start: new Int32Array(this.start), end: new Int32Array(this.end), topics: this.topics.done(), people: this.people.done(),
      quotes: this.quotes, mentions: this.mentions, stated: this.stated, t0: new Float64Array(this.t0), t1: new Float64Array(this.t1),
    };
    const columns = [dates.precision.codes, dates.from, dates.to, dates.offset, events.place.codes, events.dateSource.codes, events.start, events.end, events.topics.items.codes,
      events.topics.starts, events.people.items.codes, events.people.starts, events.t0, events.t1];
    return { wire: { head, dates, events }, transfer: columns.map((c) => c.buffer as ArrayBuffer) };
  }

  /** The index of a date in the dates columns (-1 for none); one entry per date object, as the parser shares them. */
  private date(point: DatePoint | undefined): number {
    if (point === undefined) return -1;
    let i = this.dateIndex.get(point);
    if (i === undefined) {
      i = this.dates.from.length;
      this.dateIndex.set(point, i);
      this.dates.iso.push(point.iso);
      this.dates.precision.add(point.precision);
      this.dates.from.push(point.from);
      this.dates.to.push(point.to);
      this.dates.offset.push(point.offsetMinutes ?? NaN);
    }
    return i;
  }
}

/** A whole Timeline in columns (what the worker's writer gives for the same events). */
export function timelineToWire(timeline: Timeline): { wire: WireTimeline; transfer: ArrayBuffer[] } {
  const { events, sourceById: _s, personById: _p, topicById: _t, eventById: _e, ...head } = timeline;
  const writer = new TimelineWriter();
  events.forEach(writer.add);
  return writer.finish(head);
}

/** The Timeline back from its columns: every event with every key, each date one object, the lookups rebuilt. */
export function timelineFromWire({ head, dates, events: c }: WireTimeline): Timeline {
  const precision = decode(dates.precision);
  const dateList = Array.from(dates.from, (from, i): DatePoint => {
    const point = { iso: dates.iso[i] ?? '', precision: (precision(i) ?? 'day') as DatePoint['precision'], from, to: dates.to[i] ?? from };
    const offset = dates.offset[i] ?? NaN;
    return Number.isNaN(offset) ? point : { ...point, offsetMinutes: offset };
  });
  const place = decode(c.place), dateSource = decode(c.dateSource);
  const topics = decodeLists(c.topics), people = decodeLists(c.people);
  const quotes = new Map(c.quotes), mentions = new Map(c.mentions), stated = new Map(c.stated);
  const events = Array.from(c.t0, (t0, i): TimelineEvent => ({
    id: c.id[i] ?? '', title: c.title[i] ?? '', summary: c.summary[i] ?? '', place: place(i),
    start: dateList[c.start[i] ?? 0] as DatePoint, end: dateList[c.end[i] ?? -1],
    dateSource: dateSource(i) === 'text' ? 'text' : 'editor', stated: stated.get(i),
    topics: topics(i), people: people(i), quotes: quotes.get(i) ?? [], mentions: mentions.get(i) ?? [],
    t0, t1: c.t1[i] ?? t0,
  }));
  return assembleTimeline(head, events);
}

class CodedColumn {
  private readonly index = new Map<string, number>();
  private readonly values: string[] = [];
  private readonly codes: number[] = [];

  add(value: string | undefined): void {
    this.codes.push(this.code(value));
  }

  /** The code of one value, giving a new value the next code. */
  code(value: string | undefined): number {
    if (value === undefined) return -1;
    let code = this.index.get(value);
    if (code === undefined) this.index.set(value, (code = this.values.push(value) - 1));
    return code;
  }

  done(): Coded {
    return { values: this.values, codes: new Int32Array(this.codes) };
  }
}

class CodedListColumn {
  private readonly items = new CodedColumn();
  private readonly starts: number[] = [0];
  private count = 0;

  add(list: readonly string[]): void {
    for (const item of list) this.items.add(item);
    this.starts.push((this.count += list.length));
  }

  done(): CodedLists {
    return { items: this.items.done(), starts: new Int32Array(this.starts) };
  }
}

/** Value i of a Coded: the one string of its code. */
function decode({ values, codes }: Coded): (i: number) => string | undefined {
  return (i) => values[codes[i] ?? -1];
}

/** List i of a CodedLists, allocated at its exact length (an array pushed from empty reserves room for 16 or more). */
function decodeLists({ items, starts }: CodedLists): (i: number) => string[] {
  const item = decode(items);
  return (i) => {
    const from = starts[i] ?? 0;
    const list = new Array<string>((starts[i + 1] ?? from) - from);
    for (let j = 0; j < list.length; j++) list[j] = item(from + j) ?? '';
    return list;
  };
}
