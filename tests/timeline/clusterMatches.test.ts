import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDataset } from '../../src/dataset/parse';
import { buildSpanIndex } from '../../src/timeline/visibleSlice';
import { layoutFrame } from '../../src/timeline/layout';
import { clusterMatches, withMatches } from '../../src/timeline/clusterMatches';
import { translator } from '../../src/i18n/i18n';

const en = translator('en');
import { spanOfIds } from '../../src/timeline/fitSpan';
import { applyFilters } from '../../src/app/filter';
import { timeScale } from '../../src/timeline/storyScale';

const parsed = parseDataset(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/timeline.json'), 'utf8')));
if (!parsed.ok) throw new Error('story does not parse');
const t = parsed.timeline;
const index = buildSpanIndex(t.events);

function layoutAt(width: number, from: number, to: number) {
  const k = width / (to - from);
  return layoutFrame({ index, scale: timeScale({ from, to }), x: (v) => (v - from) * k, view: { from, to }, width, lanes: 6, binPx: 44, labelWidth: () => 120, countWidth: () => 16 });
}

describe('clusterMatches', () => {
  const all = spanOfIds(t.events, new Set(t.events.map((e) => e.id)))!;
  const layout = layoutAt(1000, all.from, all.to);
  const drawn = new Set(layout.marks.map((m) => m.index));

  it('counts every member when every event matches: the cluster’s own count', () => {
    expect(layout.clusters.length).toBeGreaterThan(0);
    const everyone = new Set(t.events.map((e) => e.id));
    for (const c of layout.clusters) expect(clusterMatches(index, c, drawn, everyone)).toBe(c.count);
  });

  it('counts the members a filter keeps, and none for a filter nothing passes', () => {
    const lavrov = applyFilters(t, { people: ['lavrov'], topics: [] }).ids!;
    const total = layout.clusters.reduce((n, c) => n + clusterMatches(index, c, drawn, lavrov), 0);
    const asMarks = layout.marks.filter((m) => lavrov.has(t.events[m.index]!.id)).length;
    expect(total + asMarks).toBe(lavrov.size);
    for (const c of layout.clusters) expect(clusterMatches(index, c, drawn, new Set())).toBe(0);
  });
});

describe('spanOfIds', () => {
  it('spans the earliest start to the latest end of the chosen events', () => {
    const ids = new Set(['helsinki-summit', 'sochi-talks']);
    const span = spanOfIds(t.events, ids)!;
    expect(span.from).toBe(t.eventById.get('helsinki-summit')!.t0);
    expect(span.to).toBe(t.eventById.get('sochi-talks')!.t1);
  });
  it('is null when none is in the timeline', () => {
    expect(spanOfIds(t.events, new Set(['nope']))).toBeNull();
  });
});

describe('withMatches', () => {
  it('says how many of a cluster’s events match, after its name', () => {
    const name = '12 events, May 13 – 14, 2019 — zoom in';
    expect(withMatches(name, null, en)).toBe(name);
    expect(withMatches(name, 0, en)).toBe(`${name}; none match the filters`);
    expect(withMatches(name, 1, en)).toBe(`${name}; 1 matches the filters`);
    expect(withMatches(name, 2, en)).toBe(`${name}; 2 match the filters`);
  });
});
