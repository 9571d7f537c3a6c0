import { describe, expect, it } from 'vitest';
import { formatIssue, parseDataset } from '../../src/dataset/parse';
import {
  MAX_EVENTS, MAX_ISSUES, MAX_QUOTES_PER_EVENT, MAX_SOURCES, MAX_STRING_CHARS, MAX_TITLE_CHARS,
} from '../../src/dataset/limits';
import { fixture, problems, withValue, withValues, without } from './helpers';
import { isTimelineJs, TIMELINEJS_MESSAGE } from '../../src/dataset/read/timelineJsShape';
import { readFileSync } from 'node:fs';

describe('parseDataset: dates without a time are the story\'s (its timeZone\'s) days', () => {
  it('in a Moscow story, 14 May runs from midnight to midnight in Moscow, and so does the view', () => {
    const result = parseDataset(withValues({ timeZone: 'Europe/Moscow', view: { start: '2019-05-13', end: '2019-05-14' } }));
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    const sochi = result.timeline.eventById.get('sochi-talks')!;
    expect([sochi.t0, sochi.t1]).toEqual([Date.UTC(2019, 4, 13, 21), Date.UTC(2019, 4, 14, 21)]);
    expect(sochi.start.offsetMinutes).toBe(180);
    expect(result.timeline.view?.start.from).toBe(Date.UTC(2019, 4, 12, 21));
    expect(result.timeline.view?.end.to).toBe(Date.UTC(2019, 4, 14, 21));
  });
});

describe('parseDataset: a TimelineJS file', () => {
  const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

  it('is named as one, with the import that converts it, rather than as two dozen missing fields', () => {
    for (const file of ['../fixtures/edges/bce-timelinejs.json', '../fixtures/edges/html-in-text-timelinejs.json']) {
      const result = parseDataset(read(file));
      expect(result.ok, file).toBe(false);
      if (!result.ok) expect(result.issues, file).toEqual([{ path: '(file)', message: TIMELINEJS_MESSAGE }]);
    }
    // A title slide alone (no events yet) is TimelineJS too.
    expect(parseDataset({ title: { text: { headline: 'Rome' } }, events: [] })).toEqual({ ok: false, issues: [{ path: '(file)', message: TIMELINEJS_MESSAGE }] });
  });

  it('a dataset missing its version or with wrong fields is still read as a dataset, problem by problem', () => {
    const noVersion = without('version');
    const result = parseDataset(noVersion);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual(['version']);
    expect(isTimelineJs({ version: 1, events: [{ start_date: {} }] })).toBe(false);
    expect(isTimelineJs({ events: [{ id: 'a', title: 'A', start: '2019' }] })).toBe(false);
    expect(isTimelineJs({ events: 'x', title: 'Rome' })).toBe(false);
  });
});

