import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/dataset/parse';
import { noMatchSentence, shownSentence } from '../../src/app/filterWords';
import { loadLanguage, translator } from '../../src/i18n/i18n';

const parsed = parseDataset(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/timeline.json'), 'utf8')));
if (!parsed.ok) throw new Error('story does not parse');
const t = parsed.timeline;
const en = translator('en');

describe('the filters in words', () => {
  beforeAll(() => Promise.all([loadLanguage('fr'), loadLanguage('ru')]));
  it('names people and topics as the reader sees them, joined by "or" within a group and "and" across', () => {
    expect(noMatchSentence(t, { people: ['lavrov'], topics: ['iran'] }, en, 'en')).toBe('No events involve Sergei Lavrov and have the topic Iran.');
    expect(noMatchSentence(t, { people: ['lavrov', 'putin'], topics: [] }, en, 'en')).toBe('No events involve Sergei Lavrov or Vladimir Putin.');
    expect(noMatchSentence(t, { people: [], topics: ['iran', 'venezuela', 'elections'] }, en, 'en')).toBe('No events have the topics Iran, Venezuela, or Election interference.');
  });
  it('in the interface language, with its own "or"', () => {
    expect(noMatchSentence(t, { people: ['lavrov', 'putin'], topics: [] }, translator('fr'), 'fr')).toBe('Aucun événement ne concerne Sergei Lavrov ou Vladimir Putin.');
  });
  it('says nothing when no filter is set', () => {
    expect(noMatchSentence(t, { people: [], topics: [] }, en, 'en')).toBe('');
  });
  it('labels the count as events, by the language\'s plural rules', () => {
    expect(shownSentence(2, 23, en)).toBe('Showing 2 of 23 events.');
    expect(shownSentence(1, 1, en)).toBe('Showing 1 of 1 event.');
    expect(shownSentence(2, 21, translator('ru'))).toBe('Показано 2 из 21 события.');
    expect(shownSentence(2, 25, translator('ru'))).toBe('Показано 2 из 25 событий.');
  });
});
