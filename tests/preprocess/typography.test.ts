import { describe, expect, it } from 'vitest';
import { typographic } from '../../src/preprocess/typography';

describe('typographic quotes for editor-written text', () => {
  it('curls double quotes and apostrophes in English (en-GB and en-US alike)', () => {
    expect(typographic('Pompeo tweets about finding "a way forward"', 'en-GB')).toBe('Pompeo tweets about finding “a way forward”');
    expect(typographic("Trump's \"phenomenal\" call", 'en')).toBe('Trump’s “phenomenal” call');
    expect(typographic('"Quote first" then text', 'en-US')).toBe('“Quote first” then text');
  });
  it('nests the inner quotes', () => {
    expect(typographic('He said "they called it "a deal" at once"', 'en-GB')).toBe('He said “they called it ‘a deal’ at once”');
  });
  it('follows the language’s own marks', () => {
    expect(typographic('Il dit "bonjour" à l\'homme', 'fr')).toBe('Il dit «\u202fbonjour\u202f» à l’homme');
    expect(typographic('Er sagte "ja"', 'de-DE')).toBe('Er sagte „ja“');
    expect(typographic('Он сказал "да"', 'ru')).toBe('Он сказал «да»');
  });
  it('leaves languages without rules as written (a Hebrew gershayim is not a quote)', () => {
    expect(typographic('צה"ל והנאט"ו', 'he')).toBe('צה"ל והנאט"ו');
    expect(typographic('قال "نعم"', 'ar')).toBe('قال "نعم"');
  });
  it('treats the text as plain text, never HTML', () => {
    expect(typographic('AT&amp;T &nbsp; "<b>"', 'en')).toBe('AT&amp;T &nbsp; “<b>”');
  });
  it('returns text without straight quotes untouched', () => {
    const text = 'Already “curly” and ‘single’ — with  two spaces\n\nand paragraphs';
    expect(typographic(text, 'en-GB')).toBe(text);
  });
});
