import { describe, expect, it } from 'vitest';
import { UnreadableError, formOf, importTimelineJsText } from '../../src/import/importText';

describe('formOf', () => {
  it('goes by the extension, then by the first character', () => {
    expect(formOf('a.JSON', 'Year')).toBe('json');
    expect(formOf('a.csv', '{')).toBe('csv');
    expect(formOf('export', '\ufeff  {"events": []}')).toBe('json');
    expect(formOf('export.txt', 'Year,Month')).toBe('csv');
  });
});

describe('importTimelineJsText', () => {
  it('reads JSON with a byte order mark', () => {
    const r = importTimelineJsText('t.json', '\ufeff{"events": [{"start_date": {"year": 2020}, "text": {"headline": "A"}}]}');
    expect(r.dataset.events.map((e) => e.id)).toEqual(['a']);
  });
  it('turns every way of being unreadable into UnreadableError', () => {
    expect(() => importTimelineJsText('t.json', '{')).toThrow(UnreadableError);
    expect(() => importTimelineJsText('t.json', '"text"')).toThrow(/^not TimelineJS data/);
    expect(() => importTimelineJsText('t.csv', 'Year\r\n"2020')).toThrow(/^not readable CSV: line 2/);
    expect(() => importTimelineJsText('t.csv', 'Date\r\n2020')).toThrow(/^not TimelineJS data: .*"Year"/);
  });
});
