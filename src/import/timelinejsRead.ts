/**
 * Reads an untrusted TimelineJS JSON value into the TlDocument shape. Anything of the wrong kind,
 * and any key TimelineJS does not define, is reported and left out; only a value that is not a
 * timeline at all (no `events` list) is refused outright.
 */
import { kindOf, type KindWords } from '../dataset/read/messages';
import type { ImportNote } from './report';
import type { TlDocument, TlSlide } from './timelinejsModel';
import { jsonLocate } from './timelinejsModel';

/** The input is not a TimelineJS timeline at all, so there is nothing to convert. */
export class NotATimelineError extends Error {
  override name = 'NotATimelineError';
}

const ROOT_KEYS = ['events', 'title', 'eras', 'scale'];
const SLIDE_KEYS = ['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'background', 'autolink', 'unique_id'];
const DATE_KEYS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'display_date', 'format'] as const;
const TEXT_KEYS = ['headline', 'text'] as const;
const MEDIA_KEYS = ['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target'] as const;
const BACKGROUND_KEYS = ['url', 'color', 'alt'] as const;

type Obj = Record<string, unknown>;

/** Reads a parsed TimelineJS JSON value; throws NotATimelineError when it has no `events` list. */
export function readTimelineJsJson(value: unknown): { doc: TlDocument; notes: ImportNote[] } {
  if (!isObj(value)) throw new NotATimelineError(`expected a TimelineJS object with an "events" list, found ${kindOf(value, TIMELINEJS_WORDS)}`);
  const events = own(value, 'events');
  if (!Array.isArray(events)) throw new NotATimelineError(`"events" should be a list of slides, found ${kindOf(events, TIMELINEJS_WORDS)}`);
  const r = new Reader();
  r.unknownKeys(value, '', ROOT_KEYS);
  const doc: TlDocument = { events: r.slides(events, 'events'), eras: [], locate: jsonLocate };
  const title = own(value, 'title');
  if (title !== undefined && title !== null) {
    if (isObj(title)) doc.title = r.slide(title, 'title');
    else r.wrongKind('title', 'an object', title);
  }
  const eras = own(value, 'eras');
  if (Array.isArray(eras)) doc.eras = r.slides(eras, 'eras');
  else if (eras !== undefined && eras !== null) r.wrongKind('eras', 'a list', eras);
  const scale = r.text(value, 'scale', 'scale');
  if (scale !== undefined) doc.scale = scale;
  return { doc, notes: r.notes };
}

/** Collects notes while reading. */
class Reader {
  readonly notes: ImportNote[] = [];

  slides(items: readonly unknown[], path: string): TlSlide[] {
    const out: TlSlide[] = [];
    items.forEach((item, i) => {
      if (isObj(item)) out.push(this.slide(item, `${path}[${i}]`));
      else this.wrongKind(`${path}[${i}]`, 'a slide object', item);
    });
    return out;
  }

  slide(o: Obj, where: string): TlSlide {
    this.unknownKeys(o, where, SLIDE_KEYS);
    const slide: TlSlide = { where };
    const start = this.part(o, 'start_date', where, DATE_KEYS);
    const end = this.part(o, 'end_date', where, DATE_KEYS);
    const text = this.part(o, 'text', where, TEXT_KEYS);
    const media = this.part(o, 'media', where, MEDIA_KEYS);
    if (start) slide.start_date = start;
    if (end) slide.end_date = end;
    if (text?.headline !== undefined) slide.headline = text.headline;
    if (text?.text !== undefined) slide.text = text.text;
    if (media) slide.media = media;
    for (const key of ['group', 'display_date', 'autolink', 'unique_id'] as const) {
      const v = this.text(o, key, `${where}.${key}`);
      if (v !== undefined) slide[key] = v;
    }
    const background = own(o, 'background');
    if (typeof background === 'string' && background.trim() !== '') slide.background = background.trim();
    else if (isObj(background)) {
      const parts = this.part(o, 'background', where, BACKGROUND_KEYS);
      if (parts && Object.keys(parts).length > 0) slide.background = parts.url ?? parts.color ?? parts.alt;
    } else if (background !== undefined && background !== null) this.wrongKind(`${where}.background`, 'an object', background);
    return slide;
  }

  /** A nested object whose fields are all text, e.g. a date or media object. */
  part<K extends string>(o: Obj, key: string, where: string, keys: readonly K[]): Partial<Record<K, string>> | undefined {
    const v = own(o, key);
    const path = `${where}.${key}`;
    if (v === undefined || v === null) return undefined;
    if (!isObj(v)) {
      this.wrongKind(path, 'an object', v);
      return undefined;
    }
    this.unknownKeys(v, path, keys);
    const out: Partial<Record<K, string>> = {};
    for (const k of keys) {
      const s = this.text(v, k, `${path}.${k}`);
      if (s !== undefined) out[k] = s;
    }
    return out;
  }

  /** A text value: strings and numbers as written (trimmed), blanks and null as absent. */
  text(o: Obj, key: string, path: string): string | undefined {
    const v = own(o, key);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
    if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean') return String(v);
    this.wrongKind(path, 'text or a number', v);
    return undefined;
  }

  unknownKeys(o: Obj, path: string, known: readonly string[]): void {
    for (const key of Object.keys(o)) {
      if (!known.includes(key)) this.add(path === '' ? key : `${path}.${key}`, 'not carried over (not a TimelineJS field)');
    }
  }

  wrongKind(path: string, expected: string, found: unknown): void {
    this.add(path, `not carried over (expected ${expected}, found ${kindOf(found, TIMELINEJS_WORDS)})`);
  }

  add(path: string, message: string): void {
    this.notes.push({ path, message });
  }
}

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only, so "__proto__" or "constructor" in the input are never inherited values. */
function own(o: Obj, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

/** TimelineJS's documentation speaks of lists and objects. */
const TIMELINEJS_WORDS: KindWords = { array: 'a list', object: 'an object', null: 'null' };
