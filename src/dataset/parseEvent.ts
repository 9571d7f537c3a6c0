/**
 * One event and what hangs off it: dates, references, quotes, mentions and the stated date.
 * An event is returned whenever its own fields have usable types; problems in its parts are
 * reported and make the whole parse fail, so a partly read event never reaches the app.
 */
import { checkString, type Fields } from './read/fields';
import type { IdIndex } from './read/ids';
import { readId } from './read/ids';
import { expected, shown } from './read/messages';
import { MAX_ID_CHARS, MAX_QUOTES_PER_EVENT, MAX_TITLE_CHARS } from './limits';
import type { DatePoint, Mention, Quote, StatedDate, TimelineEvent } from './model';
import type { Tables } from './parseParts';
import { checkRange, readDate, readList, readSpan } from './read/values';

/** The indexes an event reads against and adds to. Quote ids are unique across all events. */
export interface EventContext extends Tables {
  events: IdIndex;
  quotes: IdIndex;
  /** The dataset's zone, the clock of its dates without a time. */
  timeZone: string;
  /** Valid dates met so far, by their text (see readDate). */
  dates: Map<string, DatePoint>;
}

/** Reads one event. */
export function readEvent(f: Fields, ctx: EventContext): TimelineEvent | undefined {
  const id = readId(f, true);
  if (id !== undefined) ctx.events.claim(id, f);
  const title = f.str('title', MAX_TITLE_CHARS);
  const summary = f.str('summary');
  const place = f.optStr('place', MAX_TITLE_CHARS);
  const start = readDate(f, 'start', ctx.timeZone, ctx.dates);
  const end = f.has('end') ? readDate(f, 'end', ctx.timeZone, ctx.dates) : undefined;
  if (end !== undefined) checkRange(f, 'end', start, end);
  const dateSource = readDateSource(f);
  const stated = f.has('stated') ? readStated(f, ctx) : undefined;
  const topics = readRefs(f, 'topics', ctx.topics);
  const people = readRefs(f, 'people', ctx.people);
  const quotes = readList(f, 'quotes', readQuote, ctx, MAX_QUOTES_PER_EVENT, 'quotes');
  const mentions = readList(f, 'mentions', readMention, ctx);
  if (id === undefined || title === undefined || summary === undefined || start === undefined || dateSource === undefined) {
    return undefined;
  }
  // Every event gets every key, optional ones as undefined: one object shape keeps the app's
  // loops over 100,000 events monomorphic (fast property access in V8).
  return {
    id, title, summary, place, start, end, dateSource, stated, topics, people, quotes, mentions,
    t0: start.from,
    t1: (end ?? start).to,
  };
}

/** `dateSource`: where the date comes from. */
function readDateSource(f: Fields): 'text' | 'editor' | undefined {
  const value = f.raw('dateSource');
  if (value === 'text' || value === 'editor') return value;
  const found = typeof value === 'string' ? shown(value) : undefined;
  f.issues.add(f.at('dateSource'), found ? `expected "text" or "editor", found ${found}` : expected('"text" or "editor"', value));
  return undefined;
}

/** An array of ids, each of which must name an entry of `index`; [] if any does not (that is reported). */
function readRefs(f: Fields, key: string, index: IdIndex): string[] {
  const items = f.arr(key) ?? [];
  let ok = true;
  for (let i = 0; i < items.length; i++) {
    const ref = items[i];
    // The closure building the path is only made for a bad item.
    if (typeof ref !== 'string' || ref.length > MAX_ID_CHARS) {
      checkString(f.issues, () => f.itemAt(key, i), ref, MAX_ID_CHARS);
      ok = false;
    } else if (index.resolve(ref, f, key, i) === undefined) ok = false;
  }
  return ok ? (items.slice() as string[]) : [];
}

/** A reference field (`speaker`, `source`) naming an entry of `index`. */
function readRef<T>(f: Fields, key: string, index: IdIndex<T>): string | undefined {
  return index.resolve(f.str(key, MAX_ID_CHARS), f, key);
}

/** A quote, whose text must be exactly what its source says at its offsets. */
function readQuote(f: Fields, ctx: EventContext): Quote | undefined {
  const id = readId(f);
  if (id !== undefined) ctx.quotes.claim(id, f);
  const text = f.str('text');
  const speaker = readRef(f, 'speaker', ctx.people);
  const source = readRef(f, 'source', ctx.sources);
  const sourceText = source === undefined ? undefined : ctx.sources.get(source);
  const span = readSpan(f, source, sourceText);
  if (span === undefined || sourceText === undefined || text === undefined) return undefined;
  // Compared in place: slicing every quote out of its source would allocate a string per quote.
  if (text.length !== span.end - span.start || !sourceText.startsWith(text, span.start)) {
    const actual = sourceText.slice(span.start, span.end);
    f.issues.add(
      f.at('text'),
      `does not match source ${shown(source ?? '')} at ${span.start}–${span.end}, which reads ${shown(actual)}`,
    );
    return undefined;
  }
  if (id === undefined || speaker === undefined || source === undefined) return undefined;
  return { id, text, speaker, source, start: span.start, end: span.end };
}

/** A place in a source that mentions the event. */
function readMention(f: Fields, ctx: EventContext): Mention | undefined {
  const source = readRef(f, 'source', ctx.sources);
  const span = readSpan(f, source, source === undefined ? undefined : ctx.sources.get(source));
  if (source === undefined || span === undefined) return undefined;
  return { source, start: span.start, end: span.end };
}

/** What the report itself says of the date. */
function readStated(event: Fields, ctx: EventContext): StatedDate | undefined {
  const f = event.obj('stated');
  if (f === undefined) return undefined;
  const text = f.str('text', MAX_TITLE_CHARS);
  const date = readDate(f, 'date', ctx.timeZone, ctx.dates);
  const source = readRef(f, 'source', ctx.sources);
  if (text === undefined || date === undefined || source === undefined) return undefined;
  return { text, date, source };
}
