/**
 * The typed model the app works with, produced once from untrusted JSON by `parseDataset`.
 * Everything inside the app trusts these types.
 */
import type { RawMention, RawPerson, RawQuote, RawSource, RawTopic, ScaleKind, Direction } from './raw';

/** How precisely a date is known, from its ISO form: "2018" is a year, "2018-07-16T18:00Z" an hour. */
export type Precision = 'year' | 'month' | 'day' | 'hour' | 'minute';

/** A date as written, with the span of time it could denote. */
export interface DatePoint {
  /** The ISO string as the dataset gives it. */
  iso: string;
  precision: Precision;
  /** First instant of the span, ms since the epoch (a day without a time begins at the story's midnight). */
  from: number;
  /** First instant after the span (exclusive), ms since the epoch. */
  to: number;
  /**
   * Offset from UTC in minutes of the clock the date is told in: the ISO string's own for a time
   * (the place's), the story's zone at `from` for a date without one (absent in UTC). `from` plus
   * this offset is the date's first moment as that clock reads it. A fraction of a minute for a
   * local mean time, kept before standard time (Moscow's +2:30:17 before 1880).
   */
  offsetMinutes?: number;
}

export type Source = RawSource;
export type Person = RawPerson;
export type Topic = RawTopic;
export type Quote = RawQuote;
export type Mention = RawMention;

export interface StatedDate {
  text: string;
  date: DatePoint;
  source: string;
}

export interface TimelineEvent {
  id: string;
  title: string;
  summary: string;
  place?: string;
  start: DatePoint;
  end?: DatePoint;
  dateSource: 'text' | 'editor';
  stated?: StatedDate;
  topics: string[];
  people: string[];
  quotes: Quote[];
  mentions: Mention[];
  /** Span covered on the time axis, ms: start.from … (end ?? start).to. */
  t0: number;
  t1: number;
}

export interface Timeline {
  version: 1;
  id: string;
  title: string;
  description?: string;
  language: string;
  /** IANA zone the axis is drawn in ("UTC" when the dataset names none). */
  timeZone: string;
  /** The editor's initial view, as written: the plot opens from `start.from` to `end.to`. */
  view?: { start: DatePoint; end: DatePoint };
  /** The editor's default base scale. */
  scale?: ScaleKind;
  /** The text's direction when the dataset sets it (else its language's: src/app/locale.ts). */
  direction?: Direction;
  /** The time axis's direction when the dataset sets it (else the text's). */
  axisDirection?: Direction;
  sources: Source[];
  people: Person[];
  topics: Topic[];
  /** Sorted chronologically (t0, then t1, then the dataset's order): the order of the list and of arrow keys (dataset/order.ts). */
  events: TimelineEvent[];
  sourceById: ReadonlyMap<string, Source>;
  personById: ReadonlyMap<string, Person>;
  topicById: ReadonlyMap<string, Topic>;
  eventById: ReadonlyMap<string, TimelineEvent>;
}

/** One problem found in a dataset: where (a JSON path such as `events[3].start`) and what, in a sentence. */
export interface DatasetIssue {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; timeline: Timeline } | { ok: false; issues: DatasetIssue[] };
