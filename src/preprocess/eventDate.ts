/**
 * An event's dates: the annotated `date:` (and `end:`) turned into the published `start`, `end`,
 * `dateSource` and `stated`. When the editor supplies a date and the text also says one, the two
 * must agree: the editor's day has to lie inside what the words denote ("2018-07-16" inside
 * "July" → 2018-07), which catches a mistyped month or a misread "last year".
 */
import type { RawStatedDate } from '../dataset/raw';
import { isDatePoint, parseIsoDate } from '../dataset/isoDate';
import { partOfDay } from '../dataset/partOfDay';
import type { DateAnnotation, EventAnnotation } from './annotation';
import { DataError } from './errors';
import { containsWords } from './locate';
import { optional } from './optional';
import { resolveRelativeDate } from './relativeDate';

/** What a date is resolved against: each source's publication date and cleaned text, and the story's zone. */
export interface DateSources {
  sources: ReadonlyMap<string, { published: string; text: string }>;
  zone?: string;
}

/** An event's published date fields. */
export interface EventDates {
  start: string;
  end?: string;
  dateSource: 'text' | 'editor';
  stated?: RawStatedDate;
}

/** Resolves and checks an event's dates; errors are DataErrors on `file` naming the key path. */
export function resolveEventDates(event: EventAnnotation, ctx: DateSources, file: string): EventDates {
  const path = `events.${event.id}`;
  const start = resolveOne(event.date, ctx, file, `${path}.date`);
  const end = event.end === undefined ? undefined : resolveOne(event.end, ctx, file, `${path}.end`);
  if (end !== undefined) {
    const [from, to] = [parseIsoDate(start.iso), parseIsoDate(end.iso)];
    if (isDatePoint(from) && isDatePoint(to) && to.to <= from.from) {
      throw new DataError(file, `${path}.end: ${end.iso} is before the start ${start.iso}`);
    }
  }
  const editor = event.date.editor !== undefined || event.end?.editor !== undefined;
  const stated = start.stated ?? end?.stated;
  return {
    start: start.iso,
    ...(end === undefined ? {} : { end: end.iso }),
    dateSource: editor ? 'editor' : 'text',
    ...(stated === undefined ? {} : { stated }),
  };
}

function resolveOne(d: DateAnnotation, ctx: DateSources, file: string, path: string): { iso: string; stated?: RawStatedDate } {
  const fail = (key: string, message: string): never => {
    throw new DataError(file, `${path}.${key}: ${message}`);
  };
  if (d.editor !== undefined) {
    const parsed = parseIsoDate(d.editor);
    if (!isDatePoint(parsed)) fail('editor', parsed.error);
  }
  if (d.says === undefined || d.source === undefined) return { iso: d.editor ?? fail('editor', 'is missing') };

  const source = ctx.sources.get(d.source) ?? fail('source', `unknown source ${JSON.stringify(d.source)}`);
  // The words must be the report's own, so a reader can find them in the text the date is credited to.
  if (!containsWords(source.text, d.says)) fail('says', `${JSON.stringify(d.says)} is not in the text of source ${d.source}`);
  const resolved = resolveRelativeDate(d.says, { published: source.published, ...optional('tense', d.tense), ...optional('zone', ctx.zone) });
  if ('error' in resolved) return fail('says', resolved.error);
  if (d.editor === undefined) return { iso: resolved.date };

  if (!within(d.editor, resolved.date)) {
    fail('editor', `${d.editor} is outside what the text says: ${JSON.stringify(d.says)} is ${resolved.date} (from source ${d.source})`);
  }
  return { iso: d.editor, stated: { text: d.says, date: resolved.date, source: d.source } };
}

/** True when the editor's date lies inside the stated one, compared on the local calendar both are written in. */
export function within(editor: string, stated: string): boolean {
  const tAt = stated.indexOf('T');
  // A year, month or day: ISO strings nest, so "inside" is "starts with" ("2018-07-16" in "2018-07").
  if (tAt < 0) return editor.startsWith(stated);
  // A part of day ("Monday evening" → 19:00): the editor's time must fall in the same part of that day.
  if (editor.length <= tAt || editor.slice(0, tAt + 1) !== stated.slice(0, tAt + 1)) return false;
  return partOfDay(Number(editor.slice(tAt + 1, tAt + 3))) === partOfDay(Number(stated.slice(tAt + 1, tAt + 3)));
}
