/**
 * How checked events cross from the dataset worker to the page: in batches, in columns.
 *
 * Posting the Timeline itself works (structured clone keeps its Maps and shared dates), but at
 * 100,000 events it is the slowest step of a load: structured clone writes every key of every
 * object, so in Chromium it took ~790 ms to serialise in the worker and ~550 ms to deserialise on
 * the main thread; JSON text was no better (~850 ms of JSON.parse on the main thread, and it drops
 * the `undefined` keys that keep events one shape). In columns, the distinct strings travel as
 * arrays of strings, the repeating ones (titles, places, topic and person ids, precisions) once each with
 * a code per event, numbers and date references as typed arrays moved without a copy, and the few
 * quotes, mentions and stated dates as they are.
 *
 * The worker sends a batch every BATCH_EVENTS events while it checks (TimelineWriter), so neither
 * side ever holds the whole file twice: the page builds each batch's events as it arrives
 * (TimelineReader), every event object once with every key, each date object once (shared as the
 * parser shares it), every repeated string and every repeated list once (never mutated, so frozen).
 * The wire is not dataset input and is not checked again.
 */
import { assembleTimeline, type TimelineHead } from '../assemble';
import type { DatePoint, Mention, Quote, StatedDate, Timeline, TimelineEvent } from '../model';

/**
 * Events per batch: small enough that a batch is a few milliseconds of the page's time, large
 * enough that messages stay few (49 at 100,000 events). Smaller batches also lower the load's peak
 * memory: the columns waiting in the worker, and each batch arriving on the page, are fewer objects
 * that outlive a young-generation collection, so neither heap grows its young generation as far.
 * 8,192 → 2,048: the bench's 100,000-event peak RSS, 15 runs each interleaved, median 302 → 282 MiB.
 */
export const BATCH_EVENTS = 2048;

/** Strings that repeat, each sent once: a code indexes every value sent so far; `fresh` are the values first sent in this batch. -1 is undefined. */
interface Coded { fresh: string[]; codes: Int32Array }
/** Lists of repeating strings: list i is the items of codes starts[i] … starts[i + 1]. */
interface CodedLists { items: Coded; starts: Int32Array }

/** One batch of events in columns. Dates and coded values are numbered across all batches. */
export interface WireBatch {
  /** The dates first met in this batch. */
  dates: { iso: string[]; precision: Coded; from: Float64Array; to: Float64Array; offset: Float64Array };
  events: {
    id: string[]; title: Coded; summary: string[]; place: Coded; dateSource: Coded;
    /** Index of a date; end is -1 when the event has none. */
    start: Int32Array; end: Int32Array;
    topics: CodedLists; people: CodedLists;
    /** Only the events that have any: [index in the batch, list]. */
    quotes: [number, Quote[]][]; mentions: [number, Mention[]][]; stated: [number, StatedDate][];
    t0: Float64Array; t1: Float64Array;
  };
}

/** A batch and the buffers postMessage may move rather than copy. */
export interface Posted { batch: WireBatch; transfer: ArrayBuffer[] }

/** Writes events into columns one at a time (the sink parseDatasetInto fills); `take` empties them into a batch. */
export class TimelineWriter {
  private readonly dateIndex = new Map<DatePoint, number>();
  private readonly precision = new Coder();
  // Titles too: a machine-made timeline ("Earthquake near …") repeats them by the thousand, and a
  // title told once more costs a code, not a string on both sides.
  private readonly title = new Coder();
  private readonly place = new Coder();
  private readonly dateSource = new Coder();
  private readonly topic = new Coder();
  private readonly person = new Coder();
  private batch = emptyColumns();

  /** Events added since the last `take`. */
  get size(): number {
    return this.batch.t0.length;
  }

