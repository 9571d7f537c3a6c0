/**
 * TlDocument → our dataset. Slides become events (eras become range events under the topic
 * "era"), groups become topics, media URLs become sources; the title slide becomes the dataset's
 * title and description. TimelineJS has no quotes and no people, and its dates are the editor's.
 */
import type { RawDataset, RawEvent } from '../dataset/raw';
import { MAX_TITLE_CHARS } from '../dataset/limits';
import { htmlLinks, htmlToLine, htmlToPlainText } from './plainText';
import type { ImportNote } from './report';
import { shorten, sortNotes } from './report';
import { shown } from '../dataset/read/messages';
import { slugify } from './slug';
import { assignIds } from './timelinejsIds';
import type { TlDocument } from './timelinejsModel';
import { MediaSources, mediaMention } from './timelinejsMedia';
import type { SlideDraft } from './timelinejsSlide';
import { draftSlide } from './timelinejsSlide';
import { ERA_TOPIC, Topics } from './timelinejsTopics';

/** Choices the TimelineJS data cannot make for itself. */
export interface ConvertOptions {
  /** The dataset title when there is no title slide, e.g. the file name. */
  fallbackTitle?: string;
  /** BCP 47 tag of the text; TimelineJS data does not say, so it is "en" unless given. */
  language?: string;
}

/** A converted dataset with the notes on what did not carry over. */
export interface ImportOutput {
  dataset: RawDataset;
  notes: ImportNote[];
}

/** Converts a TimelineJS document; never throws, and reports every field it leaves behind. */
export function convertTimelineJs(doc: TlDocument, options: ConvertOptions = {}): ImportOutput {
  const notes: ImportNote[] = [];
  if (doc.scale !== undefined && doc.scale.toLowerCase() !== 'human') {
    notes.push({ path: 'scale', message: `${shown(doc.scale)} not carried over (the format has one calendar scale, the Gregorian years 270000 BC – AD 270000)` });
  }
  const { title, description } = readTitleSlide(doc, options, notes);
  const language = options.language ?? 'en';
  if (options.language === undefined) {
    notes.push({ path: 'language', message: 'not stated in TimelineJS data; set to "en"' });
  }

  const drafts: { draft: SlideDraft; era: boolean }[] = [];
  for (const [slides, era] of [[doc.events, false], [doc.eras, true]] as const) {
    for (const slide of slides) {
      const d = draftSlide(slide, doc.locate);
      if ('skipped' in d) notes.push(...d.skipped);
      else drafts.push({ draft: d, era });
    }
  }
  const ids = assignIds(drafts.map((d) => d.draft), doc.locate);
  const topics = new Topics(drafts.some((d) => d.era));
  const sources = new MediaSources(doc.locate);
  const events = drafts.map(({ draft, era }, i): RawEvent => {
    const id = ids[i] ?? `event-${i + 1}`;
    const eventTopics = era ? [ERA_TOPIC.id] : [];
    if (draft.slide.group !== undefined) {
      const topic = topics.forGroup(draft.slide.group);
      if (!eventTopics.includes(topic)) eventTopics.push(topic);
    }
    if (era && draft.end === undefined && draft.slide.end_date === undefined) {
      draft.notes.push({ path: doc.locate(draft.slide.where, 'end_date'), message: 'missing (an era has one); the era is kept as a single date' });
    }
    const source = sources.add(draft, id);
    notes.push(...draft.notes);
    return {
      id,
      title: draft.title,
      summary: draft.summary,
      start: draft.start,
      ...(draft.end === undefined ? {} : { end: draft.end }),
      dateSource: 'editor',
      topics: eventTopics,
      people: [],
      quotes: [],
      mentions: source === undefined ? [] : [mediaMention(source)],
    };
  });

  // Built in the field order of raw.ts, so the written file reads like a hand-made one.
  const dataset: RawDataset = {
    version: 1,
    id: slugify(title, 'timeline'),
    title,
    ...(description === '' ? {} : { description }),
    language,
    sources: sources.list,
    people: [],
    topics: topics.list,
    events,
  };
  return { dataset, notes: sortNotes(notes) };
}

/** The dataset title and description from the title slide; every other field of that slide is noted. */
function readTitleSlide(doc: TlDocument, options: ConvertOptions, notes: ImportNote[]): { title: string; description: string } {
  const slide = doc.title;
  const fallback = options.fallbackTitle?.trim() || 'Imported timeline';
  if (slide === undefined) {
    notes.push({ path: 'title', message: `no title slide; the dataset is titled ${shown(fallback)}` });
    return { title: fallback, description: '' };
  }
  for (const field of ['start_date', 'end_date', 'media', 'group', 'display_date', 'background', 'autolink', 'unique_id'] as const) {
    if (slide[field] !== undefined) {
      notes.push({ path: doc.locate(slide.where, field), message: 'not carried over (the title slide gives only the title and description)' });
    }
  }
  let title = htmlToLine(slide.headline ?? '');
  if (title === '') {
    title = fallback;
    notes.push({ path: doc.locate(slide.where, 'text.headline'), message: `missing; the dataset is titled ${shown(fallback)}` });
  } else if (title.length > MAX_TITLE_CHARS) {
    title = shorten(title, MAX_TITLE_CHARS);
    notes.push({ path: doc.locate(slide.where, 'text.headline'), message: `cut to ${MAX_TITLE_CHARS} characters, the longest title the format allows` });
  }
  for (const href of htmlLinks(slide.text ?? '')) {
    notes.push({ path: doc.locate(slide.where, 'text.text'), message: `link to ${shown(href)} not carried over (the description is plain text)` });
  }
  return { title, description: htmlToPlainText(slide.text ?? '') };
}
