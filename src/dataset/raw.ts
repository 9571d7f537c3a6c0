/**
 * The published dataset format, version 1: the JSON shape of `data/timeline.json`.
 *
 * These types describe untrusted input. Nothing in the app reads them directly:
 * `parseDataset` (parse.ts) checks a value against them and returns the model (model.ts).
 * shape.ts lists these fields as data (the compiler checks it against these types) and the JSON
 * Schema is generated from it (`npm run schema`); keep the README's "Dataset format" in step.
 */

/**
 * The base scales a timeline can be drawn on (the dataset's `scale`, the URL's `scale=`):
 * chronological, collapsed gaps (long empty stretches shrink to a labelled break), sequential
 * (events evenly spaced in order). The one list: the schema, the parser and the toolbar use it.
 */
export const SCALE_KINDS = ['time', 'gaps', 'sequential'] as const;

/** One of SCALE_KINDS. */
export type ScaleKind = (typeof SCALE_KINDS)[number];

/**
 * Directions (the dataset's `direction`, the text's, and `axisDirection`, the time axis's): left
 * to right or right to left. The one list: the schema and the parser use it.
 */
export const DIRECTIONS = ['ltr', 'rtl'] as const;

/** One of DIRECTIONS. */
export type Direction = (typeof DIRECTIONS)[number];

/** One news report, with its cleaned text. Quote and mention offsets index `text` in UTF-16 units. */
export interface RawSource {
  id: string;
  publisher: string;
  headline: string;
  /** ISO date (or date-time) of publication, e.g. "2019-05-14". */
  published: string;
  /** Link to the original report; only http: and https: are accepted. */
  url?: string;
  /** The article with page furniture removed; paragraphs separated by a blank line. */
  text: string;
}

export interface RawPerson {
  id: string;
  name: string;
  role?: string;
  /** Other spellings the sources use, e.g. "Sergey Lavrov". */
  aliases?: string[];
}

export interface RawTopic {
  id: string;
  label: string;
}

/** A direct quotation: `sources[source].text.slice(start, end) === text`. */
export interface RawQuote {
  id: string;
  text: string;
  /** A person id. */
  speaker: string;
  /** A source id. */
  source: string;
  start: number;
  end: number;
}

/** A place where a source mentions the event. */
export interface RawMention {
  source: string;
  start: number;
  end: number;
}

/** What the report itself says of the date, when the editor gave a more precise one. */
export interface RawStatedDate {
  /** The words of the report, e.g. "July". */
  text: string;
  /** Those words resolved against the publication date, e.g. "2018-07". */
  date: string;
  source: string;
}

export interface RawEvent {
  id: string;
  title: string;
  /** Plain text (never HTML); paragraphs separated by a blank line. */
  summary: string;
  place?: string;
  /**
   * ISO 8601 with implied precision: "2018", "2018-07", "2018-07-16", "2019-05-14T18:00+03:00".
   * Years before AD 1 are signed expanded years, astronomical: "0000" is 1 BC, "-0043" is 44 BC.
   */
  start: string;
  /** Inclusive end at its own precision: a range "2019-06-28" to "2019-06-29" covers both days. */
  end?: string;
  /** "text" when the report gives the date; "editor" when it comes from the public record. */
  dateSource: 'text' | 'editor';
  stated?: RawStatedDate;
  topics: string[];
  people: string[];
  quotes: RawQuote[];
  mentions: RawMention[];
}

export interface RawDataset {
  version: 1;
  id: string;
  title: string;
  description?: string;
  /** BCP 47 language tag of the text, e.g. "en". */
  language: string;
  /**
   * Optional IANA time zone of the story, e.g. "Europe/Moscow": the time axis is drawn and labelled
   * in it (UTC when absent). An event's time is still told in its own offset.
   */
  timeZone?: string;
  /** Optional initial view of the timeline. */
  view?: { start: string; end: string };
  /** Optional default base scale ("time" when absent); the reader can switch. */
  scale?: ScaleKind;
  /** Optional direction of the text, overriding the language's (Arabic and Hebrew run right to left). */
  direction?: Direction;
  /** Optional direction of the chart's time axis; the text's direction when absent (right to left: later is further left). */
  axisDirection?: Direction;
  sources: RawSource[];
  people: RawPerson[];
  topics: RawTopic[];
  events: RawEvent[];
}
