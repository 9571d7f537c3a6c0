import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../src/app/locale';

describe('the locale for dates', () => {
  it('is the reader’s own variant of the story’s language', () => {
    expect(pickLocale(['en-GB', 'fr'], 'en')).toBe('en-GB');
    expect(pickLocale(['fr-FR', 'en-AU'], 'en')).toBe('en-AU');
  });
  it('is the story’s language when the reader reads another one', () => {
    expect(pickLocale(['de-DE'], 'en')).toBe('en');
    expect(pickLocale([], 'fr')).toBe('fr');
  });
  it('survives a broken tag', () => {
    expect(pickLocale(['en-@@'], 'en')).toBe('en');
  });
});
