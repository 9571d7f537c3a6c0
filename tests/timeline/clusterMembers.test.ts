import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cannotSeparate, clusterMembers, noneApartAt, stepFrom } from '../../src/timeline/clusterMembers';
import { layoutFrame } from '../../src/timeline/layout';
import { viewShowing } from '../../src/timeline/navigate';
import { buildSpanIndex } from '../../src/timeline/visibleSlice';
import { paddedExtent, type Span } from '../../src/timeline/zoomLimits';
import type { TimelineEvent } from '../../src/dataset/model';
import { event, sorted } from './events';
import { timeScale } from '../../src/timeline/storyScale';
import { PROPERTY_TIMEOUT_MS } from '../propertyRuns';

const HOUR = 3_600_000;
const WIDTH = 800;

function inputs(events: TimelineEvent[]) {
  return { index: buildSpanIndex(events), scale: timeScale(paddedExtent(events)), width: WIDTH, lanes: 4, binPx: 44, labelWidth: () => 120, countWidth: () => 16 };
}

function layoutAt(events: TimelineEvent[], view: Span) {
  const input = inputs(events);
  const k = WIDTH / (input.scale.unit(view.to) - input.scale.unit(view.from));
  return layoutFrame({ ...input, view, x: (t) => (input.scale.unit(t) - input.scale.unit(view.from)) * k });
}

/**
 * Where event i can take focus in `view`: its own mark, or the opened list of the drawn cluster
 * holding it. Null when neither (it would be unreachable by keys).
 */
function holder(events: TimelineEvent[], view: Span, i: number): 'mark' | 'list' | null {
  const layout = layoutAt(events, view);
  const drawn = new Set(layout.marks.map((m) => m.index));
  if (drawn.has(i)) return 'mark';
  const index = buildSpanIndex(events);
  return layout.clusters.some((c) => clusterMembers(index, c, drawn).includes(i)) ? 'list' : null;
}

describe('clusters zooming cannot split', () => {
  const twelve = sorted([
    event('before', '2021-05-28'),
    ...Array.from({ length: 12 }, (_, n) => event(`same-${n + 1}`, '2021-06-01T12:00+02:00')),
    event('after', '2021-06-04'),
  ]);

  it('a cluster lists exactly the events folded into it, in date order', () => {
    const view = { from: Date.UTC(2021, 4, 27), to: Date.UTC(2021, 5, 5) };
    const layout = layoutAt(twelve, view);
    expect(layout.clusters).toHaveLength(1);
    const members = clusterMembers(buildSpanIndex(twelve), layout.clusters[0]!, new Set(layout.marks.map((m) => m.index)));
    expect(members).toHaveLength(layout.clusters[0]!.count);
    expect(members.map((i) => twelve[i]!.id)).toEqual(twelve.filter((e) => e.id.startsWith('same-')).map((e) => e.id));
  });

  it('twelve events at one instant never come apart, so their cluster opens as a list', () => {
    const layout = layoutAt(twelve, paddedExtent(twelve));
    const c = layout.clusters[0]!;
    const members = clusterMembers(buildSpanIndex(twelve), c, new Set(layout.marks.map((m) => m.index)));
    // Even the finest zoom around them (8 hours across 800 px) leaves every one in the cluster.
    expect(noneApartAt(inputs(twelve), { from: c.from - 4 * HOUR, to: c.from + 4 * HOUR }, members)).toBe(true);
  });

  it('a cluster of events on different days comes apart by zooming', () => {
    const spread = sorted(Array.from({ length: 12 }, (_, n) => event(`d${n}`, `2021-06-${String(n + 1).padStart(2, '0')}`)));
    const wide = { from: Date.UTC(2018, 0, 1), to: Date.UTC(2024, 0, 1) };
    const layout = layoutAt(spread, wide);
    const c = layout.clusters[0]!;
    const members = clusterMembers(buildSpanIndex(spread), c, new Set(layout.marks.map((m) => m.index)));
    expect(noneApartAt(inputs(spread), { from: c.from - 86_400_000, to: c.to + 86_400_000 }, members)).toBe(false);
  });

  it('a zoom target as long as the view cannot separate anything', () => {
    expect(cannotSeparate({ from: 0, to: 100 }, { from: 0, to: 120 })).toBe(true);
    expect(cannotSeparate({ from: 0, to: 10 }, { from: 0, to: 120 })).toBe(false);
  });

  it('keys step one event at a time, Home and End to the ends, never past them', () => {
    expect(stepFrom(3, 'ArrowRight', 10)).toBe(4);
    expect(stepFrom(3, 'ArrowDown', 10)).toBe(4);
    expect(stepFrom(3, 'ArrowLeft', 10)).toBe(2);
    expect(stepFrom(3, 'Home', 10)).toBe(0);
    expect(stepFrom(3, 'End', 10)).toBe(9);
    expect(stepFrom(9, 'ArrowRight', 10)).toBeNull();
    expect(stepFrom(0, 'ArrowLeft', 10)).toBeNull();
    expect(stepFrom(3, 'Enter', 10)).toBeNull();
  });

  it('with time running right to left, → goes to the earlier event (on the right), ← to the later', () => {
    expect(stepFrom(3, 'ArrowRight', 10, true)).toBe(2);
    expect(stepFrom(3, 'ArrowLeft', 10, true)).toBe(4);
    expect(stepFrom(3, 'ArrowDown', 10, true)).toBe(4);
    expect(stepFrom(0, 'ArrowRight', 10, true)).toBeNull();
  });

  it('property: any set of equal dates, among others → every event is reachable by the arrow keys, in order', () => {
    const iso = fc.constantFrom('2019', '2019-06', '2021-06-01', '2021-06-01T12:00+02:00', '2021-06-01T12:30Z', '-0043-03-15');
    fc.assert(
      fc.property(iso, fc.integer({ min: 2, max: 40 }), fc.array(fc.integer({ min: -400, max: 400 }), { maxLength: 6 }), (date, count, others) => {
        const equal = Array.from({ length: count }, (_, n) => event(`same-${n}`, date));
        const base = equal[0]!.t0;
        const rest = others.map((days, n) => event(`other-${n}`, new Date(base + days * 86_400_000).toISOString().slice(0, 10)));
        const events = sorted([...equal, ...rest]);
        const extent = paddedExtent(events);
        let view: Span = extent;
        // ArrowRight from the first event to the last: each step moves where navigation moves
        // the view, and the event must then hold focus as a mark or as an item of an open list.
        for (let i = 0; i < events.length; i++) {
          const target = viewShowing({ ...inputs(events), view, finest: (8 * HOUR) / (extent.to - extent.from), edge: 40 }, i);
          if (target.view) view = target.view;
          expect(holder(events, view, i), `${events[i]!.id} (${date}, ${count} equal)`).not.toBeNull();
          if (i + 1 < events.length) expect(stepFrom(i, 'ArrowRight', events.length)).toBe(i + 1);
        }
      }),
      { numRuns: 60 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
