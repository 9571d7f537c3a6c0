/**
 * The format as data: every object of the dataset (raw.ts's types) with its fields, each
 * field's kind of value, whether it may be left out, and what it means. The JSON Schema is
 * generated from this table (jsonSchema.ts, `npm run schema`), the schema test reads its field
 * lists from it, and the compiler checks it against the types: a field added to a type and not
 * here, or optional in one and required in the other, does not build.
 *
 * What a schema cannot say (calendar dates, references, quote text against offsets, end after
 * start, unique ids) is the parser's second pass, parse.ts.
 */
import type { RawDataset, RawEvent, RawMention, RawPerson, RawQuote, RawSource, RawStatedDate, RawTopic } from './raw';
import { DIRECTIONS, SCALE_KINDS } from './raw';
import { MAX_EVENTS, MAX_ID_CHARS, MAX_QUOTES_PER_EVENT, MAX_SOURCES, MAX_STRING_CHARS, MAX_TITLE_CHARS } from './limits';
import { EVENT_ID, ISO_DATE, LANGUAGE_TAG, TIME_ZONE_NAME } from './patterns';

/** The kinds of string the format reuses, each defined once in the schema's `$defs`. */
export const VALUE_KINDS = {
  id: { minLength: 1, maxLength: MAX_ID_CHARS, description: 'A non-empty id, unique among its kind.' },
  eventId: {
    minLength: 1, maxLength: MAX_ID_CHARS, pattern: EVENT_ID,
    description: 'Event ids go into URLs: lowercase letters, digits and hyphens, starting with a letter or digit.',
  },
  ref: { minLength: 1, maxLength: MAX_ID_CHARS, description: 'The id of an entry elsewhere in the dataset.' },
  title: { maxLength: MAX_TITLE_CHARS },
  longText: { maxLength: MAX_STRING_CHARS },
  isoDate: {
    pattern: ISO_DATE,
    description:
      'ISO 8601 with implied precision: "2018" (a year), "2018-07" (a month), "2018-07-16" (a day), "2019-05-14T18:00+03:00" (an hour or minute; a time needs a zone). Years before AD 1 are ISO 8601 expanded years with a sign and astronomical numbering: year "0000" is 1 BC and "-0043-03-15" is 15 March 44 BC.',
  },
} as const satisfies Record<string, StringKind>;

/** A string's constraints. */
export interface StringKind {
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
  description?: string;
}

/** The value of a field. */
export type Value =
  | { kind: keyof typeof VALUE_KINDS }
  | { string: StringKind & { format?: 'uri'; patternSource?: string } }
  | { offset: true }
  | { const: number }
  | { enum: readonly string[] }
  | { object: ObjectName; inline?: boolean }
  | { array: Value; maxItems?: number };

/** One field: its value, whether it may be left out, and what it means. */
export interface Field {
  value: Value;
  optional?: boolean;
  description?: string;
}

/** The fields of T, each present, optional exactly where T's is. */
type FieldsOf<T> = { [K in keyof T]-?: undefined extends T[K] ? Field & { optional: true } : Field & { optional?: false } };

/** One object of the format. */
export interface ObjectShape {
  description?: string;
  fields: Readonly<Record<string, Field>>;
}

function shape<T>(s: { description?: string; fields: FieldsOf<T> }): ObjectShape {
  return s;
}

const isoDate: Value = { kind: 'isoDate' };
const ref: Value = { kind: 'ref' };
const title: Value = { kind: 'title' };
const longText: Value = { kind: 'longText' };
const offset: Value = { offset: true };

