import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/dataset/parse';
import { dataDownloads, fileStem } from '../../src/app/downloadItems';
import { translator } from '../../src/i18n/i18n';
import { applyFilters } from '../../src/app/filter';

const en = translator('en');

const parsed = parseDataset(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/timeline.json'), 'utf8')));
if (!parsed.ok) throw new Error('story does not parse');
const t = parsed.timeline;

describe('the Download menu’s data entries', () => {
  it('offers all events and the dataset when no filter is set', () => {
    expect(dataDownloads(t, null, en).map((i) => i.label)).toEqual(['All 23 events (CSV)', 'The dataset (JSON)']);
  });
  it('offers "these N events" first under a filter, then all', () => {
    const ids = applyFilters(t, { people: ['lavrov'], topics: [] }).ids;
    expect(dataDownloads(t, ids, en).map((i) => i.label)).toEqual([`These ${ids!.size} events (CSV)`, 'All 23 events (CSV)', 'The dataset (JSON)']);
  });
  it('offers no empty file when nothing passes', () => {
    expect(dataDownloads(t, new Set(), en).map((i) => i.key)).toEqual(['csv-all', 'json']);
  });
  it('makes file names from the dataset id', () => {
    expect(fileStem({ ...t, id: 'a b/c' })).toBe('a-b-c');
  });
});
