import { describe, expect, it } from 'vitest';
import { buildSpanIndex, eventsInWindow, lowerBound } from '../../src/timeline/visibleSlice';
import { event, many, sorted } from './events';

describe('visibleSlice', () => {
  it('lowerBound finds the first value not below the target', () => {
    const a = Float64Array.from([1, 3, 3, 5]);
    expect([0, 1, 3, 4, 6].map((v) => lowerBound(a, v))).toEqual([0, 0, 1, 3, 4]);
  });
  it('finds the events of a window, in chronological order', () => {
    const events = many(100, '2019-01-01', 1);
    const index = buildSpanIndex(events);
    const got = eventsInWindow(index, Date.UTC(2019, 0, 10), Date.UTC(2019, 0, 13));
    expect(got.map((i) => events[i]!.id)).toEqual(['e9', 'e10', 'e11']);
  });
  it('finds a long range that started well before the window', () => {
    const events = sorted([event('long', '2010-01-01', '2019-12-31'), ...many(50, '2019-03-01', 1)]);
    const index = buildSpanIndex(events);
    const got = eventsInWindow(index, Date.UTC(2019, 5, 1), Date.UTC(2019, 5, 2));
    expect(got.map((i) => events[i]!.id)).toEqual(['long']);
  });
  it('matches a linear scan on random data', () => {
    const events = sorted(Array.from({ length: 400 }, (_, i) => {
      const d = new Date(Date.UTC(2000, 0, 1) + ((i * 7919) % 3000) * 86_400_000).toISOString().slice(0, 10);
      const kind = i % 5;
      if (kind === 0) return event(`r${i}`, d, new Date(Date.parse(d) + (i % 90) * 86_400_000).toISOString().slice(0, 10));
      if (kind === 1) return event(`m${i}`, d.slice(0, 7));
      if (kind === 2) return event(`y${i}`, d.slice(0, 4));
      return event(`d${i}`, d);
    }));
    const index = buildSpanIndex(events);
    for (const [a, b] of [[2001, 2002], [2003.5, 2003.6], [1999, 2010]] as const) {
      const from = Date.UTC(Math.floor(a), Math.round((a % 1) * 12), 1);
      const to = Date.UTC(Math.floor(b), Math.round((b % 1) * 12), 1);
      const want = events.flatMap((e, i) => (e.t1 > from && e.t0 < to ? [i] : []));
      expect(eventsInWindow(index, from, to)).toEqual(want);
    }
  });
});
