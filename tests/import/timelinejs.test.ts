import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/dataset/parse';
import { formatNote } from '../../src/import/report';
import { importTimelineJs } from '../../src/import/timelinejs';
import { NotATimelineError } from '../../src/import/timelinejsRead';

const FIXTURES = join(import.meta.dirname, '../fixtures/timelinejs');
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as unknown;

describe('importTimelineJs on the Helsinki fixture', () => {
  const result = importTimelineJs(fixture('helsinki.json'));
  const { dataset } = result;
  const byId = new Map(dataset.events.map((e) => [e.id, e]));

  it('produces a dataset that parseDataset accepts', () => {
    expect(result.issues).toEqual([]);
    expect(parseDataset(dataset).ok).toBe(true);
  });

  it('takes the title and description from the title slide, as plain text', () => {
    expect(dataset).toMatchObject({
      version: 1,
      id: 'the-helsinki-summit-and-after',
      title: 'The Helsinki summit and after',
      description: 'How the July 2018 meeting & its aftermath unfolded.\n\nCompiled by the politics desk.',
      language: 'en',
      people: [],
    });
  });

  it('keeps each date at its precision, and eras as ranges', () => {
    const dates = dataset.events.map((e) => [e.id, e.start, e.end]);
    expect(dates).toEqual([
      ['interference-alleged', '2016', undefined],
      ['summit-announced', '2018-06', undefined],
      ['the-summit', '2018-07-16', undefined],
      ['reporters-question-both-leaders-at-a-joint-press-conference', '2018-07-16T14:30Z', undefined],
      // 490 BCE in TimelineJS's numbering is ISO's astronomical year -0489.
      ['marathon', '-0489', undefined],
      ['summit-announced-2', '2018-07', '2018-09'],
      ['trump-putin-productive-talks', '2018-07-17', undefined],
      ['talks-stall', '2018-12-01', undefined],
      ['the-campaign', '2016', '2017'],
      ['summer-of-summits', '2018-06', '2018-08'],
    ]);
    expect(dataset.events.every((e) => e.dateSource === 'editor' && e.quotes.length === 0 && e.people.length === 0)).toBe(true);
  });

  it('turns HTML text into plain text and never keeps markup', () => {
    expect(byId.get('trump-putin-productive-talks')).toMatchObject({
      title: 'Trump & Putin: “productive” talks',
      summary: 'The White House calls the talks productive.',
    });
    expect(byId.get('interference-alleged')?.summary).toBe('US agencies say the election was targeted. Read the report.');
    for (const e of dataset.events) expect(`${e.title} ${e.summary}`).not.toMatch(/<|&[a-z]+;/);
  });

  it('makes a title from the text when there is no headline', () => {
    expect(byId.get('reporters-question-both-leaders-at-a-joint-press-conference')?.title).toBe(
      'Reporters question both leaders at a joint press conference in the…',
    );
  });

  it('makes topics from groups, and gives eras the topic "era"', () => {
    expect(dataset.topics).toEqual([
      { id: 'era', label: 'Era' },
      { id: 'investigations', label: 'Investigations' },
      { id: 'diplomacy', label: 'Diplomacy' },
      { id: 'domestic-politics', label: 'Domestic politics' },
    ]);
    expect(byId.get('the-campaign')?.topics).toEqual(['era']);
    expect(byId.get('the-summit')?.topics).toEqual(['diplomacy']);
  });

  it('keeps http(s) media URLs as sources linked to their event, and nothing else', () => {
    expect(dataset.sources).toEqual([
      {
        id: 'media-interference-alleged',
        publisher: 'www.example.com',
        headline: "The agencies' joint statement",
        published: '2016',
        url: 'https://www.example.com/news/2016/interference',
        text: '',
      },
      {
        id: 'media-summit-announced',
        publisher: 'www.youtube.com',
        headline: 'Summit announced',
        published: '2018-06',
        url: 'https://www.youtube.com/watch?v=abc123XYZ',
        text: '',
      },
    ]);
    expect(byId.get('summit-announced')?.mentions).toEqual([{ source: 'media-summit-announced', start: 0, end: 0 }]);
    expect(byId.get('summit-announced-2')?.mentions).toEqual([]);
  });

  it('reports every field it did not carry over, where it stood', () => {
    expect(result.notes.map(formatNote)).toEqual([
      'language: not stated in TimelineJS data; set to "en"',
      'title.media: not carried over (the title slide gives only the title and description)',
      'title.background: not carried over (the title slide gives only the title and description)',
      'events[0].text.text: link to "https://example.com/report" not carried over (the summary is plain text)',
      'events[0].media.credit: not carried over (media credits are not part of the format)',
      'events[1].media.thumbnail: not carried over (thumbnails are not part of the format)',
      'events[2].display_date: not carried over (the app writes each date at its own precision)',
      'events[2].background: not carried over (backgrounds are not part of the format)',
      'events[2].unique_id: "Helsinki Summit" is not an id of lowercase letters, digits and hyphens; the event id is "the-summit"',
      'events[3].start_date.second: not carried over (times are kept to the minute)',
      'events[3].start_date.hour: read as UTC (TimelineJS times carry no time zone)',
      'events[3].text.headline: missing; the title is made from the text: "Reporters question both leaders at a joint press conference in the…"',
      'events[3].media.url: "javascript:alert(document.cookie)" not carried over (only http: and https: links are kept)',
      'events[3].media.caption: not carried over (there is no media link to describe)',
      'events[4].start_date.display_date: not carried over (the app writes each date at its own precision)',
      'events[5].unique_id: "summit-announced" is already the id of events[1]; the event id is "summit-announced-2"',
      'events[5].media.url: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" not carried over (only http: and https: links are kept)',
      'events[6].custom_field: not carried over (not a TimelineJS field)',
      'events[6].autolink: not carried over (the summary is plain text, without links)',
      'events[7].end_date: not carried over (2018-11 is before the start, 2018-12-01)',
    ]);
  });
});

