/**
 * Readers for recurring value kinds: lists of objects, lists of strings, dates, date ranges and
 * text offsets. Each reports a wrong value at its path and reads it as undefined.
 */
import { isDatePoint, parseIsoDate } from '../isoDate';
import { MAX_TITLE_CHARS } from '../limits';
import type { DatePoint } from '../model';
import { checkString, type Fields } from './fields';
import { shown } from './messages';

/**
 * Reads a required ISO date field; reports parseIsoDate's sentence when it is not one. A date
 * without a time is a span of `timeZone`'s clock (the dataset's; isoDate.ts).
 * `known` caches valid dates by their text: events share few distinct dates, and a lookup is far
 * cheaper than parsing. Callers then share one DatePoint per text (the model is never mutated):
 * at 100,000 events, an object per event was megabytes of copies. One cache holds one zone's dates.
 */
export function readDate(f: Fields, key: string, timeZone = 'UTC', known?: Map<string, DatePoint>): DatePoint | undefined {
  // Dates are short; the title limit keeps a huge string out of the regex and the message.
  const text = f.str(key, MAX_TITLE_CHARS);
  if (text === undefined) return undefined;
  const cached = known?.get(text);
  if (cached !== undefined) return cached;
  const date = parseIsoDate(text, timeZone);
  if (isDatePoint(date)) {
    known?.set(text, date);
    return date;
  }
  f.issues.add(f.at(key), date.error);
  return undefined;
}

/**
 * Checks that a range ends after it starts. Spans are compared, not instants: "2019-05" to
 * "2019-05-01" is a fine range, since the end's day lies within the start's month.
 */
export function checkRange(f: Fields, endKey: string, start: DatePoint | undefined, end: DatePoint | undefined): boolean {
  if (start === undefined || end === undefined) return false;
  if (end.to > start.from) return true;
  f.issues.add(f.at(endKey), `ends (${end.iso}) before it starts (${start.iso})`);
  return false;
}

/** Offsets into a source text, already checked. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Reads `start` and `end`: whole numbers with 0 ≤ start ≤ end ≤ text length. The length check is
 * skipped when the source text is unknown (its own problem is reported where the source is).
 */
export function readSpan(f: Fields, sourceId: string | undefined, text: string | undefined): TextSpan | undefined {
  const start = nonNegative(f, 'start');
  const end = nonNegative(f, 'end');
  if (start === undefined || end === undefined) return undefined;
  if (end < start) {
    f.issues.add(f.at('end'), `${end} is less than start (${start})`);
    return undefined;
  }
  if (text === undefined || sourceId === undefined) return undefined;
  if (end > text.length) {
    f.issues.add(f.at('end'), `${end} is past the end of source ${shown(sourceId)}, whose text is ${text.length} characters long`);
    return undefined;
  }
  return { start, end };
}

/** A whole number that is not negative. */
function nonNegative(f: Fields, key: string): number | undefined {
  const n = f.int(key);
  if (n === undefined || n >= 0) return n;
  f.issues.add(f.at(key), `is negative (${n}): offsets count from 0`);
  return undefined;
}

/**
 * Reads a required array field and each of its items. Returns [] if any item is unusable: that
 * item's problem is reported, so the parse fails and the list is never used.
 * `ctx` is handed to `read` so callers need no per-call closure (one per event adds up).
 */
export function readList<T, C = undefined>(
  parent: Fields,
  key: string,
  read: (item: Fields, ctx: C) => T | undefined,
  ctx: C,
  max = Infinity,
  noun = 'items',
): T[] {
  const items = parent.arr(key, max, noun) ?? [];
  // Copy, then replace each item in place: an array pushed from empty reserves room for 16 or
  // more, which for a hundred thousand small lists is a lot of memory to collect.
  const out: unknown[] = items.slice();
  let ok = true;
  for (let i = 0; i < items.length; i++) {
    const f = parent.open(items[i], key, i);
    const value = f && read(f, ctx);
    if (value === undefined) ok = false;
    else out[i] = value;
  }
  return ok ? (out as T[]) : [];
}

/**
 * An array of short strings (aliases, ids). Items that are not are reported and left out;
 * undefined when the field itself is not an array.
 */
export function readStrings(f: Fields, key: string, max = MAX_TITLE_CHARS): string[] | undefined {
  const items = f.arr(key);
  if (items === undefined) return undefined;
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const s = items[i];
    // The closure building the path is only made for a bad item.
    if (typeof s === 'string' && s.length <= max) out.push(s);
    else checkString(f.issues, () => f.itemAt(key, i), s, max);
  }
  return out;
}
