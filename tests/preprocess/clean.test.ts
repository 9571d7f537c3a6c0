import { describe, expect, it } from 'vitest';
import { cleanArticle, describeRemoved, type FurnitureRules } from '../../src/preprocess/clean';

const ARTICLE = [
  'You are here',
  '',
  'A Headline',
  '',
  'First paragraph.   ',
  'AFP / SOME ONE A photo caption about the scene',
  '- A sub-head -',
  'Second paragraph with a - dash - inside.',
  '',
  '',
  'Third paragraph.',
  'Promo starts here',
  'Find out more',
].join('\r\n');

const RULES: FurnitureRules = {
  dropLines: ['You are here', 'A Headline'],
  captionCredits: ['AFP / SOME ONE'],
  subheads: true,
  cutFrom: 'Promo starts',
};

function cleaned(raw: string, rules: FurnitureRules): string {
  const result = cleanArticle(raw, rules, 'story.txt');
  if ('error' in result) throw new Error(result.error);
  return result.text;
}

describe('cleaning an article of page furniture', () => {
  it('keeps the paragraphs, one per non-empty line, joined by a blank line, CRLF and trailing spaces gone', () => {
    expect(cleaned(ARTICLE, RULES)).toBe('First paragraph.\n\nSecond paragraph with a - dash - inside.\n\nThird paragraph.');
  });

  it('drops exact lines (navigation, headline) wherever they are', () => {
    const text = cleaned('Intro\nYou are here\nBody', { dropLines: ['You are here'] });
    expect(text).toBe('Intro\n\nBody');
  });

  it('drops a photo caption together with its credit', () => {
    expect(cleaned('Body\nAFP / SOME ONE A caption', { captionCredits: ['AFP / SOME ONE'] })).toBe('Body');
  });

  it('drops sub-heads written as "- … -" but not lines that merely contain dashes', () => {
    const text = cleaned("Body\n- 'Quoted sub-head' -\n- not a sub-head\nA - B -", { subheads: true });
    expect(text).toBe('Body\n\n- not a sub-head\n\nA - B -');
  });

  it('drops everything from the cutFrom line to the end', () => {
    expect(cleaned('Body\nPromo starts here\nMore promo\nContact', { cutFrom: 'Promo starts' })).toBe('Body');
  });

  it('matches rules with straight quotes against typographic text', () => {
    expect(cleaned('Body\nCGTN’s Reporter reports.', { dropLines: ["CGTN's Reporter reports."] })).toBe('Body');
  });

  it('reports what it removed, by rule', () => {
    const result = cleanArticle(ARTICLE, RULES, 'story.txt');
    if ('error' in result) throw new Error(result.error);
    expect(result.removed).toContainEqual({ rule: 'captionCredits', line: 'AFP / SOME ONE A photo caption about the scene' });
    expect(describeRemoved(result.removed)).toBe('removed 6 lines (cutFrom 2, dropLines 2, captionCredits 1, subheads 1)');
  });

  it('fails on a stale rule, naming the rule and the file', () => {
    const result = cleanArticle('Body\nMore body', { dropLines: ['World Today'], subheads: true }, 'cgtn.txt');
    expect(result).toHaveProperty('error');
    const { error } = result as { error: string };
    expect(error).toContain('cgtn.txt');
    expect(error).toContain('dropLines "World Today"');
    expect(error).toContain('subheads');
  });

  it('treats a rule that only matches inside the cut-off tail as stale', () => {
    const result = cleanArticle('Body\nPromo\nFind out more', { cutFrom: 'Promo', dropLines: ['Find out more'] }, 'a.txt');
    expect(result).toMatchObject({ error: expect.stringContaining('dropLines "Find out more"') });
  });
});
