/**
 * The one validator: untrusted JSON in, the typed Timeline (model.ts) or every problem out.
 * The browser, the build and `npm run validate` all go through parseDataset, so they agree on
 * what a valid dataset is.
 */
import { Fields, isObject } from './read/fields';
import { IdIndex, readId } from './read/ids';
import { Issues } from './read/issues';
import { isTimelineJs, TIMELINEJS_MESSAGE } from './read/timelineJsShape';
import { expected, shown } from './read/messages';
import { MAX_EVENTS, MAX_QUOTES_PER_EVENT, MAX_TITLE_CHARS } from './limits';
import type { DatasetIssue, DatePoint, ParseResult, TimelineEvent } from './model';
import { assembleTimeline, type TimelineHead } from './assemble';
import { DIRECTIONS, SCALE_KINDS, type Direction, type ScaleKind } from './raw';
import type { EventContext } from './parseEvent';
import { readEvent } from './parseEvent';
import { newTables, readPeople, readSources, readTopics } from './parseParts';
import { LANGUAGE_TAG } from './patterns';
import { checkRange, readDate } from './read/values';
import { DEFAULT_TIME_ZONE, canonicalTimeZone } from './timeZone';

/** Parses an untrusted JSON value into the model, or lists all of its problems. Never throws. */
export function parseDataset(value: unknown): ParseResult {
  const events: TimelineEvent[] = [];
  const result = parseDatasetInto(value, { add: (event) => events.push(event) });
  return result.ok ? { ok: true, timeline: assembleTimeline(result.head, events) } : result;
}

/** Where parseDatasetInto hands each checked event, in file order. */
export interface EventSink {
  add(event: TimelineEvent): void;
}

/** What parseDatasetInto gives: the Timeline but its events (which went to the sink), or every problem. */
export type HeadResult = { ok: true; head: TimelineHead } | { ok: false; issues: DatasetIssue[] };

/** How parseDatasetInto reads `events` (both for the dataset worker). */
export interface IntoOptions {
  /** Lets each raw event go from `value` once read, so the parsed JSON shrinks as the events are checked: only for a caller that owns `value` and will not read it again. */
  consume?: boolean;
  /** Turns an item of `events` into the raw event (a caller that parses the events one at a time puts stand-ins there). */
  open?: (item: unknown) => unknown;
}

/**
 * parseDataset for a caller that keeps the events its own way (the dataset worker writes them
 * into transfer columns, so 100,000 events are never held there as objects). `sink` may receive
 * events of a dataset that then proves invalid: they are only good when the result is ok. Never throws.
 */
export function parseDatasetInto(value: unknown, sink: EventSink, options: IntoOptions = {}): HeadResult {
  try {
    return parseOrThrow(value, sink, options);
  } catch (error) {
    // The readers are written not to throw on any JSON value. This net is for values JSON cannot
    // produce (throwing getters, proxies), so even those come back as a problem, not a crash.
    const reason = error instanceof Error ? error.message : 'unknown error';
    return { ok: false, issues: [{ path: '(root)', message: `could not be read: ${reason}` }] };
  }
}

/** One problem as a line: `events[3].start: "2019-13-45" is not a calendar date`. */
export function formatIssue(issue: DatasetIssue): string {
  return `${issue.path}: ${issue.message}`;
}

