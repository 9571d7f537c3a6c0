import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/dataset/parse';
import { CsvError } from '../../src/import/csv';
import { formatNote } from '../../src/import/report';
import { importTimelineJsCsv } from '../../src/import/timelinejsCsv';
import { NotATimelineError } from '../../src/import/timelinejsRead';

const csv = readFileSync(join(import.meta.dirname, '../fixtures/timelinejs/helsinki.csv'), 'utf8');
const HEADER = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

describe('importTimelineJsCsv on the Helsinki template fixture', () => {
  const result = importTimelineJsCsv(csv);
  const { dataset } = result;

  it('produces a dataset that parseDataset accepts', () => {
    expect(result.issues).toEqual([]);
    expect(parseDataset(dataset).ok).toBe(true);
  });

  it('reads the title row, quoted commas and quoted line breaks', () => {
    expect(dataset.title).toBe('Helsinki, 2018');
    expect(dataset.description).toBe('A timeline of the summit, from the announcement to the fallout.');
    expect(dataset.events.map((e) => [e.id, e.title, e.start, e.end ?? null, e.summary])).toEqual([
      ['summit-announced-date-set', 'Summit announced, date set', '2018-06', null, 'Both governments confirm a meeting.'],
      ['press-conference', 'Press conference', '2018-07-16T14:30Z', null, 'First paragraph.\n\nSecond, "quoted" paragraph.'],
      ['dinner', 'Dinner', '2018-07-16', null, 'Leaders dine together.'],
      ['two-day-fallout', 'Two-day fallout', '2018-07-20T09:15Z', '2018-07-21', 'Line one\nline two, with a comma'],
      ['summer-of-summits', 'Summer of summits', '2018-06', '2018-08', ''],
    ]);
  });

  it('makes sources of http(s) Media with the caption as headline', () => {
    expect(dataset.sources.map((s) => [s.url, s.headline, s.publisher])).toEqual([
      ['https://www.example.com/news/summit-announced', 'Announcement, June 28', 'www.example.com'],
      ['https://example.org/fallout', 'Two-day fallout', 'example.org'],
    ]);
  });

  it('reports in spreadsheet terms: row and column', () => {
    expect(result.notes.map(formatNote)).toEqual([
      'language: not stated in TimelineJS data; set to "en"',
      'row 3, Media Credit: not carried over (media credits are not part of the format)',
      'row 4, Time: read as UTC (TimelineJS times carry no time zone)',
      'row 4, Background: not carried over (backgrounds are not part of the format)',
      'row 5, Time: "noonish" not carried over (not a time of day)',
      'row 5, Media: "javascript:alert(1)" not carried over (only http: and https: links are kept)',
      'row 8, Month: not carried over (there is no Year)',
      'row 8, Day: not carried over (there is no Year)',
      'row 8, Year: event not carried over: has no start date',
      'row 9, Time: read as UTC (TimelineJS times carry no time zone)',
      'row 9, Display Date: not carried over (the app writes each date at its own precision)',
      'row 9, Media Thumbnail: not carried over (thumbnails are not part of the format)',
    ]);
  });
});

describe('importTimelineJsCsv on edge cases', () => {
  it('matches headers regardless of case and spacing, and reports unknown columns and types', () => {
    const text = ' year ,HEADLINE,Notes,Type\r\n2020,A,internal,\r\n2021,B,,title\r\n2022,C,,milestone\r\n2023,D,,title\r\n';
    const { dataset, notes, issues } = importTimelineJsCsv(text, { fallbackTitle: 'fallback' });
    expect(issues).toEqual([]);
    expect(dataset.title).toBe('B');
    expect(dataset.events.map((e) => e.title)).toEqual(['A', 'C', 'D']);
    expect(notes.map(formatNote)).toEqual([
      'column "Notes": not carried over (not a column of the TimelineJS template)',
      'language: not stated in TimelineJS data; set to "en"',
      'row 3, Year: not carried over (the title slide gives only the title and description)',
      'row 4, Type: "milestone" is not a TimelineJS type; the row is read as an event',
      'row 5, Type: a second title slide; the row is read as an event',
    ]);
  });

  it('reports cells past the last column', () => {
    const { notes } = importTimelineJsCsv('Year,Headline\r\n2020,A,stray\r\n');
    expect(notes.map(formatNote)).toContain('row 2: "stray" in cell 3, past the last column, not carried over');
  });

  it('refuses a file that is not the template, or not CSV', () => {
    expect(() => importTimelineJsCsv('Date,Title\r\n2020,A\r\n')).toThrow(NotATimelineError);
    expect(() => importTimelineJsCsv('')).toThrow(NotATimelineError);
    expect(() => importTimelineJsCsv(`${HEADER}\r\n2020,"unclosed`)).toThrow(CsvError);
  });
});
