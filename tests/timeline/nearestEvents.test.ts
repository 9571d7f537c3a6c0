import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isViewEmpty, nearestOutside } from '../../src/timeline/nearestEvents';
import { layoutFrame } from '../../src/timeline/layout';
import { buildSpanIndex } from '../../src/timeline/visibleSlice';
import { event, sorted } from './events';
import { storyScale, timeScale } from '../../src/timeline/storyScale';
import { frameOf } from '../../src/timeline/frame';
import { paddedExtent, transformFor } from '../../src/timeline/zoomLimits';
import { PROPERTY_TIMEOUT_MS } from '../propertyRuns';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);

describe('an empty view', () => {
  const events = sorted([event('a', '2019-01-01'), event('b', '2019-03-01', '2019-03-10'), event('c', '2019-06-01'), event('d', '2019-06-02')]);
  const starts = Float64Array.from(events, (e) => e.t0);
  const index = buildSpanIndex(events);
  const layout = (from: number, to: number) => {
    const k = 800 / (to - from);
    const view = { from, to };
    return { view, index, layout: layoutFrame({ index, scale: timeScale(view), view, x: (t) => (t - from) * k, width: 800, lanes: 4, binPx: 44, labelWidth: () => 100, countWidth: () => 16 }) };
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

/**
 * The story's events around the Mueller report (22 March – 18 April 2019, a range whose end day is
 * inclusive: t1 is midnight after 18 April), on its gaps scale, seen as a phone saw them.
 */
describe('an event whose span meets the view is in it', () => {
  const story = sorted([
    event('deal', '2015-07-14'), event('election', '2016-11-08'), event('address', '2018-03-01'), event('quits', '2018-05-08'),
    event('maduro', '2018-05-20'), event('helsinki', '2018-07-16'), event('guaido', '2019-01-23'), event('inf', '2019-02-01'),
    event('mueller', '2019-03-22', '2019-04-18'), event('carrier', '2019-05-05'), event('arctic', '2019-05-06'), event('claremont', '2019-05-11'),
    event('brussels', '2019-05-13'), event('g20-remark', '2019-05-13'), event('hypersonic', '2019-05-13T16:00Z'),
    ...['a', 'b', 'c', 'd'].map((s) => event(`sochi-${s}`, '2019-05-14')), event('receives', '2019-05-14T16:00Z'),
    event('osaka', '2019-06-28', '2019-06-29'), event('election-2020', '2020-11-03'), event('new-start', '2021-02-05'),
  ]);
  const index = buildSpanIndex(story);
  const starts = Float64Array.from(story, (e) => e.t0);
  const id = (i: number | null) => (i === null ? null : story[i]!.id);
  const frame = (kind: 'time' | 'gaps', view: { from: number; to: number }, width = 343) => {
    const scale = storyScale(kind, story, paddedExtent(story));
    const f = frameOf(transformFor(view, scale, width), scale, width, {
      layout: { index, lanes: 3, binPx: 44, labelWidth: () => 120, countWidth: () => 16 },
      rows: null, events: story, locale: 'en-GB', timeZone: 'UTC', tickSpacing: 56, charWidth: 7.5,
    });
    return { layout: f.layout, view: f.view, index, width };
  };

  it('a range ending on the view\'s first day is drawn and the view is not empty, on every scale', () => {
    // "18 April – 4 May 2019": the report's last day, 18 April, is in view.
    for (const kind of ['time', 'gaps'] as const) {
      const band = frame(kind, { from: at('2019-04-18T06:41Z'), to: at('2019-05-04T20:00Z') });
      const mueller = band.layout.marks.find((m) => story[m.index]!.id === 'mueller');
      expect(mueller, kind).toBeDefined();
      expect(mueller!.geometry.x1, kind).toBeGreaterThan(0);
      expect(isViewEmpty(band, band.width), kind).toBe(false);
    }
  });
  it('a day whose first hour is the view\'s last is in view, though its dot (at midday) is beyond the edge', () => {
    const band = frame('gaps', { from: at('2019-04-20T00:00Z'), to: at('2019-05-05T01:00Z') });
    expect(isViewEmpty(band, band.width)).toBe(false);
  });
  it('beside the view, "Earlier" is the event that ended last (a range, by its end) and "Later" the first to start', () => {
    const band = frame('gaps', { from: at('2019-04-20T00:00Z'), to: at('2019-05-04T20:00Z') });
    expect(isViewEmpty(band, band.width)).toBe(true);
    const r = nearestOutside(story, starts, band.view);
    expect({ before: id(r.before), after: id(r.after) }).toEqual({ before: 'mueller', after: 'carrier' });
  });
  it('property: an empty view meets no event\'s span, and its neighbours are the nearest by end and by start', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 40 })), { minLength: 1, maxLength: 30 }),
      fc.constantFrom('time' as const, 'gaps' as const), fc.integer({ min: 0, max: 400 * 24 }), fc.integer({ min: 6, max: 40 * 24 }), fc.integer({ min: 300, max: 1200 }),
      (spans, kind, startHour, hours, width) => {
        const day = (d: number) => new Date(at('2019-01-01T00:00Z') + d * DAY).toISOString().slice(0, 10);
        const evs = sorted(spans.map(([d, len], i) => (len < 20 ? event(`e${i}`, day(d)) : event(`e${i}`, day(d), day(d + len - 19)))));
        const scale = storyScale(kind, evs, paddedExtent(evs));
        const view = { from: at('2019-01-01T00:00Z') + startHour * 3_600_000, to: at('2019-01-01T00:00Z') + (startHour + hours) * 3_600_000 };
        const f = frameOf(transformFor(view, scale, width), scale, width, {
          layout: { index: buildSpanIndex(evs), lanes: 3, binPx: 44, labelWidth: () => 120, countWidth: () => 16 },
          rows: null, events: evs, locale: 'en-GB', timeZone: 'UTC', tickSpacing: 56, charWidth: 7.5,
        });
        // Every event whose span meets the view is laid out, as a mark or in a cluster; a range's
        // bar (or its glyph, when too narrow) reaches into the plot. (A day's dot sits at midday.)
        for (let i = 0; i < evs.length; i++) {
          const e = evs[i]!;
          if (!(e.t1 > f.view.from && e.t0 < f.view.to)) continue;
          const m = f.layout.marks.find((k) => k.index === i);
          if (m && m.geometry.kind !== 'point') expect(m.geometry.x1 >= 0 && m.geometry.x0 <= width).toBe(true);
          if (!m) expect(f.layout.clusters.some((c) => e.t0 >= c.from && e.t1 <= c.to)).toBe(true);
        }
        if (!isViewEmpty({ layout: f.layout, view: f.view, index: buildSpanIndex(evs) }, width)) return;
        const { before, after } = nearestOutside(evs, Float64Array.from(evs, (e) => e.t0), f.view);
        for (let i = 0; i < evs.length; i++) {
          const e = evs[i]!;
          expect(e.t1 > f.view.from && e.t0 < f.view.to).toBe(false);
          if (e.t1 <= f.view.from) expect(evs[before!]!.t1).toBeGreaterThanOrEqual(e.t1);
          else expect(evs[after!]!.t0).toBeLessThanOrEqual(e.t0);
        }
      },
    ), { numRuns: 300 });
  }, PROPERTY_TIMEOUT_MS);
});
