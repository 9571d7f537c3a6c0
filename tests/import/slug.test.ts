import { describe, expect, it } from 'vitest';
import { SLUG, claimUnique, slugify } from '../../src/import/slug';

describe('slugify', () => {
  it('makes a lowercase hyphenated id', () => {
    expect(slugify('Putin meets Pompeo in Sochi!')).toBe('putin-meets-pompeo-in-sochi');
  });
  it('drops accents and collapses punctuation', () => {
    expect(slugify('  Café — “Élysée” talks…  ')).toBe('cafe-elysee-talks');
  });
  it('falls back when nothing survives', () => {
    expect(slugify('Переговоры', 'event')).toBe('event');
    expect(slugify('', 'topic')).toBe('topic');
  });
  it('cuts long text at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(SLUG);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.split('-').every((w) => w === 'word')).toBe(true);
  });
});

describe('claimUnique', () => {
  it('numbers repeats from 2', () => {
    const taken = new Set<string>();
    expect([claimUnique('a', taken), claimUnique('a', taken), claimUnique('a', taken)]).toEqual(['a', 'a-2', 'a-3']);
  });
});
