/**
 * The TimelineJS Google-spreadsheet template, exported as CSV → the TlDocument shape. Rows are
 * slides; the Type column marks the title slide ("title") and eras ("era"). Report places name the
 * spreadsheet row and column (`row 7, Background`), which is what an editor can find.
 */
import { parseCsv } from './csv';
import type { ImportNote } from './report';
import { shown } from '../dataset/read/messages';
import type { ConvertOptions, ImportResult } from './timelinejs';
import { finishImport } from './timelinejs';
import { parseClockTime } from './timelinejsDate';
import type { Locate, TlDate, TlDocument, TlSlide } from './timelinejsModel';
import { NotATimelineError } from './timelinejsRead';

/** Template columns → the TlSlide field each fills. "Tag" is the old name of "Group". */
const COLUMNS: Readonly<Record<string, string>> = {
  'year': 'start_date.year', 'month': 'start_date.month', 'day': 'start_date.day', 'time': 'start_date.time',
  'end year': 'end_date.year', 'end month': 'end_date.month', 'end day': 'end_date.day', 'end time': 'end_date.time',
  'display date': 'display_date', 'headline': 'text.headline', 'text': 'text.text',
  'media': 'media.url', 'media credit': 'media.credit', 'media caption': 'media.caption',
  'media thumbnail': 'media.thumbnail', 'alt text': 'media.alt',
  'type': 'type', 'group': 'group', 'tag': 'group', 'background': 'background',
};

/** TlSlide fields → the template column to name in the report. */
const COLUMN_OF: Readonly<Record<string, string>> = {
  'start_date': 'Year', 'start_date.year': 'Year', 'start_date.month': 'Month', 'start_date.day': 'Day',
  'start_date.hour': 'Time', 'start_date.minute': 'Time', 'start_date.second': 'Time', 'start_date.millisecond': 'Time',
  'end_date': 'End Year', 'end_date.year': 'End Year', 'end_date.month': 'End Month', 'end_date.day': 'End Day',
  'end_date.hour': 'End Time', 'end_date.minute': 'End Time', 'end_date.second': 'End Time', 'end_date.millisecond': 'End Time',
  'display_date': 'Display Date', 'text.headline': 'Headline', 'text.text': 'Text', 'media': 'Media', 'media.url': 'Media',
  'media.credit': 'Media Credit', 'media.caption': 'Media Caption', 'media.thumbnail': 'Media Thumbnail',
  'media.alt': 'Alt Text', 'group': 'Group', 'background': 'Background', 'type': 'Type',
};

/** Report places in spreadsheet terms: `row 7, Background`. */
export const csvLocate: Locate = (where, field) => `${where}, ${COLUMN_OF[field] ?? field}`;

/** Converts the CSV text of the template. Throws CsvError or NotATimelineError when it cannot be read at all. */
export function importTimelineJsCsv(text: string, options: ConvertOptions = {}): ImportResult {
  const { doc, notes } = readTimelineJsCsv(parseCsv(text));
  return finishImport(doc, notes, options);
}

/** Reads the rows of the template (the first row is the header). */
export function readTimelineJsCsv(rows: readonly string[][]): { doc: TlDocument; notes: ImportNote[] } {
  const header = (rows[0] ?? []).map((h) => h.trim());
  const fields = header.map((h) => COLUMNS[h.toLowerCase()]);
  if (!fields.includes('start_date.year')) {
    throw new NotATimelineError('the first row is not the TimelineJS template header: it has no "Year" column');
  }
  const notes: ImportNote[] = [];
  const doc: TlDocument = { events: [], eras: [], locate: csvLocate };
  header.forEach((name, c) => {
    if (fields[c] === undefined && rows.some((row, r) => r > 0 && (row[c] ?? '').trim() !== '')) {
      notes.push({ path: `column ${shown(name)}`, message: 'not carried over (not a column of the TimelineJS template)' });
    }
  });
  rows.forEach((row, r) => {
    if (r === 0 || row.every((cell) => cell.trim() === '')) return;
    const where = `row ${r + 1}`;
    const cells = new Map<string, string>();
    row.forEach((cell, c) => {
      const field = fields[c];
      const value = cell.trim();
      if (value === '') return;
      if (field !== undefined) cells.set(field, value);
      else if (c >= header.length) notes.push({ path: where, message: `${shown(value)} in cell ${c + 1}, past the last column, not carried over` });
    });
    const slide = rowToSlide(where, cells, notes);
    const type = (cells.get('type') ?? '').toLowerCase();
    if (type === 'title' && doc.title === undefined) doc.title = slide;
    else if (type === 'era') doc.eras.push(slide);
    else {
      if (type !== '') {
        const why = type === 'title' ? 'a second title slide' : `${shown(type)} is not a TimelineJS type`;
        notes.push({ path: csvLocate(where, 'type'), message: `${why}; the row is read as an event` });
      }
      doc.events.push(slide);
    }
  });
  return { doc, notes };
}

/** One row's non-blank cells (keyed by TlSlide field) → a slide. */
function rowToSlide(where: string, cells: ReadonlyMap<string, string>, notes: ImportNote[]): TlSlide {
  const slide: TlSlide = { where };
  const start = rowDate(where, 'start_date', cells, notes);
  const end = rowDate(where, 'end_date', cells, notes);
  if (start) slide.start_date = start;
  if (end) slide.end_date = end;
  const set = <K extends 'headline' | 'text' | 'group' | 'display_date' | 'background'>(key: K, field: string): void => {
    const value = cells.get(field);
    if (value !== undefined) slide[key] = value;
  };
  set('headline', 'text.headline');
  set('text', 'text.text');
  set('group', 'group');
  set('display_date', 'display_date');
  set('background', 'background');
  const media: Record<string, string> = {};
  for (const key of ['url', 'credit', 'caption', 'thumbnail', 'alt']) {
    const value = cells.get(`media.${key}`);
    if (value !== undefined) media[key] = value;
  }
  if (Object.keys(media).length > 0) slide.media = media;
  return slide;
}

/** The Year/Month/Day/Time cells (or their End counterparts) → a date, undefined without a year. */
function rowDate(where: string, prefix: string, cells: ReadonlyMap<string, string>, notes: ImportNote[]): TlDate | undefined {
  const year = cells.get(`${prefix}.year`);
  const time = cells.get(`${prefix}.time`);
  if (year === undefined) {
    for (const part of ['month', 'day', 'time']) {
      if (cells.has(`${prefix}.${part}`)) notes.push({ path: csvLocate(where, `${prefix}.${part === 'time' ? 'hour' : part}`), message: `not carried over (there is no ${prefix === 'end_date' ? 'End Year' : 'Year'})` });
    }
    return undefined;
  }
  const date: TlDate = { year };
  const month = cells.get(`${prefix}.month`);
  const day = cells.get(`${prefix}.day`);
  if (month !== undefined) date.month = month;
  if (day !== undefined) date.day = day;
  if (time !== undefined) {
    const clock = parseClockTime(time);
    if (clock) Object.assign(date, clock);
    else notes.push({ path: csvLocate(where, `${prefix}.hour`), message: `${shown(time)} not carried over (not a time of day)` });
  }
  return date;
}