  /** Appends one event (an arrow function, so it can be handed over as a sink's `add`). */
  add = (e: TimelineEvent): void => {
    const b = this.batch;
    const i = b.t0.length;
    b.id.push(e.id);
    b.title.push(this.title.code(e.title));
    b.summary.push(e.summary);
    b.place.push(this.place.code(e.place));
    b.dateSource.push(this.dateSource.code(e.dateSource));
    b.start.push(this.date(e.start));
    b.end.push(this.date(e.end));
    for (const t of e.topics) b.topics.push(this.topic.code(t));
    b.topicStarts.push(b.topics.length);
    for (const p of e.people) b.people.push(this.person.code(p));
    b.peopleStarts.push(b.people.length);
    b.t0.push(e.t0);
    b.t1.push(e.t1);
    if (e.quotes.length) b.quotes.push([i, e.quotes]);
    if (e.mentions.length) b.mentions.push([i, e.mentions]);
    if (e.stated) b.stated.push([i, e.stated]);
  };

  /** The events added since the last take, as a batch; the writer then starts an empty one. */
  take(): Posted {
    const b = this.batch;
    this.batch = emptyColumns();
    const dates = {
      iso: b.iso, precision: { fresh: this.precision.fresh(), codes: new Int32Array(b.precision) },
      from: new Float64Array(b.from), to: new Float64Array(b.to), offset: new Float64Array(b.offset),
    };
    const events: WireBatch['events'] = {
      id: b.id, title: { fresh: this.title.fresh(), codes: new Int32Array(b.title) }, summary: b.summary,
      place: { fresh: this.place.fresh(), codes: new Int32Array(b.place) },
      dateSource: { fresh: this.dateSource.fresh(), codes: new Int32Array(b.dateSource) },
      start: new Int32Array(b.start), end: new Int32Array(b.end),
      topics: { items: { fresh: this.topic.fresh(), codes: new Int32Array(b.topics) }, starts: new Int32Array(b.topicStarts) },
      people: { items: { fresh: this.person.fresh(), codes: new Int32Array(b.people) }, starts: new Int32Array(b.peopleStarts) },
      quotes: b.quotes, mentions: b.mentions, stated: b.stated, t0: new Float64Array(b.t0), t1: new Float64Array(b.t1),
    };
    const columns = [dates.precision.codes, dates.from, dates.to, dates.offset, events.title.codes, events.place.codes, events.dateSource.codes,
      events.start, events.end, events.topics.items.codes, events.topics.starts, events.people.items.codes, events.people.starts, events.t0, events.t1];
    return { batch: { dates, events }, transfer: columns.map((c) => c.buffer as ArrayBuffer) };
  }

  /** The index of a date (-1 for none), numbered across batches; one per date object, as the parser shares them. */
  private date(point: DatePoint | undefined): number {
    if (point === undefined) return -1;
    let i = this.dateIndex.get(point);
    if (i === undefined) {
      i = this.dateIndex.size;
      this.dateIndex.set(point, i);
      const b = this.batch;
      b.iso.push(point.iso);
      b.precision.push(this.precision.code(point.precision));
      b.from.push(point.from);
      b.to.push(point.to);
      b.offset.push(point.offsetMinutes ?? NaN);
    }
    return i;
  }
}

/** Builds the events of each batch as it arrives, then the Timeline. */
export class TimelineReader {
  private readonly dates: DatePoint[] = [];
  private readonly precision: string[] = [];
  private readonly title: string[] = [];
  private readonly place: string[] = [];
  private readonly dateSource: string[] = [];
  private readonly topic: string[] = [];
  private readonly person: string[] = [];
  /** One frozen list per distinct list of codes (most events share a handful of topic and people lists). */
  private readonly topicLists = new Map<string, string[]>();
  private readonly peopleLists = new Map<string, string[]>();
  private readonly events: TimelineEvent[] = [];
  /** The events by id, built batch by batch while the worker still checks the rest. */
  private readonly byId = new Map<string, TimelineEvent>();

