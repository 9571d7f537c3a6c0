import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { layoutFrame } from '../../src/timeline/layout';
import { timeScale } from '../../src/timeline/storyScale';
import { buildSpanIndex } from '../../src/timeline/visibleSlice';
import { event, many, sorted } from './events';

function frame(events: ReturnType<typeof many>, from: number, to: number, width = 1000, lanes = 4) {
  const x = scaleUtc().domain([from, to]).range([0, width]);
  return layoutFrame({
    index: buildSpanIndex(events), scale: timeScale({ from, to }), x: (t) => x(t), view: { from, to }, width, lanes, binPx: 40,
    labelWidth: () => 120, countWidth: (n) => String(n).length * 8,
  });
}

describe('layoutFrame', () => {
  it('a quiet stretch draws every event as a mark with its title', () => {
    const events = many(10, '2019-01-01', 1);
    const f = frame(events, Date.UTC(2019, 0, 1), Date.UTC(2019, 0, 11));
    expect(f.marks).toHaveLength(10);
    expect(f.clusters).toHaveLength(0);
    expect(f.marks.every((m) => m.labelRoom > 0)).toBe(true);
  });
  it('a dense moment folds into a cluster; zoomed in, it opens into marks', () => {
    const events = sorted([...Array.from({ length: 12 }, (_, i) => event(`b${i}`, `2019-05-14T${String(i + 6).padStart(2, '0')}:00Z`)), ...many(5, '2019-01-01', 1)]);
    const wide = frame(events, Date.UTC(2019, 0, 1), Date.UTC(2019, 11, 31));
    expect(wide.clusters.some((c) => c.count === 12)).toBe(true);
    const close = frame(events, Date.UTC(2019, 4, 14, 5), Date.UTC(2019, 4, 14, 19));
    expect(close.marks.filter((m) => events[m.index]!.id.startsWith('b'))).toHaveLength(12);
  });
  it('with 10,000 events, what is drawn stays a few hundred elements', () => {
    const events = many(10_000, '2010-01-01', 3);
    const f = frame(events, events[0]!.t0, events.at(-1)!.t1, 1920, 6);
    expect(f.marks.length + f.clusters.length).toBeLessThan(2000);
    const total = f.marks.length + f.clusters.reduce((s, c) => s + c.count, 0);
    expect(total).toBe(10_000);
  });
  it('cluster pills never overlap', () => {
    const events = many(3000, '2010-01-01', 2);
    const f = frame(events, events[0]!.t0, events.at(-1)!.t1, 800, 3);
    for (let i = 1; i < f.clusters.length; i++) expect(f.clusters[i]!.x0).toBeGreaterThanOrEqual(f.clusters[i - 1]!.x1);
  });
});
