import { describe, expect, it } from 'vitest';
import { constrainX, FINEST_MS_PER_PX, paddedExtent, scaleExtent, spanFor, transformFor } from '../../src/timeline/zoomLimits';
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
});
