/**
 * A slide's media → a source of the event. The format has no media, but a media URL usually names
 * where the story is (an article, a video, a tweet), so an http(s) URL is kept as a source with an
 * empty text. Embed code, javascript: and data: URLs are refused and reported.
 */
import type { RawSource } from '../dataset/raw';
import { MAX_SOURCES, MAX_TITLE_CHARS } from '../dataset/limits';
import { safeHttpUrl } from '../dataset/safeUrl';
import { htmlToLine } from './plainText';
import { shorten } from './report';
import { shown } from '../dataset/read/messages';
import { claimUnique } from './slug';
import type { Locate, TlMedia } from './timelinejsModel';
import type { SlideDraft } from './timelinejsSlide';

/** Media fields with no place in a source, with why. */
const DROPPED: readonly [keyof TlMedia, string][] = [
  ['credit', 'media credits are not part of the format'],
  ['thumbnail', 'thumbnails are not part of the format'],
  ['alt', 'media are kept only as a source link'],
  ['link', 'media are kept only as a source link'],
  ['link_target', 'media are kept only as a source link'],
];

/** The sources made from media, one per distinct URL. */
export class MediaSources {
  /** The sources, in the order their slides came. */
  readonly list: RawSource[] = [];
  private readonly idByUrl = new Map<string, string>();
  private readonly ids = new Set<string>();

  constructor(private readonly locate: Locate) {}

  /** The id of the source for a slide's media URL (made on first use), or undefined with notes saying why not. */
  add(draft: SlideDraft, eventId: string): string | undefined {
    const media = draft.slide.media;
    if (media === undefined) return undefined;
    const note = (field: string, message: string): void => {
      draft.notes.push({ path: this.locate(draft.slide.where, `media.${field}`), message });
    };
    for (const [field, why] of DROPPED) {
      if (media[field] !== undefined) note(field, `not carried over (${why})`);
    }
    const url = media.url === undefined ? null : safeHttpUrl(media.url);
    if (url === null) {
      if (media.url !== undefined) note('url', `${shown(media.url)} not carried over (only http: and https: links are kept)`);
      for (const field of ['caption', 'title'] as const) {
        if (media[field] !== undefined) note(field, 'not carried over (there is no media link to describe)');
      }
      return undefined;
    }
    const known = this.idByUrl.get(url);
    if (known !== undefined) {
      for (const field of ['caption', 'title'] as const) {
        if (media[field] !== undefined) note(field, 'not carried over (this media URL is already a source, made from an earlier slide)');
      }
      return known;
    }
    if (this.list.length >= MAX_SOURCES) {
      note('url', `not carried over (the format allows at most ${MAX_SOURCES} sources)`);
      return undefined;
    }
    const id = claimUnique(`media-${eventId}`, this.ids);
    this.idByUrl.set(url, id);
    this.list.push({
      id,
      publisher: new URL(url).hostname,
      headline: this.headline(media, draft, note),
      published: draft.start,
      url,
      // The format requires a text; we have none of the linked page, and the empty text says so.
      text: '',
    });
    return id;
  }

  /** The caption, else the media title, else the event's title; the one of caption and title not used is noted. */
  private headline(media: TlMedia, draft: SlideDraft, note: (field: string, message: string) => void): string {
    const caption = htmlToLine(media.caption ?? '');
    const title = htmlToLine(media.title ?? '');
    if (caption !== '' && title !== '') note('title', 'not carried over (the caption is the source headline)');
    return shorten(caption || title || draft.title, MAX_TITLE_CHARS);
  }
}

/** A mention that links an event to a media source: the whole (empty) text of the source. */
export function mediaMention(source: string): { source: string; start: number; end: number } {
  return { source, start: 0, end: 0 };
}
