import { describe, expect, it } from 'vitest';
import { viewShowing } from '../../src/timeline/navigate';
import { buildSpanIndex } from '../../src/timeline/visibleSlice';
import { paddedExtent } from '../../src/timeline/zoomLimits';
import { timeScale } from '../../src/timeline/storyScale';
import { event, many, sorted } from './events';

const HOUR = 3_600_000;

function input(events: ReturnType<typeof many>, view?: { from: number; to: number }) {
  const extent = paddedExtent(events);
  return {
    index: buildSpanIndex(events), scale: timeScale(extent), width: 800, lanes: 3, binPx: 40, labelWidth: () => 100, countWidth: () => 16,
    view: view ?? extent, finest: (8 * HOUR) / (extent.to - extent.from), edge: 40,
  };
}

describe('viewShowing', () => {
  it('an event already drawn alone in view needs no move', () => {
    const events = many(5, '2019-01-01', 1);
    const t = viewShowing(input(events), 2);
    expect(t).toEqual({ view: null, alone: true });
  });
  it('an event folded into a cluster is shown by zooming in around it until it stands alone', () => {
    const busy = Array.from({ length: 10 }, (_, i) => event(`b${i}`, `2019-05-14T${String(i * 2 + 2).padStart(2, '0')}:00Z`));
    const events = sorted([...many(30, '2019-01-01', 1), ...busy]);
    const i = events.findIndex((e) => e.id === 'b5');
    const inp = input(events);
    const t = viewShowing(inp, i);
    expect(t.alone).toBe(true);
    expect(t.view!.to - t.view!.from).toBeLessThan(inp.view.to - inp.view.from);
    expect(t.view!.from).toBeLessThan(events[i]!.t0);
    expect(t.view!.to).toBeGreaterThan(events[i]!.t1);
  });
  it('an event off screen is brought into view at the same zoom', () => {
    const events = many(60, '2019-01-01', 1);
    const view = { from: Date.UTC(2019, 0, 1), to: Date.UTC(2019, 0, 11) };
    const t = viewShowing(input(events, view), 40);
    expect(t.view!.to - t.view!.from).toBeCloseTo(view.to - view.from, -3);
    expect(t.view!.from).toBeLessThan(events[40]!.t0);
    expect(t.view!.to).toBeGreaterThan(events[40]!.t1);
  });
  it('many events at one instant cannot be told apart: the finest zoom, not alone', () => {
    const events = sorted(Array.from({ length: 8 }, (_, i) => event(`s${i}`, '2019-05-14T18:00Z')));
    const t = viewShowing(input(events), 6);
    expect(t.alone).toBe(false);
    expect(t.view!.to - t.view!.from).toBeLessThanOrEqual(8 * HOUR * 1.001);
  });
});
