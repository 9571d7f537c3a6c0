import { describe, expect, it } from 'vitest';
import { SLUG, claimUnique, slugify } from '../../src/import/slug';

describe('slugify', () => {
  it('makes a lowercase hyphenated id', () => {
    expect(slugify('Putin meets Pompeo in Sochi!')).toBe('putin-meets-pompeo-in-sochi');
  });
  it('drops accents and collapses punctuation', () => {
    expect(slugify('  Café — “Élysée” talks…  ')).toBe('cafe-elysee-talks');
  });
  it('transliterates Cyrillic and Greek', () => {
    expect(slugify('Путин встречается с Помпео', 'event')).toBe('putin-vstrechaetsya-s-pompeo');
    expect(slugify('Переговоры в Сочи')).toMatch(/^peregovory-v-sochi$/);
    expect(slugify('Σύνοδος', 'event')).toBe('synodos');
    expect(slugify('Ærø Straße ǹ')).toBe('aero-strasse-n');
  });
  it('separates words at punctuation and symbols rather than spelling them out', () => {
    expect(slugify("Putin's U.S.-Russia talks & 50% deal")).toBe('putin-s-u-s-russia-talks-50-deal');
  });
  it('falls back when nothing survives', () => {
    expect(slugify('中国', 'event')).toBe('event');
    expect(slugify('… — …', 'event')).toBe('event');
    expect(slugify('', 'topic')).toBe('topic');
  });
  it('cuts long text at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(SLUG);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.split('-').every((w) => w === 'word')).toBe(true);
    const cyrillic = slugify('Путин '.repeat(20));
    expect(cyrillic.length).toBeLessThanOrEqual(60);
    expect(cyrillic.split('-').every((w) => w === 'putin')).toBe(true);
  });
});

describe('claimUnique', () => {
  it('numbers repeats from 2', () => {
    const taken = new Set<string>();
    expect([claimUnique('a', taken), claimUnique('a', taken), claimUnique('a', taken)]).toEqual(['a', 'a-2', 'a-3']);
  });
});