describe('parseDataset: a valid dataset', () => {
  it('parses the minimal fixture into a timeline with events sorted by start, end, then id', () => {
    const result = parseDataset(fixture());
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    const t = result.timeline;
    expect(t.events.map((e) => e.id)).toEqual(['strained-relations', 'arms-control-talks', 'sochi-talks']);
    expect(t.events.map((e) => e.start.precision)).toEqual(['year', 'month', 'day']);
    const range = t.eventById.get('arms-control-talks');
    expect(range?.t0).toBe(Date.UTC(2019, 2, 1));
    expect(range?.t1).toBe(Date.UTC(2019, 4, 1)); // the inclusive end month April runs to 1 May
    expect(t.eventById.get('sochi-talks')?.t1).toBe(Date.UTC(2019, 4, 15));
    expect(t.sourceById.get('wire-2019-05-14')?.url).toBe('https://example.com/wire/sochi');
    expect(t.personById.get('sam-roe')?.aliases).toEqual(['Samuel Roe']);
    expect(t.topicById.get('arms-control')?.label).toBe('Arms control');
    expect({ from: t.view?.start.from, to: t.view?.end.to }).toEqual({ from: Date.UTC(2018, 0, 1), to: Date.UTC(2020, 0, 1) });
    expect(t.eventById.get('sochi-talks')?.stated?.date.precision).toBe('day');
    expect(t.events.flatMap((e) => e.quotes.map((q) => q.id)).sort()).toEqual(['q-dialogue', 'q-difficult-year', 'q-way-forward']);
  });

  it('keeps the file\'s order for events with the same span, whatever their ids', () => {
    const d = fixture();
    const twin = { ...structuredClone(d.events[0]!), id: 'a-second', quotes: [] };
    withValue('events[0].id', 'b-first', d);
    withValue('events[3]', twin, d);
    const result = parseDataset(d);
    expect(result.ok && result.timeline.events.slice(-2).map((e) => e.id)).toEqual(['b-first', 'a-second']);
  });

  it('orders a longer event after a shorter one starting at the same time', () => {
    const d = withValues({ 'events[1].start': '2019-05', 'events[1].end': '2019-05', 'events[0].start': '2019-05-01' });
    const result = parseDataset(d);
    expect(result.ok && result.timeline.events.map((e) => e.id)).toEqual(['strained-relations', 'sochi-talks', 'arms-control-talks']);
  });

  it('ignores unknown extra fields and leaves them out of the model', () => {
    const d = withValue('events[0].colour', 'red');
    const result = parseDataset(withValue('extra', { anything: [1, 2] }, d));
    expect(result.ok && 'colour' in (result.timeline.eventById.get('sochi-talks') ?? {})).toBe(false);
  });

  it('accepts an end in the same month as a month start: spans are compared, not instants', () => {
    expect(problems(withValue('events[1].end', '2019-03-01'))).toEqual([]);
  });

  it('accepts date-times with a zone, and a source published at a time', () => {
    expect(problems(withValues({ 'events[0].start': '2019-05-14T18:00+03:00', 'events[0].stated.date': '2019-05-14T18:00Z' }))).toEqual([]);
  });

  it('formats an issue as `path: message`', () => {
    expect(formatIssue({ path: 'events[3].start', message: '"2019-13-45" is not a calendar date' }))
      .toBe('events[3].start: "2019-13-45" is not a calendar date');
  });
});