/** Every object of the format, by the name its `$defs` entry has; `dataset` is the root. */
export const OBJECTS = {
  dataset: shape<RawDataset>({
    fields: {
      version: { value: { const: 1 }, description: 'Format version; this app reads version 1.' },
      id: { value: { kind: 'id' }, description: 'Identifier of the dataset.' },
      title: { value: title, description: 'Title of the timeline.' },
      description: { value: longText, optional: true, description: 'A sentence or two about the timeline.' },
      language: {
        value: { string: { pattern: LANGUAGE_TAG } },
        description: 'BCP 47 language tag of the text, e.g. "en" or "pt-BR".',
      },
      timeZone: {
        value: { string: { maxLength: MAX_TITLE_CHARS, pattern: TIME_ZONE_NAME } },
        optional: true,
        description:
          'Optional IANA time zone of the story, e.g. "Europe/Moscow": the time axis is drawn and labelled in it, and a date without a time is a span of its clock ("2019-06-28" runs from midnight to midnight there). Without it, UTC. Each event\'s own time is still told in its own offset.',
      },
      view: {
        value: { object: 'view', inline: true },
        optional: true,
        description: 'Optional initial view of the timeline; the end must not be before the start.',
      },
      scale: {
        value: { enum: SCALE_KINDS },
        optional: true,
        description:
          'Optional default base scale: chronological (time), collapsed gaps (long empty stretches shrink to a labelled break), or evenly spaced in order (sequential). The reader can switch.',
      },
      direction: {
        value: { enum: DIRECTIONS },
        optional: true,
        description:
          'Optional direction of the text, overriding the one its language is written in (right to left for Arabic, Hebrew, Persian, Urdu…): the page\'s layout follows it.',
      },
      axisDirection: {
        value: { enum: DIRECTIONS },
        optional: true,
        description:
          'Optional direction of the chart\'s time axis: "rtl" draws later events further left, "ltr" further right. Without it the axis runs as the text does. The phone layout, where time runs down the page, is unaffected.',
      },
      sources: { value: { array: { object: 'source' }, maxItems: MAX_SOURCES }, description: 'The news reports the timeline is built from.' },
      people: { value: { array: { object: 'person' } }, description: 'People quoted or involved.' },
      topics: { value: { array: { object: 'topic' } }, description: 'Topics events are filed under.' },
      events: {
        value: { array: { object: 'event' }, maxItems: MAX_EVENTS },
        description: 'The events, in any order; the app sorts them chronologically, and events with the same dates keep the order given here.',
      },
    },
  }),
  view: shape<NonNullable<RawDataset['view']>>({
    fields: { start: { value: isoDate }, end: { value: isoDate } },
  }),
  source: shape<RawSource>({
    description: 'One news report, with its cleaned text.',
    fields: {
      id: { value: { kind: 'id' } },
      publisher: { value: title },
      headline: { value: title },
      published: { value: isoDate, description: 'Date (or date-time) of publication.' },
      url: {
        value: { string: { format: 'uri', patternSource: '^[hH][tT][tT][pP][sS]?://' } },
        optional: true,
        description: 'Link to the original report; only absolute http: and https: URLs are accepted.',
      },
      text: {
        value: longText,
        description: 'The article with page furniture removed; paragraphs separated by a blank line. Quote and mention offsets index this text.',
      },
    },
  }),
  person: shape<RawPerson>({
    fields: {
      id: { value: { kind: 'id' } },
      name: { value: title },
      role: { value: title, optional: true, description: 'E.g. "Foreign Minister".' },
      aliases: { value: { array: title }, optional: true, description: 'Other spellings the sources use, e.g. "Sergey Lavrov".' },
    },
  }),
  topic: shape<RawTopic>({
    fields: { id: { value: { kind: 'id' } }, label: { value: title } },
  }),
  quote: shape<RawQuote>({
    description: 'A direct quotation: sources[source].text.slice(start, end) must equal text exactly.',
    fields: {
      id: { value: { kind: 'id' }, description: 'Unique across all events.' },
      text: { value: longText },
      speaker: { value: ref, description: 'A person id.' },
      source: { value: ref, description: 'A source id.' },
      start: { value: offset },
      end: { value: offset, description: 'Exclusive; not before start, not past the end of the text.' },
    },
  }),
  mention: shape<RawMention>({
    description: 'A place where a source mentions the event.',
    fields: {
      source: { value: ref, description: 'A source id.' },
      start: { value: offset },
      end: { value: offset },
    },
  }),
  statedDate: shape<RawStatedDate>({
    description: 'What the report itself says of the date, when the editor gave a more precise one.',
    fields: {
      text: { value: title, description: 'The words of the report, e.g. "July".' },
      date: { value: isoDate, description: 'Those words resolved against the publication date, e.g. "2018-07".' },
      source: { value: ref, description: 'A source id.' },
    },
  }),
  event: shape<RawEvent>({
    fields: {
      id: { value: { kind: 'eventId' } },
      title: { value: title },
      summary: { value: longText, description: 'Plain text, never HTML; paragraphs are separated by a blank line.' },
      place: { value: title, optional: true },
      start: { value: isoDate },
      end: {
        value: isoDate,
        optional: true,
        description: 'Inclusive end at its own precision: "2019-06-28" to "2019-06-29" covers both days. Must not end before the start.',
      },
      dateSource: {
        value: { enum: ['text', 'editor'] },
        description: '"text" when the report gives the date; "editor" when it comes from the public record.',
      },
      stated: { value: { object: 'statedDate' }, optional: true },
      topics: { value: { array: ref }, description: 'Topic ids.' },
      people: { value: { array: ref }, description: 'Person ids.' },
      quotes: { value: { array: { object: 'quote' }, maxItems: MAX_QUOTES_PER_EVENT } },
      mentions: { value: { array: { object: 'mention' } } },
    },
  }),
} satisfies Record<string, ObjectShape>;

/** The name of an object of the format. */
export type ObjectName = 'dataset' | 'view' | 'source' | 'person' | 'topic' | 'quote' | 'mention' | 'statedDate' | 'event';

/** An object's required and optional field names, in the table's order. */
export function fieldNames(name: ObjectName): { required: string[]; optional: string[] } {
  const fields = Object.entries(OBJECTS[name].fields as Readonly<Record<string, Field>>);
  return {
    required: fields.filter(([, f]) => f.optional !== true).map(([k]) => k),
    optional: fields.filter(([, f]) => f.optional === true).map(([k]) => k),
  };
}