describe('importTimelineJs on edge cases', () => {
  it('reports a cosmological scale and skips what it cannot date', () => {
    const { dataset, notes, issues } = importTimelineJs(fixture('cosmological.json'), { fallbackTitle: 'Deep time' });
    expect(issues).toEqual([]);
    expect(dataset.title).toBe('Deep time');
    expect(dataset.events.map((e) => e.start)).toEqual(['1969-07-20']);
    expect(notes.map(formatNote)).toContain('scale: "cosmological" not carried over (the format has one calendar scale, the Gregorian years 270000 BC – AD 270000)');
    expect(notes.map(formatNote)).toContain(
      'events[0].start_date: event not carried over: year -13800000000 is further than 270000 years from AD 1, beyond what the format can write',
    );
  });

  it('refuses a value that is not a timeline at all', () => {
    expect(() => importTimelineJs([1, 2])).toThrow(NotATimelineError);
    expect(() => importTimelineJs({ title: {} })).toThrow(/"events" should be a list of slides, found nothing/);
  });

  it('reports values of the wrong kind and reads the rest', () => {
    const { dataset, notes, issues } = importTimelineJs({
      events: [
        'not a slide',
        { start_date: { year: 2020 }, text: 'just a string', media: { url: ['x'] }, group: { name: 'x' } },
      ],
      eras: 'none',
      language: 'fr',
    });
    expect(issues).toEqual([]);
    expect(dataset.events).toHaveLength(1);
    expect(notes.map(formatNote)).toEqual([
      'language: not carried over (not a TimelineJS field)',
      'language: not stated in TimelineJS data; set to "en"',
      'title: no title slide; the dataset is titled "Imported timeline"',
      'events[0]: not carried over (expected a slide object, found a string)',
      'events[1].text: not carried over (expected an object, found a string)',
      'events[1].media.url: not carried over (expected text or a number, found a list)',
      'events[1].group: not carried over (expected text or a number, found an object)',
      'events[1].text.headline: missing, and there is no text; the title is "Untitled (2020)"',
      'eras: not carried over (expected a list, found a string)',
    ]);
  });

  it('lets a unique_id keep its id even when an earlier slide slugs to it', () => {
    const { dataset } = importTimelineJs({
      events: [
        { start_date: { year: 2020 }, text: { headline: 'Vote' } },
        { start_date: { year: 2021 }, text: { headline: 'Recount' }, unique_id: 'vote' },
      ],
    });
    expect(dataset.events.map((e) => [e.id, e.title])).toEqual([
      ['vote-2', 'Vote'],
      ['vote', 'Recount'],
    ]);
  });

  it('shares one source between slides with the same media URL, and one topic per group label', () => {
    const slide = (year: number, group: string) => ({
      start_date: { year },
      text: { headline: `Year ${year}` },
      group,
      media: { url: 'https://example.com/a' },
    });
    const { dataset, issues } = importTimelineJs({ events: [slide(2001, 'Law & order'), slide(2002, 'Law &amp; order'), slide(2003, 'law-order')] });
    expect(issues).toEqual([]);
    expect(dataset.sources.map((s) => s.id)).toEqual(['media-year-2001']);
    expect(dataset.events.map((e) => e.mentions[0]?.source)).toEqual(['media-year-2001', 'media-year-2001', 'media-year-2001']);
    expect(dataset.topics).toEqual([
      { id: 'law-order', label: 'Law & order' },
      { id: 'law-order-2', label: 'law-order' },
    ]);
  });

  it('keeps an era without an end as a single date, saying so', () => {
    const { dataset, notes } = importTimelineJs({ events: [], eras: [{ start_date: { year: 1990 }, text: { headline: 'Nineties' } }] });
    expect(dataset.events).toMatchObject([{ id: 'nineties', start: '1990', topics: ['era'] }]);
    expect(notes.map(formatNote)).toContain('eras[0].end_date: missing (an era has one); the era is kept as a single date');
  });

  it('cuts an over-long headline to the format limit', () => {
    const { dataset, notes, issues } = importTimelineJs({ title: { text: { headline: 'T' } }, events: [{ start_date: { year: 2020 }, text: { headline: 'word '.repeat(200) } }] });
    expect(issues).toEqual([]);
    expect(dataset.events[0]?.title.length).toBeLessThanOrEqual(500);
    expect(notes.map(formatNote)).toContain('events[0].text.headline: cut to 500 characters, the longest title the format allows');
  });
});

describe('importTimelineJs notes on text that is not carried over', () => {
  it('reports links in the title slide text and captions of a media URL already used', () => {
    const { notes } = importTimelineJs({
      title: { text: { headline: 'T', text: '<p>See <a href="https://example.com/about">about</a></p>' } },
      events: [
        { start_date: { year: 2001 }, text: { headline: 'A' }, media: { url: 'https://example.com/v', caption: 'First' } },
        { start_date: { year: 2002 }, text: { headline: 'B' }, media: { url: 'https://example.com/v', caption: 'Second' } },
      ],
    });
    expect(notes.map(formatNote)).toEqual([
      'language: not stated in TimelineJS data; set to "en"',
      'title.text.text: link to "https://example.com/about" not carried over (the description is plain text)',
      'events[1].media.caption: not carried over (this media URL is already a source, made from an earlier slide)',
    ]);
  });
});
