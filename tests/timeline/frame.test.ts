import { describe, expect, it } from 'vitest';
import { frameOf, type FrameContext } from '../../src/timeline/frame';
import { storyScale } from '../../src/timeline/storyScale';
import { buildSpanIndex } from '../../src/timeline/visibleSlice';
import { paddedExtent, scaleExtent, transformFor } from '../../src/timeline/zoomLimits';
import { event, many, sorted } from './events';

const events = sorted([...many(30, '2019-05-01', 2), event('late', '2019-07-01')]);
const extent = paddedExtent(events);
const index = buildSpanIndex(events);

function context(over: Partial<FrameContext> = {}): FrameContext {
  return {
    layout: { index, lanes: 4, binPx: 40, labelWidth: () => 120, countWidth: (n) => String(n).length * 8 },
    rows: null, events, locale: 'en-GB', timeZone: 'UTC', tickSpacing: 56, charWidth: 7.5, ...over,
  };
}

/** Two rows by person: the first ten events, and the rest. */
function twoRows() {
  const a = events.slice(0, 10).map((_, i) => i);
  const b = events.slice(10).map((_, i) => i + 10);
  return [
    { id: 'a', label: 'A', members: a, index: buildSpanIndex(events, a) },
    { id: 'b', label: 'B', members: b, index: buildSpanIndex(events, b) },
  ];
}

describe('frameOf', () => {
  it('at k = 1 the view is the whole padded extent, from pixel 0 to the width', () => {
    const scale = storyScale('time', events, extent);
    const f = frameOf({ k: 1, x: 0 }, scale, 800, context());
    expect(f.view.from).toBeCloseTo(extent.from, -1);
    expect(f.view.to).toBeCloseTo(extent.to, -1);
    expect(f.x(f.view.from)).toBeCloseTo(0, 6);
    expect(f.x(f.view.to)).toBeCloseTo(800, 6);
  });

  it('shows the span a transform was made for, on every scale', () => {
    for (const kind of ['time', 'gaps', 'sequential'] as const) {
      const scale = storyScale(kind, events, extent);
      const span = { from: Date.UTC(2019, 4, 3), to: Date.UTC(2019, 4, 9) };
      const f = frameOf(transformFor(span, scale, 600), scale, 600, context());
      expect(f.view.from).toBeCloseTo(span.from, -3);
      expect(f.view.to).toBeCloseTo(span.to, -3);
    }
  });

  it('lays out every event once, as a mark or inside a cluster', () => {
    const scale = storyScale('time', events, extent);
    const f = frameOf({ k: 1, x: 0 }, scale, 375, context());
    const drawn = f.layout.marks.length + f.layout.clusters.reduce((n, c) => n + c.count, 0);
    expect(drawn).toBe(events.length);
    expect(f.rowLayouts).toBeNull();
  });

  it('zoomed in to a day, marks of that day are drawn and far events are not', () => {
    const scale = storyScale('time', events, extent);
    const span = { from: Date.UTC(2019, 4, 5), to: Date.UTC(2019, 4, 6) };
    const f = frameOf(transformFor(span, scale, 1280), scale, 1280, context());
    const ids = f.layout.marks.map((m) => events[m.index]!.id);
    expect(ids).toEqual(expect.arrayContaining(['e8', 'e9']));
    expect(ids).not.toContain('late');
  });

  it('the range names the span in view in the locale, and ticks stay inside the plot', () => {
    const scale = storyScale('time', events, extent);
    const span = { from: Date.UTC(2019, 4, 1), to: Date.UTC(2019, 4, 31) };
    const f = frameOf(transformFor(span, scale, 800), scale, 800, context());
    expect(f.range()).toMatch(/May 2019/);
    const xs = [...f.ticks.major, ...f.ticks.minor].map((t) => f.x(t.t));
    expect(xs.length).toBeGreaterThan(0);
    for (const v of xs) expect(v).toBeGreaterThanOrEqual(-1);
  });

  it('with rows, each row gets a one-lane layout of its own events', () => {
    const scale = storyScale('time', events, extent);
    const rows = twoRows();
    const f = frameOf({ k: 1, x: 0 }, scale, 800, context({ rows }));
    expect(f.rowLayouts?.map((r) => r.row.id)).toEqual(['a', 'b']);
    const count = (l: { marks: unknown[]; clusters: { count: number }[] }) => l.marks.length + l.clusters.reduce((n, c) => n + c.count, 0);
    expect(f.rowLayouts!.map((r) => count(r.layout))).toEqual([10, events.length - 10]);
    // The plot's own lanes are not laid out as well: only the rows are drawn.
    expect([f.layout.marks.length, f.layout.clusters.length]).toEqual([0, 0]);
  });

  it('a row held from an earlier frame keeps that frame\'s layout and scale; the others follow the view', () => {
    const scale = storyScale('time', events, extent);
    const rows = twoRows();
    const earlier = frameOf({ k: 1, x: 0 }, scale, 800, context({ rows }));
    const now = frameOf({ k: 3, x: -800 }, scale, 800, context({ rows, held: [undefined, earlier.rowLayouts![1]] }));
    expect(now.rowLayouts![1]).toBe(earlier.rowLayouts![1]);
    expect(now.rowLayouts![1]!.x(events[12]!.t0)).toBe(earlier.x(events[12]!.t0));
    expect(now.rowLayouts![0]!.layout).toEqual(frameOf({ k: 3, x: -800 }, scale, 800, context({ rows })).rowLayouts![0]!.layout);
    expect(now.rowLayouts![0]!.x(events[2]!.t0)).toBeCloseTo(now.x(events[2]!.t0), 9);
    // A held layout of another row (the rows changed: another facet) is not used.
    const swapped = frameOf({ k: 3, x: -800 }, scale, 800, context({ rows, held: [earlier.rowLayouts![1], undefined] }));
    expect(swapped.rowLayouts![0]!.row).toBe(rows[0]);
    expect(swapped.rowLayouts![0]).not.toBe(earlier.rowLayouts![1]);
  });

  it('a width of 0 is taken as 1 px, never dividing by zero', () => {
    const scale = storyScale('time', events, extent);
    const [, kMax] = scaleExtent(scale, 1);
    const f = frameOf({ k: kMax, x: 0 }, scale, 0, context());
    expect(Number.isFinite(f.view.from) && Number.isFinite(f.view.to)).toBe(true);
  });
});
