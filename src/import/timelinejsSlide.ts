/**
 * One TimelineJS slide (an event or an era) → the parts of our event that depend only on the slide
 * itself: its dates, title and plain-text summary, plus notes on every field left behind.
 * Ids, topics and sources depend on the other slides too; timelinejsConvert.ts adds them.
 */
import { isDatePoint, parseIsoDate } from '../dataset/isoDate';
import { MAX_TITLE_CHARS } from '../dataset/limits';
import { htmlLinks, htmlToLine, htmlToPlainText } from './plainText';
import type { ImportNote } from './report';
import { shorten } from './report';
import { shown } from '../dataset/read/messages';
import { tlDateToIso } from './timelinejsDate';
import type { Locate, TlDate, TlSlide } from './timelinejsModel';

/** A slide read so far: everything but its id, topics and source. */
export interface SlideDraft {
  slide: TlSlide;
  start: string;
  end?: string;
  title: string;
  summary: string;
  /** Notes on this slide, in the order its fields were read. */
  notes: ImportNote[];
}

/** Longest title made from the first words of a slide's text. */
const TITLE_FROM_TEXT_CHARS = 80;

/** Slide fields that the format has no place for, with why. Media fields are handled with the source. */
const DROPPED: readonly [keyof TlSlide, string][] = [
  ['display_date', 'the app writes each date at its own precision'],
  ['background', 'backgrounds are not part of the format'],
  ['autolink', 'the summary is plain text, without links'],
];

/** Reads a slide's dates and text; returns the notes alone when the slide cannot become an event. */
export function draftSlide(slide: TlSlide, locate: Locate): SlideDraft | { skipped: ImportNote[] } {
  const notes: ImportNote[] = [];
  const note = (field: string, message: string): void => {
    notes.push({ path: field === '' ? slide.where : locate(slide.where, field), message });
  };

  const start = slide.start_date === undefined ? { error: 'has no start date' } : tlDateToIso(slide.start_date);
  if (!('iso' in start)) {
    note('start_date', `event not carried over: ${start.error}`);
    return { skipped: notes };
  }
  for (const n of start.notes) note(`start_date.${n.field}`, n.message);
  const draft: SlideDraft = { slide, start: start.iso, title: '', summary: '', notes };
  if (slide.end_date !== undefined) readEnd(draft, slide.end_date, note);

  draft.summary = slide.text === undefined ? '' : htmlToPlainText(slide.text);
  for (const href of htmlLinks(slide.text ?? '')) {
    note('text.text', `link to ${shown(href)} not carried over (the summary is plain text)`);
  }
  draft.title = readTitle(slide, draft, note);
  for (const [field, why] of DROPPED) {
    if (slide[field] !== undefined) note(field, `not carried over (${why})`);
  }
  return draft;
}

/** The end date, kept only when it is readable and does not end before the start. */
function readEnd(draft: SlideDraft, end: TlDate, note: (field: string, message: string) => void): void {
  const result = tlDateToIso(end);
  if (!('iso' in result)) {
    note('end_date', `not carried over (${result.error}); the event keeps its start date only`);
    return;
  }
  for (const n of result.notes) note(`end_date.${n.field}`, n.message);
  const from = parseIsoDate(draft.start);
  const to = parseIsoDate(result.iso);
  if (!isDatePoint(from) || !isDatePoint(to) || to.to <= from.from) {
    note('end_date', `not carried over (${result.iso} is before the start, ${draft.start})`);
    return;
  }
  // An end equal to the start says nothing more; the format reads a lone start the same way.
  if (result.iso !== draft.start) draft.end = result.iso;
}

/** The headline as plain text; without one, the first words of the text (or the date). */
function readTitle(slide: TlSlide, draft: SlideDraft, note: (field: string, message: string) => void): string {
  const headline = htmlToLine(slide.headline ?? '');
  if (headline !== '') {
    if (headline.length <= MAX_TITLE_CHARS) return headline;
    const cut = shorten(headline, MAX_TITLE_CHARS);
    note('text.headline', `cut to ${MAX_TITLE_CHARS} characters, the longest title the format allows`);
    return cut;
  }
  const words = draft.summary.replace(/\s+/g, ' ');
  if (words !== '') {
    const title = shorten(words, TITLE_FROM_TEXT_CHARS);
    note('text.headline', `missing; the title is made from the text: ${shown(title, TITLE_FROM_TEXT_CHARS)}`);
    return title;
  }
  const title = `Untitled (${draft.start})`;
  note('text.headline', `missing, and there is no text; the title is ${shown(title)}`);
  return title;
}