/** parseDatasetInto without its safety net. */
function parseOrThrow(value: unknown, sink: EventSink, options: IntoOptions): HeadResult {
  const issues = new Issues();
  if (!isObject(value)) {
    issues.add('(root)', `${expected('an object (the dataset)', value)}`);
    return { ok: false, issues: issues.toList() };
  }
  if (isTimelineJs(value)) {
    issues.add('(file)', TIMELINEJS_MESSAGE);
    return { ok: false, issues: issues.toList() };
  }
  // The root's path is empty, so fields read `events[3]`, not `(root).events[3]`.
  const f = Fields.root(issues, value);

  const version = f.raw('version');
  if (typeof version !== 'number') issues.add('version', expected('the number 1', version));
  else if (version !== 1) issues.add('version', `version ${version} is not supported: this app reads version 1`);

  const id = readId(f);
  const title = f.str('title', MAX_TITLE_CHARS);
  const description = f.optStr('description');
  const language = readLanguage(f);
  const timeZone = readTimeZone(f);
  const view = readView(f, timeZone);
  const scale = readScale(f);
  const direction = readDirection(f, 'direction');
  const axisDirection = readDirection(f, 'axisDirection');

  const tables = newTables(issues);
  const sources = readSources(f, tables.sources);
  const people = readPeople(f, tables.people);
  const topics = readTopics(f, tables.topics);
  const ctx: EventContext = {
    ...tables,
    events: new IdIndex(issues, 'event', 'events'),
    // Quote ids are unique across events; a quote's position packs its event's index and its own.
    quotes: new IdIndex(
      issues, 'quote', 'quotes',
      (q) => (q.parent?.index ?? 0) * MAX_QUOTES_PER_EVENT + q.index,
      (n) => `events[${Math.floor(n / MAX_QUOTES_PER_EVENT)}].quotes[${n % MAX_QUOTES_PER_EVENT}]`,
    ),
    timeZone,
    dates: new Map(),
  };
  readEvents(f, ctx, sink, options);

  if (issues.count > 0 || id === undefined || title === undefined || language === undefined) {
    return { ok: false, issues: issues.toList() };
  }
  const head: TimelineHead = {
    version: 1, id, title, description, language, timeZone, view, ...(scale ? { scale } : {}),
    ...(direction ? { direction } : {}), ...(axisDirection ? { axisDirection } : {}), sources, people, topics,
  };
  return { ok: true, head };
}

/** Reads `events`, handing each good one to the sink; reads on past a bad one, so every problem is reported. */
function readEvents(f: Fields, ctx: EventContext, sink: EventSink, { consume = false, open }: IntoOptions): void {
  const items = f.arr('events', MAX_EVENTS, 'events') ?? [];
  for (let i = 0; i < items.length; i++) {
    const item = f.open(open ? open(items[i]) : items[i], 'events', i);
    if (consume) (items as unknown[])[i] = null;
    const event = item && readEvent(item, ctx);
    if (event !== undefined) sink.add(event);
  }
}

/** `language`: a plausible BCP 47 tag. */
function readLanguage(f: Fields): string | undefined {
  const tag = f.str('language', MAX_TITLE_CHARS);
  if (tag === undefined || LANGUAGE_TAG.test(tag)) return tag;
  f.issues.add('language', `${shown(tag)} is not a BCP 47 language tag such as "en" or "pt-BR"`);
  return undefined;
}

/** The optional default scale: one of SCALE_KINDS. */
function readScale(f: Fields): ScaleKind | undefined {
  const kind = f.optStr('scale', 32);
  if (kind === undefined) return undefined;
  if ((SCALE_KINDS as readonly string[]).includes(kind)) return kind as ScaleKind;
  f.issues.add('scale', `${shown(kind)} is not a scale: use ${SCALE_KINDS.map((k) => `"${k}"`).join(', ')}`);
  return undefined;
}

/** An optional direction (`direction`, `axisDirection`): one of DIRECTIONS. */
function readDirection(f: Fields, key: 'direction' | 'axisDirection'): Direction | undefined {
  const value = f.optStr(key, 32);
  if (value === undefined) return undefined;
  if ((DIRECTIONS as readonly string[]).includes(value)) return value as Direction;
  f.issues.add(key, `${shown(value)} is not a direction: use "ltr" (left to right) or "rtl" (right to left)`);
  return undefined;
}

/** `timeZone`: an IANA zone name, canonically spelt; UTC when absent (or wrong: that is reported). */
function readTimeZone(f: Fields): string {
  const name = f.optStr('timeZone', MAX_TITLE_CHARS);
  if (name === undefined) return DEFAULT_TIME_ZONE;
  const zone = canonicalTimeZone(name);
  if (zone === null) {
    f.issues.add('timeZone', `${shown(name)} is not an IANA time zone such as "Europe/Moscow" or "America/New_York"`);
    return DEFAULT_TIME_ZONE;
  }
  return zone;
}

/** The optional initial view: a start and an end date, the end not before the start. */
function readView(root: Fields, timeZone: string): { start: DatePoint; end: DatePoint } | undefined {
  const f = root.optObj('view');
  if (f === undefined) return undefined;
  const start = readDate(f, 'start', timeZone);
  const end = readDate(f, 'end', timeZone);
  if (start === undefined || end === undefined || !checkRange(f, 'end', start, end)) return undefined;
  return { start, end };
}
