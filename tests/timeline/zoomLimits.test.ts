import { describe, expect, it } from 'vitest';
import { constrainX, FINEST_MS_PER_PX, FIT_INSET, fitInset, paddedExtent, scaleExtent, spanFor, transformFor } from '../../src/timeline/zoomLimits';
import { event } from './events';
import { timeScale } from '../../src/timeline/storyScale';

const DAY = 86_400_000;

describe('zoomLimits', () => {
  it('the extent holds every event plus a margin', () => {
    const ext = paddedExtent([event('a', '2019-01-01'), event('b', '2019-12-31')]);
    expect(ext.from).toBeLessThan(Date.UTC(2019, 0, 1));
    expect(ext.to).toBeGreaterThan(Date.UTC(2020, 0, 1));
    expect(ext.to - ext.from).toBeLessThan(1.2 * 365 * DAY);
  });
  it('the right margin is wider, for the titles of the last events', () => {
    const ext = paddedExtent([event('a', '2019-01-01'), event('b', '2019-12-31')]);
    expect(ext.to - Date.UTC(2020, 0, 1)).toBeGreaterThan(2 * (Date.UTC(2019, 0, 1) - ext.from));
  });
  it('a lone event still gets a readable span', () => {
    const ext = paddedExtent([event('a', '2019-05-14')]);
    expect(ext.to - ext.from).toBeGreaterThanOrEqual(2 * DAY);
  });
  it('zooming in stops at about an hour per hundred pixels; zooming out at everything', () => {
    const ext = { from: 0, to: 365 * DAY };
    const [kMin, kMax] = scaleExtent(timeScale(ext), 1000);
    expect(kMin).toBe(1);
    expect((ext.to - ext.from) / kMax / 1000).toBeCloseTo(FINEST_MS_PER_PX);
  });
  it('the view never leaves the extent', () => {
    expect(constrainX({ k: 2, x: 100 }, 1000, [1, 10])).toEqual({ k: 2, x: 0 });
    expect(constrainX({ k: 2, x: -5000 }, 1000, [1, 10])).toEqual({ k: 2, x: -1000 });
    expect(constrainX({ k: 0.5, x: 0 }, 1000, [1, 10])).toEqual({ k: 1, x: 0 });
  });
  it('transformFor and spanFor are inverses', () => {
    const ext = { from: 0, to: 100 * DAY };
    const span = { from: 10 * DAY, to: 20 * DAY };
    const t = transformFor(span, timeScale(ext), 800);
    expect(t.k).toBeCloseTo(10);
    const back = spanFor(t, timeScale(ext), 800);
    expect(back.from).toBeCloseTo(span.from, -1);
    expect(back.to).toBeCloseTo(span.to, -1);
  });
  it('transformFor with an inset puts the span\'s ends that many px inside the plot\'s edges', () => {
    const scale = timeScale({ from: 0, to: 100 * DAY });
    const span = { from: 10 * DAY, to: 20 * DAY };
    for (const width of [320, 800]) {
      const t = transformFor(span, scale, width, 12);
      const px = (ms: number) => t.x + t.k * scale.unit(ms) * width;
      expect(px(span.from)).toBeCloseTo(12);
      expect(px(span.to)).toBeCloseTo(width - 12);
    }
    // A plot too narrow for it keeps at least half its width for the span.
    const tiny = transformFor(span, scale, 40, 12);
    expect(tiny.x + tiny.k * scale.unit(span.from) * 40).toBeCloseTo(10);
    // Before the plot is measured (width 0) it is the plain fit.
    expect(transformFor(span, scale, 0, 12)).toEqual(transformFor(span, scale, 0));
  });
  it('fitInset keeps room at a span\'s ends only where a mark of the span would be cut there', () => {
    // The story's case: the view starts on 1 July 2015, its first event is on the 14th; at 270 px
    // over four years that dot's centre is 2.6 px from the edge.
    const events = [event('first', '2015-07-14'), event('mid', '2017-06-01'), event('last', '2019-06-29')];
    const scale = timeScale(paddedExtent(events));
    const view = { from: Date.parse('2015-07-01'), to: Date.parse('2019-06-30T12:00Z') };
    expect(fitInset(view, events, scale, 270)).toBe(FIT_INSET);
    // Fitted with it, every dot of the span is whole: its left edge past 0, its right before the width.
    const t = transformFor(view, scale, 270, FIT_INSET);
    const px = (ms: number) => t.x + t.k * scale.unit(ms) * 270;
    for (const e of events) {
      const cx = px(e.t0 + (e.t1 - e.t0) / 2);
      expect(cx - 6).toBeGreaterThan(0);
      expect(cx + 6).toBeLessThan(270);
    }
    // A view with room at both ends is shown exactly as chosen.
    expect(fitInset({ from: Date.parse('2015-01-01'), to: Date.parse('2019-12-31') }, events, scale, 270)).toBe(0);
    // An event outside the span (its middle beyond an end) asks nothing of it.
    expect(fitInset({ from: Date.parse('2015-07-15'), to: Date.parse('2019-06-01') }, events, scale, 270)).toBe(0);
    expect(fitInset(view, events, scale, 0)).toBe(0);
    // A year drawn as a band from the view's start reads whole: nothing is asked for it.
    const year = [event('y', '2018'), event('d', '2019-05-14')];
    expect(fitInset({ from: Date.parse('2018-01-01'), to: Date.parse('2020-01-01') }, year, timeScale(paddedExtent(year)), 800)).toBe(0);
  });
});
