import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/dataset/parse';
import { formatHash, parseHash } from '../../src/app/hashState';
import { applyFilters, filterCounts, passes } from '../../src/app/filter';
import type { Timeline } from '../../src/dataset/model';
import { syntheticDataset } from '../../scripts/bench/synthetic';

function story(): Timeline {
  const r = parseDataset(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/timeline.json'), 'utf8')));
  if (!r.ok) throw new Error('story does not parse');
  return r.timeline;
}
const t = story();

describe('the URL hash', () => {
  it('reads the selected event and the filters', () => {
    expect(parseHash('#event=helsinki-summit&person=putin,trump&topic=iran', t)).toEqual({
      eventId: 'helsinki-summit', people: ['putin', 'trump'], topics: ['iran'], scale: null, lanes: null, dropped: [],
    });
  });
  it('reads the base scale, and drops one that does not exist', () => {
    expect(parseHash('#scale=sequential', t).scale).toBe('sequential');
    const bad = parseHash('#scale=log', t);
    expect(bad.scale).toBeNull();
    expect(bad.dropped).toEqual(['scale "log"']);
  });
  it('drops ids the dataset does not have, and says which', () => {
    const h = parseHash('#event=nope&person=putin,ghost&topic=<script>', t);
    expect(h.eventId).toBeNull();
    expect(h.people).toEqual(['putin']);
    expect(h.topics).toEqual([]);
    expect(h.dropped).toEqual(['event "nope"', 'person "ghost"', 'topic "<script>"']);
  });
  it('writes what it reads, and nothing for an empty state', () => {
    const state = { eventId: 'sochi-talks', people: ['lavrov'], topics: ['arms-control', 'iran'], scale: null, lanes: null };
    expect(formatHash(state)).toBe('#event=sochi-talks&person=lavrov&topic=arms-control,iran');
    const { dropped: _d, ...back } = parseHash(formatHash(state), t);
    expect(back).toEqual(state);
    expect(formatHash({ eventId: null, people: [], topics: [], scale: null, lanes: null })).toBe('');
    expect(formatHash({ eventId: null, people: [], topics: [], scale: 'gaps', lanes: 'people' })).toBe('#scale=gaps&lanes=people');
  });
});

describe('filters', () => {
  it('pass everything when nothing is chosen', () => {
    expect(applyFilters(t, { people: [], topics: [] })).toEqual({ events: t.events, ids: null });
  });
  it('keep events with any chosen person, as participant or speaker, and any chosen topic', () => {
    const peskov = applyFilters(t, { people: ['peskov'], topics: [] });
    expect(peskov.events.map((e) => e.id).sort()).toEqual(['peskov-remarks', 'trump-g20-remark'].sort());
    const both = applyFilters(t, { people: ['pompeo'], topics: ['venezuela'] });
    for (const e of both.events) expect(passes(e, { people: ['pompeo'], topics: ['venezuela'] })).toBe(true);
    expect(both.events.every((e) => e.topics.includes('venezuela'))).toBe(true);
  });
  it('count the events each person and topic would show', () => {
    const counts = filterCounts(t);
    expect(counts.people.get('peskov')).toBe(applyFilters(t, { people: ['peskov'], topics: [] }).events.length);
    expect(counts.topics.get('iran')).toBe(applyFilters(t, { people: [], topics: ['iran'] }).events.length);
  });
  it('count each chip against the other group’s choices (OR within a group, AND across)', () => {
    const f = { people: ['lavrov'], topics: ['iran'] };
    const counts = filterCounts(t, f);
    // A topic's count is what that topic would show beside the chosen people, and vice versa.
    for (const topic of t.topics) {
      expect(counts.topics.get(topic.id) ?? 0, topic.id).toBe(applyFilters(t, { people: ['lavrov'], topics: [topic.id] }).events.length);
    }
    for (const person of t.people) {
      expect(counts.people.get(person.id) ?? 0, person.id).toBe(applyFilters(t, { people: [person.id], topics: ['iran'] }).events.length);
    }
    expect(applyFilters(t, f).events).toEqual([]);
    expect(counts.topics.get('iran') ?? 0).toBe(0);
    expect(counts.people.get('lavrov') ?? 0).toBe(0);
  });
});

describe('filter counts on a large dataset', () => {
  it('count each event once per person (participant, speaker or both, however often) and per topic', () => {
    const parsed = parseDataset(syntheticDataset(2_000));
    if (!parsed.ok) throw new Error('synthetic dataset is invalid');
    const big = parsed.timeline;
    // Some events name their speaker among their people too, and one quotes the same person twice.
    const e = big.events.find((x) => x.quotes.length > 0);
    if (!e?.quotes[0]) throw new Error('synthetic dataset has no quotes');
    e.quotes.push({ ...e.quotes[0], id: `${e.quotes[0].id}-again` });
    e.topics.push(...e.topics);
    const counts = filterCounts(big);
    for (const p of big.people) expect(counts.people.get(p.id) ?? 0, p.id).toBe(applyFilters(big, { people: [p.id], topics: [] }).events.length);
    for (const t of big.topics) expect(counts.topics.get(t.id) ?? 0, t.id).toBe(applyFilters(big, { people: [], topics: [t.id] }).events.length);
  });
});