describe('parseDataset: types and required fields', () => {
  it('says what was expected and what was found', () => {
    expect(problems(withValue('events[0].title', 42))).toEqual(['events[0].title: expected a string, found a number']);
    expect(problems(withValue('events[0].topics', 'diplomacy'))).toEqual(['events[0].topics: expected an array, found a string']);
    expect(problems(withValue('sources[1]', null))).toContain('sources[1]: expected an object, found null');
  });

  it('reports a missing required field', () => {
    expect(problems(without('events[0].summary'))).toEqual(['events[0].summary: is missing (expected a string)']);
    expect(problems(without('people[1].name'))).toEqual(['people[1].name: is missing (expected a string)']);
  });

  it('reports a root that is not an object', () => {
    expect(problems([])).toEqual(['(root): expected an object (the dataset), found an array']);
    expect(problems('{"version":1}')).toEqual(['(root): expected an object (the dataset), found a string']);
    expect(problems(null)).toEqual(['(root): expected an object (the dataset), found null']);
  });

  it('reports all problems, not just the first', () => {
    const lines = problems(withValues({
      'events[0].start': '2019-13-45',
      'events[2].title': '',
      language: 'english',
      'events[2].summary': false,
    }));
    expect(lines).toEqual([
      'language: "english" is not a BCP 47 language tag such as "en" or "pt-BR"',
      'events[0].start: "2019-13-45" is not a calendar date',
      'events[2].summary: expected a string, found a boolean',
    ]);
  });

  it('reads only own fields: a `__proto__` key neither supplies a field nor pollutes Object.prototype', () => {
    const d = JSON.parse(JSON.stringify(fixture()).replace('"title":"Officials meet in Sochi","summary"', '"__proto__":{"title":"x","polluted":true},"summary"'));
    expect(problems(d)).toEqual(['events[0].title: is missing (expected a string)']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not take a field from a polluted prototype', () => {
    const d = without('sources[0].url');
    Object.defineProperty(Object.prototype, 'url', { value: 'javascript:alert(1)', configurable: true });
    try {
      const result = parseDataset(d);
      expect(result.ok && result.timeline.sourceById.get('wire-2019-05-14')?.url).toBeUndefined();
    } finally {
      delete (Object.prototype as Record<string, unknown>).url;
    }
  });
});

describe('parseDataset: version, language, dateSource, url', () => {
  it('reads only version 1', () => {
    expect(problems(withValue('version', 2))).toEqual(['version: version 2 is not supported: this app reads version 1']);
    expect(problems(withValue('version', '1'))).toEqual(['version: expected the number 1, found a string']);
    expect(problems(without('version'))).toEqual(['version: is missing (expected the number 1)']);
  });

  it('wants a plausible BCP 47 language tag', () => {
    expect(problems(withValue('language', 'pt-BR'))).toEqual([]);
    expect(problems(withValue('language', 'zh-Hant-TW'))).toEqual([]);
    expect(problems(withValue('language', 'en_GB'))).toEqual(['language: "en_GB" is not a BCP 47 language tag such as "en" or "pt-BR"']);
  });

  it('wants dateSource "text" or "editor"', () => {
    expect(problems(withValue('events[1].dateSource', 'wire'))).toEqual(['events[1].dateSource: expected "text" or "editor", found "wire"']);
    expect(problems(withValue('events[1].dateSource', 1))).toEqual(['events[1].dateSource: expected "text" or "editor", found a number']);
  });

  it('accepts only absolute http: and https: source URLs, and normalises them', () => {
    expect(problems(withValue('sources[0].url', 'javascript:alert(1)'))).toEqual([
      'sources[0].url: "javascript:alert(1)" is not an absolute http: or https: URL',
    ]);
    expect(problems(withValue('sources[0].url', '/relative/path'))).toEqual(['sources[0].url: "/relative/path" is not an absolute http: or https: URL']);
    const result = parseDataset(withValue('sources[0].url', 'HTTPS://Example.COM/a b'));
    expect(result.ok && result.timeline.sources[0]?.url).toBe('https://example.com/a%20b');
  });
});

describe('parseDataset: dates', () => {
  it('reports an impossible date with the date parser\'s sentence', () => {
    expect(problems(withValue('events[0].start', '2019-13-45'))).toEqual(['events[0].start: "2019-13-45" is not a calendar date']);
    expect(problems(withValue('sources[1].published', '15 May 2019'))).toEqual([
      'sources[1].published: "15 May 2019" is not an ISO date such as "2019", "2019-05", "2019-05-14", "2019-05-14T18:00Z" or "-0043-03-15" (44 BC)',
    ]);
  });

  it('reports an end before the start, comparing spans', () => {
    expect(problems(withValues({ 'events[1].start': '2019-05-14', 'events[1].end': '2019-05-01' }))).toEqual([
      'events[1].end: ends (2019-05-01) before it starts (2019-05-14)',
    ]);
    expect(problems(withValue('events[1].end', '2019-02'))).toEqual(['events[1].end: ends (2019-02) before it starts (2019-03)']);
  });

  it('reports a view that ends before it starts', () => {
    expect(problems(withValue('view', { start: '2019-05', end: '2018' }))).toEqual(['view.end: ends (2018) before it starts (2019-05)']);
    expect(problems(withValue('view', { start: '2019' }))).toEqual(['view.end: is missing (expected a string)']);
  });

  it('wants a valid stated date', () => {
    expect(problems(withValue('events[0].stated.date', '2019-02-30'))).toEqual(['events[0].stated.date: "2019-02-30" is not a calendar date']);
  });
});

describe('parseDataset: ids', () => {
  it('wants event ids fit for URLs', () => {
    expect(problems(withValue('events[0].id', 'Sochi Talks'))).toEqual([
      'events[0].id: "Sochi Talks" is not a valid event id: use lowercase letters, digits and hyphens, starting with a letter or digit (event ids go into URLs)',
    ]);
    expect(problems(withValue('events[0].id', '-sochi'))).toHaveLength(1);
  });

  it('wants every id non-empty and at most 200 characters', () => {
    expect(problems(withValue('topics[0].id', ''))).toContain('topics[0].id: is empty: an id needs at least one character');
    expect(problems(withValue('events[2].quotes[0].id', 'q'.repeat(201)))).toEqual([
      'events[2].quotes[0].id: is 201 characters long; the limit is 200',
    ]);
  });

  it('reports duplicate ids in sources, people, topics and events, naming the first use', () => {
    expect(problems(withValue('sources[1].id', 'wire-2019-05-14'))).toContain(
      'sources[1].id: duplicate id "wire-2019-05-14" (first used at sources[0])',
    );
    expect(problems(withValue('people[1]', { id: 'alex-doe', name: 'Alex Doe' }))).toContain(
      'people[1].id: duplicate id "alex-doe" (first used at people[0])',
    );
    expect(problems(withValue('topics[1].id', 'diplomacy'))).toContain('topics[1].id: duplicate id "diplomacy" (first used at topics[0])');
    expect(problems(withValue('events[2].id', 'sochi-talks'))).toEqual(['events[2].id: duplicate id "sochi-talks" (first used at events[0])']);
  });

  it('reports duplicate quote ids across events', () => {
    expect(problems(withValue('events[2].quotes[0].id', 'q-dialogue'))).toEqual([
      'events[2].quotes[0].id: duplicate id "q-dialogue" (first used at events[0].quotes[1])',
    ]);
  });
});

describe('parseDataset: references', () => {
  it('reports a quote speaker who is not in people', () => {
    expect(problems(withValue('events[0].quotes[1].speaker', 'nobody'))).toEqual([
      'events[0].quotes[1].speaker: unknown person "nobody": no entry in people has this id',
    ]);
  });

  it('reports quote, mention and stated-date sources that are not in sources', () => {
    expect(problems(withValue('events[1].mentions[0].source', 'gone'))).toEqual([
      'events[1].mentions[0].source: unknown source "gone": no entry in sources has this id',
    ]);
    expect(problems(withValue('events[0].stated.source', 'gone'))).toEqual([
      'events[0].stated.source: unknown source "gone": no entry in sources has this id',
    ]);
    expect(problems(withValue('events[0].quotes[0].source', 'gone'))).toEqual([
      'events[0].quotes[0].source: unknown source "gone": no entry in sources has this id',
    ]);
  });

  it('reports event topics and people that do not exist', () => {
    expect(problems(withValue('events[2].topics', ['diplomacy', 'economy']))).toEqual([
      'events[2].topics[1]: unknown topic "economy": no entry in topics has this id',
    ]);
    expect(problems(withValue('events[0].people[1]', 'sam-rowe'))).toEqual([
      'events[0].people[1]: unknown person "sam-rowe": no entry in people has this id',
    ]);
  });
});

describe('parseDataset: offsets', () => {
  it('wants whole numbers', () => {
    expect(problems(withValue('events[1].mentions[0].start', 1.5))).toEqual(['events[1].mentions[0].start: expected a whole number, found 1.5']);
    expect(problems(withValue('events[1].mentions[0].end', '12'))).toEqual(['events[1].mentions[0].end: expected a whole number, found a string']);
  });

  it('wants 0 ≤ start ≤ end ≤ the length of the source text', () => {
    expect(problems(withValue('events[1].mentions[0].start', -1))).toEqual(['events[1].mentions[0].start: is negative (-1): offsets count from 0']);
    expect(problems(withValues({ 'events[1].mentions[0].start': 20, 'events[1].mentions[0].end': 10 }))).toEqual([
      'events[1].mentions[0].end: 10 is less than start (20)',
    ]);
    const length = fixture().sources[1]!.text.length;
    expect(problems(withValue('events[1].mentions[0].end', length + 1))).toEqual([
      `events[1].mentions[0].end: ${length + 1} is past the end of source "daily-2019-05-15", whose text is ${length} characters long`,
    ]);
  });

  it('wants a quote to be exactly the source text at its offsets, and shows what is there', () => {
    const { start, end } = fixture().events[0]!.quotes[0]!;
    expect(problems(withValue('events[0].quotes[0].start', start + 1))).toEqual([
      `events[0].quotes[0].text: does not match source "wire-2019-05-14" at ${start + 1}–${end}, which reads "e want a way forward,"`,
    ]);
  });

  it('cuts the text shown for a mismatch to 60 characters', () => {
    const d = withValues({ 'events[0].quotes[0].start': 0, 'events[0].quotes[0].end': 100 });
    const shown = JSON.stringify(fixture().sources[0]!.text.slice(0, 60) + '…');
    expect(problems(d)).toEqual([`events[0].quotes[0].text: does not match source "wire-2019-05-14" at 0–100, which reads ${shown}`]);
  });
});

describe('parseDataset: limits', () => {
  it(`accepts at most ${MAX_EVENTS.toLocaleString('en')} events`, () => {
    const lines = problems(withValue('events', new Array(MAX_EVENTS + 1).fill(null)));
    expect(lines).toContain('events: has 200,001 events; the limit is 200,000');
  });

  it(`accepts at most ${MAX_SOURCES.toLocaleString('en')} sources`, () => {
    const d = fixture();
    const extra = Array.from({ length: MAX_SOURCES }, (_, i) => ({ ...d.sources[1]!, id: `extra-${i}` }));
    expect(problems(withValue('sources', [...d.sources, ...extra], d))).toEqual(['sources: has 1,002 sources; the limit is 1,000']);
  });

  it(`accepts at most ${MAX_QUOTES_PER_EVENT} quotes per event`, () => {
    const d = fixture();
    const q = d.events[2]!.quotes[0]!;
    const quotes = Array.from({ length: MAX_QUOTES_PER_EVENT + 1 }, (_, i) => ({ ...q, id: `q-${i}` }));
    expect(problems(withValue('events[2].quotes', quotes, d))).toEqual(['events[2].quotes: has 101 quotes; the limit is 100']);
  });

  it(`accepts strings up to ${MAX_STRING_CHARS.toLocaleString('en')} characters, titles up to ${MAX_TITLE_CHARS}`, () => {
    expect(problems(withValue('events[0].summary', 'x'.repeat(MAX_STRING_CHARS + 1)))).toEqual([
      'events[0].summary: is 1,000,001 characters long; the limit is 1,000,000',
    ]);
    expect(problems(withValue('events[0].title', 'x'.repeat(MAX_TITLE_CHARS + 1)))).toEqual([
      'events[0].title: is 501 characters long; the limit is 500',
    ]);
  });

  it(`lists at most ${MAX_ISSUES.toLocaleString('en')} problems, then says how many more there were`, () => {
    const result = parseDataset(withValue('events', new Array(1_500).fill(7)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(MAX_ISSUES + 1);
    expect(result.issues[0]).toEqual({ path: 'events[0]', message: 'expected an object, found a number' });
    expect(result.issues.at(-1)).toEqual({
      path: '(root)',
      message: '500 more problems were found but not listed (only the first 1,000 are shown)',
    });
  });
});

describe('parseDataset: never throws', () => {
  it('returns problems for values JSON cannot even produce', () => {
    const hostile = new Proxy({}, { getOwnPropertyDescriptor: () => { throw new Error('trap'); } });
    expect(parseDataset(hostile)).toEqual({ ok: false, issues: [{ path: '(root)', message: 'could not be read: trap' }] });
    expect(problems(Symbol('x'))).toEqual(['(root): expected an object (the dataset), found a value of type symbol']);
    expect(problems(undefined)).toEqual(['(root): is missing (expected an object (the dataset))']);
  });
});
