import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/dataset/parse';
import { filterClause, noMatchSentence, shownSentence } from '../../src/app/filterWords';

const parsed = parseDataset(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/timeline.json'), 'utf8')));
if (!parsed.ok) throw new Error('story does not parse');
const t = parsed.timeline;

describe('the filters in words', () => {
  it('names people and topics as the reader sees them, joined by "or" within a group and "and" across', () => {
    expect(noMatchSentence(t, { people: ['lavrov'], topics: ['iran'] })).toBe('No events involve Sergei Lavrov and have the topic Iran.');
    expect(filterClause(t, { people: ['lavrov', 'putin'], topics: [] })).toBe('involve Sergei Lavrov or Vladimir Putin');
    expect(filterClause(t, { people: [], topics: ['iran', 'venezuela', 'elections'] })).toBe('have the topics Iran, Venezuela, or Election interference');
  });
  it('says nothing when no filter is set', () => {
    expect(noMatchSentence(t, { people: [], topics: [] })).toBe('');
  });
  it('labels the count as events', () => {
    expect(shownSentence(2, 23)).toBe('Showing 2 of 23 events.');
  });
});
