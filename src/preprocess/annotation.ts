/**
 * The annotation (`events.yaml`): the story, its people and topics, and each event with its date,
 * quotes and mentions, as an editor writes them. This module checks shape only (keys, types,
 * required fields); whether the words and dates hold up against the texts is build.ts's job.
 */
import { DataError } from './errors';
import { SCALE_KINDS, type ScaleKind } from '../dataset/raw';
import { EVENT_ID } from '../dataset/patterns';
import type { LocateHints } from './locate';
import { optional } from './optional';
import type { Tense } from './relativeDate';
import { YamlObject, parseYaml } from './yamlFields';

/** The story's own fields. */
export interface StoryAnnotation {
  id: string;
  title: string;
  description?: string;
  language: string;
  /** UTC offset used for part-of-day times ("Monday evening"), e.g. "+03:00". */
  zone?: string;
  /** IANA time zone the timeline's axis is drawn in, e.g. "Europe/Moscow" (published as `timeZone`). */
  timeZone?: string;
  view?: { start: string; end: string };
  /** The default base scale of the published timeline. */
  scale?: ScaleKind;
}

/** A date as annotated: the editor's date, what the text says, or both. */
export interface DateAnnotation {
  /** A date from the public record, ISO with implied precision. */
  editor?: string;
  /** The report's own words for the date, e.g. "Tuesday", "July", "in 2021". */
  says?: string;
  /** The source whose words `says` are (and whose publication date resolves them). */
  source?: string;
  tense?: Tense;
}

/** Words in a source, with hints for picking one of several matches. */
export interface TextRef extends LocateHints {
  source: string;
  text: string;
}

/** A direct quotation: the words inside the marks, who said them and where they were printed. */
export interface QuoteAnnotation extends TextRef {
  id: string;
  speaker: string;
}

/** One event as annotated. */
export interface EventAnnotation {
  id: string;
  title: string;
  summary: string;
  place?: string;
  date: DateAnnotation;
  end?: DateAnnotation;
  people: string[];
  topics: string[];
  quotes: QuoteAnnotation[];
  mentions: TextRef[];
}

/** The whole annotation file, checked for shape. */
export interface Annotation {
  story: StoryAnnotation;
  people: { id: string; name: string; role?: string; aliases?: string[] }[];
  topics: { id: string; label: string }[];
  events: EventAnnotation[];
}

/** Parses and shape-checks an annotation file's text; `file` names it in errors. */
export function parseAnnotation(text: string, file: string): Annotation {
  const root = YamlObject.of(file, '', parseYaml(text, file), ['story', 'people', 'topics', 'events']);
  const s = root.object('story', ['id', 'title', 'description', 'language', 'zone', 'timeZone', 'view', 'scale']);
  const view = s.optObject('view', ['start', 'end']);
  const story: StoryAnnotation = {
    id: s.string('id'),
    title: s.string('title'),
    ...optional('description', s.optString('description')?.trim()),
    language: s.string('language'),
    ...optional('zone', s.optString('zone')),
    ...optional('scale', storyScale(file, s.optString('scale'))),
    ...optional('timeZone', s.optString('timeZone')),
    ...(view ? { view: { start: dateWords(view, 'start'), end: dateWords(view, 'end') } } : {}),
  };
  const people = root.list('people').map((item, i) => {
    const p = YamlObject.of(file, `people[${i}]`, item, ['id', 'name', 'role', 'aliases']);
    const aliases = p.stringList('aliases');
    return { id: p.string('id'), name: p.string('name'), ...optional('role', p.optString('role')), ...(aliases.length ? { aliases } : {}) };
  });
  const topics = root.list('topics').map((item, i) => {
    const t = YamlObject.of(file, `topics[${i}]`, item, ['id', 'label']);
    return { id: t.string('id'), label: t.string('label') };
  });
  const events = root.list('events').map((item, i) => readEvent(file, i, item));
  if (events.length === 0) throw new DataError(file, 'events: the story has no events');
  return { story, people, topics, events };
}

const EVENT_KEYS = ['id', 'title', 'summary', 'place', 'date', 'end', 'people', 'topics', 'quotes', 'mentions'];
const DATE_KEYS = ['editor', 'says', 'source', 'tense'];
const TENSES: readonly Tense[] = ['past', 'future'];

function readEvent(file: string, index: number, item: unknown): EventAnnotation {
  const first = YamlObject.of(file, `events[${index}]`, item, EVENT_KEYS);
  const id = first.string('id');
  if (!EVENT_ID.test(id)) first.fail('id', `${JSON.stringify(id)} is not a valid event id: use lowercase letters, digits and hyphens`);
  // From here on, messages name the event by id: easier to find in the file than an index.
  const e = YamlObject.of(file, `events.${id}`, item, EVENT_KEYS);
  const end = e.optObject('end', DATE_KEYS);
  return {
    id,
    title: e.string('title').trim(),
    summary: e.string('summary').trim(),
    ...optional('place', e.optString('place')),
    date: readDate(e.object('date', DATE_KEYS)),
    ...(end ? { end: readDate(end) } : {}),
    people: e.stringList('people'),
    topics: e.stringList('topics'),
    quotes: e.list('quotes').map((q, i) => {
      const o = YamlObject.of(file, `${e.at('quotes')}[${i}]`, q, ['id', 'speaker', 'source', 'text', 'occurrence', 'after']);
      return { id: o.string('id'), speaker: o.string('speaker'), ...readRef(o) };
    }),
    mentions: e.list('mentions').map((m, i) => readRef(YamlObject.of(file, `${e.at('mentions')}[${i}]`, m, ['source', 'text', 'occurrence', 'after']))),
  };
}

function readDate(d: YamlObject): DateAnnotation {
  const editor = d.optDateWords('editor');
  const says = d.optDateWords('says');
  const source = d.optString('source');
  const written = d.optString('tense');
  if (editor === undefined && says === undefined) d.fail('says', 'a date needs says: (the words of the text), editor: (a date from the record), or both');
  if (says !== undefined && source === undefined) d.fail('source', 'is missing: say which source the words of says: come from');
  if (written !== undefined && says === undefined) d.fail('tense', 'only applies to the words of says:');
  const tense = written === undefined ? undefined : TENSES.find((t) => t === written);
  if (written !== undefined && tense === undefined) d.fail('tense', `expected past or future, found ${JSON.stringify(written)}`);
  return { ...optional('editor', editor), ...optional('says', says), ...optional('source', source), ...optional('tense', tense) };
}

function readRef(o: YamlObject): TextRef {
  return {
    source: o.string('source'),
    text: o.string('text'),
    ...optional('occurrence', o.optInt('occurrence', 1)),
    ...optional('after', o.optString('after')),
  };
}

function dateWords(o: YamlObject, key: string): string {
  return o.optDateWords(key) ?? o.fail(key, 'is missing (expected an ISO date)');
}

/** `story.scale`: one of the format's scale kinds. */
function storyScale(file: string, kind: string | undefined): ScaleKind | undefined {
  if (kind === undefined || (SCALE_KINDS as readonly string[]).includes(kind)) return kind as ScaleKind | undefined;
  throw new DataError(file, `story.scale: "${kind}" is not a scale; use ${SCALE_KINDS.join(', ')}`);
}
