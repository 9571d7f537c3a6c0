import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isViewEmpty, nearestOutside } from '../../src/timeline/nearestEvents';
import { layoutFrame } from '../../src/timeline/layout';
import { buildSpanIndex } from '../../src/timeline/visibleSlice';
import { event, sorted } from './events';
import { timeScale } from '../../src/timeline/storyScale';
import { PROPERTY_TIMEOUT_MS } from '../propertyRuns';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);

describe('an empty view', () => {
  const events = sorted([event('a', '2019-01-01'), event('b', '2019-03-01', '2019-03-10'), event('c', '2019-06-01'), event('d', '2019-06-02')]);
  const starts = Float64Array.from(events, (e) => e.t0);
  const layout = (from: number, to: number) => {
    const k = 800 / (to - from);
    return layoutFrame({ index: buildSpanIndex(events), scale: timeScale({ from, to }), view: { from, to }, x: (t) => (t - from) * k, width: 800, lanes: 4, binPx: 44, labelWidth: () => 100, countWidth: () => 16 });
  };

  it('is empty between events, not where a mark or a long span shows', () => {
    expect(isViewEmpty(layout(at('2019-04-01T00:00Z'), at('2019-04-20T00:00Z')), 800)).toBe(true);
    expect(isViewEmpty(layout(at('2019-03-04T00:00Z'), at('2019-03-05T00:00Z')), 800)).toBe(false);
    expect(isViewEmpty(layout(at('2018-12-20T00:00Z'), at('2019-01-10T00:00Z')), 800)).toBe(false);
  });
  it('offers the event that ended last before it and the first one after it', () => {
    const r = nearestOutside(events, starts, { from: at('2019-04-01T00:00Z'), to: at('2019-04-20T00:00Z') });
    expect(r).toEqual({ before: 1, after: 2 });
  });
  it('offers nothing beyond the ends of the story', () => {
    expect(nearestOutside(events, starts, { from: at('2020-01-01T00:00Z'), to: at('2020-02-01T00:00Z') })).toEqual({ before: 3, after: null });
    expect(nearestOutside(events, starts, { from: at('2010-01-01T00:00Z'), to: at('2010-02-01T00:00Z') })).toEqual({ before: null, after: 0 });
  });
  it('property: the offered events lie outside the view, and nothing lies between them and it', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 30 }), (days, startDay, len) => {
      const evs = sorted(days.map((d, i) => event(`e${i}`, new Date(at('2019-01-01T00:00Z') + d * DAY).toISOString().slice(0, 10))));
      const view = { from: at('2019-01-01T00:00Z') + startDay * DAY + DAY / 3, to: at('2019-01-01T00:00Z') + (startDay + len) * DAY + DAY / 3 };
      const { before, after } = nearestOutside(evs, Float64Array.from(evs, (e) => e.t0), view);
      if (before !== null) {
        expect(evs[before]!.t1).toBeLessThanOrEqual(view.from);
        for (const e of evs) if (e.t1 <= view.from) expect(e.t1).toBeLessThanOrEqual(evs[before]!.t1);
      }
      if (after !== null) {
        expect(evs[after]!.t0).toBeGreaterThanOrEqual(view.to);
        for (const e of evs) if (e.t0 >= view.to) expect(e.t0).toBeGreaterThanOrEqual(evs[after]!.t0);
      }
    }), { numRuns: 100 });
  }, PROPERTY_TIMEOUT_MS);
});
