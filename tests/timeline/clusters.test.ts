import { describe, expect, it } from 'vitest';
import { binEvents, binSize, inBin, timeBins } from '../../src/timeline/clusters';
import { buildSpanIndex, type SpanIndex } from '../../src/timeline/visibleSlice';
import { event, many, sorted } from './events';

const DAY = 86_400_000;

describe('clusters', () => {
  it('a bin holds the events whose middle falls in it, its end excluded', () => {
    const bin = { start: Date.UTC(2019, 4, 14), end: Date.UTC(2019, 4, 15) };
    expect(inBin(bin, event('day', '2019-05-14'))).toBe(true);
    expect(inBin(bin, event('next', '2019-05-15'))).toBe(false);
    // A range is binned by its middle: two days from the 13th sit on the 14th's midnight.
    expect(inBin(bin, event('range', '2019-05-13', '2019-05-14'))).toBe(true);
    expect(inBin(bin, event('year', '2019'))).toBe(false);
  });
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
    // Counted, not timed: bins visited, events read and sorted positions probed for 30 years in
    // 2^33 ms bins (about 111 bins), with 10,000 and with 100,000 events. Reading each event
    // once would be 100,000 reads; binning reads at most two per bin, and probes only log(n).
    const from = Date.UTC(2000, 0, 1);
    const to = Date.UTC(2030, 0, 1);
    const binMs = 2 ** 33;
    const bins = Math.ceil((to - from) / binMs) + 1;
    const small = countWork(many(10_000, '2000-01-01', 1), from, to, binMs);
    const large = countWork(many(100_000, '2000-01-01', 10), from, to, binMs);
    expect(large.binSteps).toBeLessThanOrEqual(4 * bins);
    expect(large.eventReads).toBeLessThanOrEqual(2 * bins);
    expect(large.probes).toBeLessThanOrEqual(3 * bins * (Math.log2(100_000) + 2));
    // Ten times the events over the same 27 years: the same bins and event reads, a probe or so more per search.
    expect(large.eventReads).toBeLessThanOrEqual(small.eventReads);
    expect(large.binSteps).toBeLessThanOrEqual(small.binSteps);
    expect(large.probes).toBeLessThanOrEqual(small.probes * 1.5);
  });
});

/** An array that counts the elements read from it (typed arrays too). */
function counting<T extends object>(target: T, count: () => void): T {
  return new Proxy(target, {
    get(t, key) {
      if (typeof key === 'string' && /^\d+$/.test(key)) count();
      const value: unknown = Reflect.get(t, key, t);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(t) : value;
    },
  });
}

/** Runs binEvents over [from, to) and counts its work: bins it stepped through, events it read, positions it probed. */
function countWork(events: ReturnType<typeof many>, from: number, to: number, binMs: number) {
  const work = { binSteps: 0, eventReads: 0, probes: 0 };
  const index = buildSpanIndex(events);
  const counted: SpanIndex = {
    events: counting(index.events, () => work.eventReads++),
    groups: index.groups.map((g) => ({ ...g, mids: counting(g.mids, () => work.probes++) })),
  };
  const base = timeBins(binMs);
  const bins = { ...base, start: (key: number) => (work.binSteps++, base.start(key)) };
  const r = binEvents(counted, from, to, bins, 5);
  expect(r.singles.length + r.clusters.reduce((s, c) => s + c.count, 0)).toBe(events.length);
  return work;
}
