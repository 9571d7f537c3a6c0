import { describe, expect, it } from 'vitest';
import { binEvents, binSize, timeBins } from '../../src/timeline/clusters';
import { buildSpanIndex } from '../../src/timeline/visibleSlice';
import { event, many, sorted } from './events';

const DAY = 86_400_000;

describe('clusters', () => {
  it('bin sizes are powers of two of ms, near the wanted pixel width', () => {
    const b = binSize(DAY / 100, 40);
    expect(Math.log2(b) % 1).toBe(0);
    expect(b / (DAY / 100)).toBeGreaterThan(40 / Math.SQRT2 - 1e-9);
    expect(b / (DAY / 100)).toBeLessThan(40 * Math.SQRT2);
  });
  it('a bin with more events than fit becomes one cluster with the count', () => {
    const events = sorted([...Array.from({ length: 8 }, (_, i) => event(`b${i}`, '2019-05-14')), event('far', '2019-06-20')]);
    const r = binEvents(buildSpanIndex(events), Date.UTC(2019, 4, 1), Date.UTC(2019, 6, 1), timeBins(2 ** 27), 4);
    expect(r.clusters).toHaveLength(1);
    expect(r.clusters[0]).toMatchObject({ count: 8, from: Date.UTC(2019, 4, 14), to: Date.UTC(2019, 4, 15) });
    expect(r.singles.map((i) => events[i]!.id)).toEqual(['far']);
  });
  it('a bin with few events keeps them as marks', () => {
    const events = sorted([event('a', '2019-05-14'), event('b', '2019-05-14')]);
    const r = binEvents(buildSpanIndex(events), Date.UTC(2019, 4, 1), Date.UTC(2019, 6, 1), timeBins(2 ** 27), 4);
    expect(r.clusters).toHaveLength(0);
    expect(r.singles).toEqual([0, 1]);
  });
  it('every event in the window is counted once, as a mark or in a cluster', () => {
    const events = many(5000, '2015-01-01', 3);
    const index = buildSpanIndex(events);
    for (const binMs of [2 ** 26, 2 ** 28, 2 ** 31, 2 ** 34]) {
      const r = binEvents(index, Date.UTC(2014, 0, 1), Date.UTC(2030, 0, 1), timeBins(binMs), 3);
      expect(r.singles.length + r.clusters.reduce((s, c) => s + c.count, 0)).toBe(5000);
    }
  });
  it('spans longer than a bin are drawn as spans, never counted into clusters', () => {
    const events = sorted([event('long', '2019-01', undefined), ...Array.from({ length: 6 }, (_, i) => event(`d${i}`, '2019-01-10'))]);
    const r = binEvents(buildSpanIndex(events), Date.UTC(2019, 0, 1), Date.UTC(2019, 1, 1), timeBins(2 ** 27), 4);
    expect(r.singles.map((i) => events[i]!.id)).toEqual(['long']);
    expect(r.clusters[0]!.count).toBe(6);
  });
  it('does work in proportion to the bins, not to the events (100,000 events)', () => {
    const events = many(100_000, '2000-01-01', 10);
    const index = buildSpanIndex(events);
    const t = performance.now();
    for (let k = 0; k < 20; k++) binEvents(index, Date.UTC(2000, 0, 1), Date.UTC(2030, 0, 1), timeBins(2 ** 33), 5);
    expect((performance.now() - t) / 20).toBeLessThan(10);
  });
});
