import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStory } from '../../scripts/dataPipeline';
import { parseDataset } from '../../src/dataset/parse';
import { buildDataset, type StoryFiles } from '../../src/preprocess/build';
import { DataError } from '../../src/preprocess/errors';
import { within } from '../../src/preprocess/eventDate';

const ARTICLE = 'Nav\nThe summit took place in July in Helsinki. "We agree," he said on Tuesday.\nLast year he spoke.';
const META = `id: wire
publisher: Wire
headline: A story
published: "2019-05-14"
furniture:
  dropLines: [Nav]
`;

/** A one-event story whose event block is `event` (YAML, indented as a list item under events:). */
function story(event: string, extra = ''): StoryFiles {
  const annotation = `story: { id: s, title: S, language: en, zone: "+03:00" }
people: [{ id: p, name: P }]
topics: [{ id: t, label: T }]
${extra}events:
${event}`;
  return {
    annotation: { file: 'events.yaml', text: annotation },
    sources: [{ file: 'wire.txt', raw: ARTICLE, metaFile: 'wire.meta.yaml', meta: META }],
  };
}

function failure(files: StoryFiles): DataError {
  try {
    buildDataset(files);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('the build did not fail');
}

describe('building a dataset', () => {
  it('publishes an editor date with the stated words and their resolved date', () => {
    const { dataset } = buildDataset(story('  - { id: e, title: E, summary: S, date: { editor: "2018-07-16", says: July, tense: past, source: wire } }'));
    expect(dataset.events[0]).toMatchObject({
      start: '2018-07-16', dateSource: 'editor', stated: { text: 'July', date: '2018-07', source: 'wire' },
    });
  });

  it('fails when an editor date falls outside the span of the stated date', () => {
    const error = failure(story('  - { id: e, title: E, summary: S, date: { editor: "2018-08-01", says: July, tense: past, source: wire } }'));
    expect(error.file).toBe('events.yaml');
    expect(error.message).toContain('events.e.date.editor');
    expect(error.message).toContain('2018-07');
  });

  it('checks an hour against the part of day the text says', () => {
    expect(within('2019-05-13T20:30+03:00', '2019-05-13T19:00+03:00')).toBe(true);
    expect(within('2019-05-13T09:00+03:00', '2019-05-13T19:00+03:00')).toBe(false);
    expect(within('2019-05-13T09:00+03:00', '2019-05-13')).toBe(true);
    expect(within('2019', '2019-05')).toBe(false);
  });

  it('resolves a text date and marks it as from the text', () => {
    const { dataset } = buildDataset(story('  - { id: e, title: E, summary: S, date: { says: on Tuesday, source: wire } }'));
    expect(dataset.events[0]).toMatchObject({ start: '2019-05-14', dateSource: 'text' });
    expect(dataset.events[0]).not.toHaveProperty('stated');
  });

  it('fails when the stated words are not in the cited source', () => {
    const error = failure(story('  - { id: e, title: E, summary: S, date: { says: next month, source: wire } }'));
    expect(error.message).toContain('"next month" is not in the text of source wire');
  });

  it('locates quotes and records the exact words and offsets', () => {
    const event = `  - id: e
    title: E
    summary: S
    date: { says: Tuesday, source: wire }
    people: [p]
    quotes: [{ id: q, speaker: p, source: wire, text: We agree }]
    mentions: [{ source: wire, text: in Helsinki }]`;
    const { dataset } = buildDataset(story(event));
    const text = dataset.sources[0]?.text ?? '';
    const quote = dataset.events[0]?.quotes[0];
    expect(quote).toMatchObject({ id: 'q', text: 'We agree', speaker: 'p', source: 'wire' });
    expect(text.slice(quote?.start, quote?.end)).toBe('We agree');
  });

  it('gives the editor\'s title, summary and place typographic quotes, and leaves the report\'s words as the report has them', () => {
    const event = `  - id: e
    title: 'Leaders say "we agree"'
    summary: "The summit's word: \\"agree\\"."
    place: "Helsinki's palace"
    date: { says: Tuesday, source: wire }
    people: [p]
    quotes: [{ id: q, speaker: p, source: wire, text: '"We agree," he said' }]`;
    const { dataset } = buildDataset(story(event));
    const e = dataset.events[0]!;
    expect(e.title).toBe('Leaders say “we agree”');
    expect(e.summary).toBe('The summit’s word: “agree”.');
    expect(e.place).toBe('Helsinki’s palace');
    // The quote keeps the report's straight quotes, byte for byte.
    expect(e.quotes[0]!.text).toBe('"We agree," he said');
    expect(dataset.sources[0]!.text).toContain('"We agree," he said on Tuesday.');
  });
  it('fails on an unknown key, naming the file and the key path', () => {
    const error = failure(story('  - { id: e, title: E, summary: S, date: { says: Tuesday, source: wire, tence: past } }'));
    expect(error.file).toBe('events.yaml');
    expect(error.message).toContain('events.e.date: unknown key "tence"');
  });

  it('fails on a YAML syntax error, giving the line', () => {
    const error = failure({ ...story(''), annotation: { file: 'events.yaml', text: 'story: [\n' } });
    expect(error.file).toBe('events.yaml');
    expect(error.message).toMatch(/^line \d+, column \d+: /);
  });

  it('fails on a wrong type, naming the key path', () => {
    const error = failure(story('  - { id: e, title: E, summary: S, people: p, date: { says: Tuesday, source: wire } }'));
    expect(error.message).toMatch(/^events\.e\.people: expected a list/);
  });

  it('fails when a quote speaker is not among the event people', () => {
    const error = failure(story('  - { id: e, title: E, summary: S, date: { says: Tuesday, source: wire }, quotes: [{ id: q, speaker: p, source: wire, text: We agree }] }'));
    expect(error.message).toContain("not in the event's people");
  });

  it('sorts events chronologically, keeping the annotation\'s order for the same date', () => {
    const events = `  - { id: b, title: B, summary: S, date: { says: Tuesday, source: wire } }
  - { id: a, title: A, summary: S, date: { says: Tuesday, source: wire } }
  - { id: c, title: C, summary: S, date: { says: Last year, source: wire } }`;
    expect(buildDataset(story(events)).dataset.events.map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('the Pompeo in Sochi story', () => {
  const { dataset } = buildDataset(readStory(resolve(import.meta.dirname, '../../data')));
  const quotes = dataset.events.flatMap((e) => e.quotes);

  it('builds with at least 20 events and 10 quotes from 5 speakers', () => {
    expect(dataset.events.length).toBeGreaterThanOrEqual(20);
    expect(quotes.length).toBeGreaterThanOrEqual(10);
    expect(new Set(quotes.map((q) => q.speaker)).size).toBeGreaterThanOrEqual(5);
  });

  it('passes the dataset validator', () => {
    const result = parseDataset(JSON.parse(JSON.stringify(dataset)) as unknown);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('is drawn on Moscow time: the annotation\'s story timeZone is published', () => {
    expect(dataset.timeZone).toBe('Europe/Moscow');
    const result = parseDataset(JSON.parse(JSON.stringify(dataset)) as unknown);
    expect(result.ok && result.timeline.timeZone).toBe('Europe/Moscow');
  });

  it('dates the text-dated events from the publication date', () => {
    const start = (id: string) => dataset.events.find((e) => e.id === id)?.start;
    expect(start('claremont-speech')).toBe('2019-05-11');
    expect(start('putin-hypersonic-meeting')).toBe('2019-05-13T19:00+03:00');
    expect(start('putin-receives-pompeo')).toBe('2019-05-14T19:00+03:00');
    expect(dataset.events.find((e) => e.id === 'helsinki-summit')).toMatchObject({
      start: '2018-07-16', dateSource: 'editor', stated: { text: 'July', date: '2018-07', source: 'afp' },
    });
  });

  it('attributes the second "maximum pressure", the one Peskov is quoted with', () => {
    const quote = quotes.find((q) => q.id === 'peskov-maximum-pressure');
    const afp = dataset.sources.find((s) => s.id === 'afp')?.text ?? '';
    expect(afp.slice(0, quote?.start)).toMatch(/what he called Washington's "$/);
  });
});
