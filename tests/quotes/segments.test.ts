import { describe, expect, it } from 'vitest';
import { segments } from '../../src/quotes/segments';

const text = 'First para with a quote here.\n\nSecond para mentions Sochi.';

describe('segments of an article', () => {
  it('keeps paragraphs and covers the text in order when nothing is marked', () => {
    const p = segments(text, []);
    expect(p.map((runs) => runs.map((r) => r.text).join(''))).toEqual(['First para with a quote here.', 'Second para mentions Sochi.']);
  });
  it('marks a quote at its UTF-16 offsets', () => {
    const start = text.indexOf('a quote');
    const p = segments(text, [{ start, end: start + 7, kind: 'quote', id: 'q1' }]);
    const marked = p[0]!.filter((r) => r.mark);
    expect(marked).toEqual([{ text: 'a quote', start, mark: { start, end: start + 7, kind: 'quote', id: 'q1' } }]);
  });
  it('marks mentions in other paragraphs, and lets a quote win where they overlap', () => {
    const s = text.indexOf('Sochi');
    const q = text.indexOf('quote');
    const p = segments(text, [
      { start: q - 2, end: q + 5, kind: 'mention' },
      { start: q, end: q + 5, kind: 'quote' },
      { start: s, end: s + 5, kind: 'mention' },
    ]);
    expect(p[0]!.filter((r) => r.mark).map((r) => [r.text, r.mark!.kind])).toEqual([['a ', 'mention'], ['quote', 'quote']]);
    expect(p[1]!.filter((r) => r.mark).map((r) => r.text)).toEqual(['Sochi']);
  });
  it('ignores ranges outside the text', () => {
    expect(segments('abc', [{ start: 2, end: 10, kind: 'quote' }]).flat().every((r) => !r.mark)).toBe(true);
  });
});
