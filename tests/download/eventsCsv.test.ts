import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawEvent } from '../../src/dataset/raw';
import { guardFormula } from '../../src/download/csvCell';
import { BOM, eventsCsv, eventsCsvFile } from '../../src/download/eventsCsv';
import { parseCsv } from '../../src/import/csv';
import { SAMPLE, timelineOf } from './sample';
import { PROPERTY_TIMEOUT_MS } from '../propertyRuns';

const HEADER = 'id,start,end,date_source,title,place,summary,people,topics,quotes\r\n';

describe('eventsCsv', () => {
  const timeline = timelineOf(SAMPLE);

  it('writes a header and one CRLF-terminated row per event, in timeline order', () => {
    const text = eventsCsv(timeline);
    expect(text.startsWith(HEADER)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text).map((row) => row[0])).toEqual(['id', 'old-context', 'follow-up', 'sochi-meeting']);
  });

  it('quotes fields per RFC 4180 and resolves people and topics to names', () => {
    const row = eventsCsv(timeline, new Set(['sochi-meeting'])).slice(HEADER.length);
    expect(row).toBe(
      'sochi-meeting,2019-05-14T18:00+03:00,,text,Putin meets Pompeo,Sochi,"A long meeting,\r\nthen a press conference.",' +
        'Vladimir Putin; Mike Pompeo,"Diplomacy; Trade, tariffs",1\r\n',
    );
  });

  it('guards cells a spreadsheet would run as formulas', () => {
    const rows = parseCsv(eventsCsv(timeline));
    expect(rows[1]).toEqual(['old-context', '2018', '', 'editor', `'-5% growth, "worst" year`, '', `'=HYPERLINK("https://evil.example","click")`, '', '', '0']);
    expect(rows[2]?.[6]).toBe("'@channel: talks continue");
    for (const text of ['=1+1', '+1', '-1', '@x', '\tx', '\rx']) expect(guardFormula(text)).toBe(`'${text}`);
    for (const text of ['1+1', 'a=b', " '=x", '']) expect(guardFormula(text)).toBe(text);
  });

  it('keeps only the events asked for', () => {
    expect(eventsCsv(timeline, new Set())).toBe(HEADER);
    expect(parseCsv(eventsCsv(timeline, new Set(['follow-up', 'no-such-event']))).map((r) => r[0])).toEqual(['id', 'follow-up']);
  });

  it('gives back every title through parseCsv', () => {
    const char = fc.constantFrom('a', 'Z', ' ', ',', '"', "'", '\r', '\n', '\t', '=', '+', '-', '@', 'é', '😀', '\u2028');
    const title = fc.oneof(fc.string({ unit: char, maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }));
    fc.assert(
      fc.property(fc.array(title, { minLength: 1, maxLength: 8 }), (titles) => {
        const events: RawEvent[] = titles.map((t, i) => ({
          id: `e${i}`, title: t, summary: '', start: `${2000 + i}`, dateSource: 'editor', topics: [], people: [], quotes: [], mentions: [],
        }));
        const t = timelineOf({ ...SAMPLE, events });
        const rows = parseCsv(eventsCsv(t));
        expect(rows.slice(1).map((row) => row[4])).toEqual(t.events.map((e) => guardFormula(e.title)));
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('writes the file with a UTF-8 byte order mark, so spreadsheets read "Guaidó" as UTF-8', () => {
    const file = eventsCsvFile(timeline, new Set(['follow-up']));
    expect(file).toBe(BOM + eventsCsv(timeline, new Set(['follow-up'])));
    expect([...new TextEncoder().encode(file).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