  /** Adds a batch's dates and events, in order. */
  read({ dates: d, events: c }: WireBatch): void {
    const precision = learn(this.precision, d.precision);
    d.from.forEach((from, i) => {
      const point = { iso: d.iso[i] ?? '', precision: (precision(i) ?? 'day') as DatePoint['precision'], from, to: d.to[i] ?? from };
      const offset = d.offset[i] ?? NaN;
      this.dates.push(Number.isNaN(offset) ? point : { ...point, offsetMinutes: offset });
    });
    const title = learn(this.title, c.title), place = learn(this.place, c.place), dateSource = learn(this.dateSource, c.dateSource);
    const topics = lists(this.topic, c.topics, this.topicLists), people = lists(this.person, c.people, this.peopleLists);
    const quotes = new Map(c.quotes), mentions = new Map(c.mentions), stated = new Map(c.stated);
    c.t0.forEach((t0, i) => {
      const event: TimelineEvent = {
        id: c.id[i] ?? '', title: title(i) ?? '', summary: c.summary[i] ?? '', place: place(i),
        start: this.dates[c.start[i] ?? 0] as DatePoint, end: this.dates[c.end[i] ?? -1],
        dateSource: dateSource(i) === 'text' ? 'text' : 'editor', stated: stated.get(i),
        topics: topics(i), people: people(i), quotes: quotes.get(i) ?? NONE, mentions: mentions.get(i) ?? NONE,
        t0, t1: c.t1[i] ?? t0,
      };
      this.events.push(event);
      this.byId.set(event.id, event);
    });
  }

  /** The Timeline of `head` and every event read. */
  finish(head: TimelineHead): Timeline {
    return assembleTimeline(head, this.events, this.byId);
  }
}

/** The list of an event that has none: one, frozen, for every such list (a hundred thousand empty arrays are megabytes). */
const NONE = Object.freeze([]) as unknown as never[];

/** Numbers the distinct values of a column across batches; `fresh` gives those first met since it was last called. */
class Coder {
  private readonly index = new Map<string, number>();
  private readonly values: string[] = [];
  private sent = 0;

  code(value: string | undefined): number {
    if (value === undefined) return -1;
    let code = this.index.get(value);
    if (code === undefined) this.index.set(value, (code = this.values.push(value) - 1));
    return code;
  }

  fresh(): string[] {
    const values = this.values.slice(this.sent);
    this.sent = this.values.length;
    return values;
  }
}

/** Adds a Coded's fresh values to `values` (all met so far); value i of the batch is then values[codes[i]]. */
function learn(values: string[], { fresh, codes }: Coded): (i: number) => string | undefined {
  values.push(...fresh);
  return (i) => values[codes[i] ?? -1];
}

/** List i of a batch's CodedLists: one frozen array per distinct list, kept in `shared` by its codes. */
function lists(values: string[], { items, starts }: CodedLists, shared: Map<string, string[]>): (i: number) => string[] {
  values.push(...items.fresh);
  const { codes } = items;
  return (i) => {
    const from = starts[i] ?? 0, to = starts[i + 1] ?? from;
    if (to === from) return NONE;
    // Built with no array or view per event: most lists have one item, so the key is mostly a number's text.
    let key = String(codes[from]);
    for (let j = from + 1; j < to; j++) key += `,${codes[j]}`;
    let list = shared.get(key);
    if (list === undefined) {
      list = new Array<string>(to - from);
      for (let j = from; j < to; j++) list[j - from] = values[codes[j] ?? -1] ?? '';
      shared.set(key, Object.freeze(list) as string[]);
    }
    return list;
  };
}

/** The growing columns of the batch being written. */
function emptyColumns() {
  return {
    iso: [] as string[], precision: [] as number[], from: [] as number[], to: [] as number[], offset: [] as number[],
    id: [] as string[], title: [] as number[], summary: [] as string[], place: [] as number[], dateSource: [] as number[],
    start: [] as number[], end: [] as number[], topics: [] as number[], topicStarts: [0], people: [] as number[], peopleStarts: [0],
    t0: [] as number[], t1: [] as number[],
    quotes: [] as [number, Quote[]][], mentions: [] as [number, Mention[]][], stated: [] as [number, StatedDate][],
  };
}
