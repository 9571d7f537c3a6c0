import { describe, expect, it } from 'vitest';
import { bandScene, type BandInput } from '../../src/timeline/bandScene';
import type { Layout, PlacedMark, PlacedCluster } from '../../src/timeline/layout';
import { buildSpanIndex } from '../../src/timeline/visibleSlice';
import { textMeasure } from '../../src/timeline/textWidth';
import { event, sorted } from './events';

const events = sorted([
  event('a', '2019-05-01', undefined, 'Talks open in Sochi'),
  event('b', '2019-05-02', undefined, 'Ministers meet'),
  event('c', '2019-05-03', '2019-05-05', 'A long summit with a long title'),
  event('d', '2019-05-10'),
  event('e', '2019-05-11'),
]);
const index = buildSpanIndex(events);
const measure = textMeasure('14px serif', 14, false);
const DAY = 86_400_000;
const t0 = events[0]!.t0;
/** One pixel per hour from the first event. */
const x = (t: number) => (t - t0) / 3_600_000;

function mark(i: number, lane = 0, room = 200): PlacedMark {
  const e = events[i]!;
  const [x0, x1] = [x(e.t0), e.end ? x(e.t1) : x(e.t0)];
  return { index: i, lane, labelX: x1 + 8, labelRoom: room, geometry: { kind: e.end ? 'range' : 'point', x0, x1, cx: (x0 + x1) / 2, collapsed: false } };
}

function cluster(key: number, from: number, count: number): PlacedCluster {
  const cx = x(from);
  return { key, from, to: from + DAY, start: from, end: from + DAY, count, x0: cx - 12, x1: cx + 12 };
}

function input(layout: Layout, over: Partial<BandInput> = {}): BandInput {
  return {
    row: false, layout, x, top: 10, lanes: 2, laneHeight: 30, clusterTop: 70, clusterHeight: 32, index, width: 400, events,
    selectedId: null, focused: -1, active: -1, visibleIds: null, measure, measureSelected: measure, ...over,
  };
}

describe('bandScene: what one band of the plot draws', () => {
  it('draws the marks that reach the plot, each in its lane, lane 0 lowest', () => {
    // Event c's span runs from 48 to 120 px; d and e sit 216 and 240 px from the start, off a 100 px plot.
    const layout: Layout = { marks: [mark(0, 0), mark(1, 1), mark(3)], clusters: [], binMs: DAY };
    const scene = bandScene(input(layout, { width: 100 }));
    expect(scene.marks.map((m) => m.event.id)).toEqual(['a', 'b']);
    expect(scene.marks.map((m) => m.y)).toEqual([40, 10]);
    expect(scene.marks.every((m) => !m.whole && !m.selected && !m.faded)).toBe(true);
  });

  it('draws the selected, focused and active marks wherever they are, the selected and focused with their whole titles', () => {
    const layout: Layout = { marks: [mark(0), mark(3), mark(4)], clusters: [], binMs: DAY };
    const scene = bandScene(input(layout, { width: 100, selectedId: 'd', active: 4 }));
    expect(scene.marks.map((m) => [m.event.id, m.whole, m.selected])).toEqual([['a', false, false], ['d', true, true], ['e', false, false]]);
    // Cut to the plot plus 40 px, as the SVG's shapes are.
    expect(scene.marks[1]!.cx).toBe(140);
  });

  it('takes away the titles a whole title is drawn over, in its lane only, and gives them back when it is not whole', () => {
    // a's whole title runs from 8 px far past b (24 px) and c (48 px); b shares a's lane, c is in the lane above.
    const layout: Layout = { marks: [mark(0, 0, 10), mark(1, 0), mark(2, 1)], clusters: [], binMs: DAY };
    const titles = (scene: ReturnType<typeof bandScene>) => scene.marks.map((m) => [m.event.id, m.label.lines.join(' ')]);
    const plain = titles(bandScene(input(layout)));
    const c = plain[2]![1]!;
    expect(c).not.toBe('');
    expect(plain).toEqual([['a', ''], ['b', 'Ministers meet'], ['c', c]]);
    expect(titles(bandScene(input(layout, { selectedId: 'a' })))).toEqual([['a', 'Talks open in Sochi'], ['b', ''], ['c', c]]);
    // Focus whole-titles a mark too; a title clear of the whole one keeps its words.
    expect(titles(bandScene(input(layout, { focused: 1 })))).toEqual([['a', ''], ['b', 'Ministers meet'], ['c', c]]);
  });

  it('a wrapped whole title takes away the titles it covers in the lane below it too', () => {
    // On a 120 px plot a's title wraps to two lines (a 10 px room left of it, 100 px right).
    const layout: Layout = { marks: [mark(0, 1, 10), mark(1, 0, 200)], clusters: [], binMs: DAY };
    const scene = bandScene(input(layout, { width: 100, selectedId: 'a', measureSelected: measure }));
    expect(scene.marks[0]!.label.lines.length).toBe(2);
    expect(scene.marks[1]!.label.lines).toEqual([]);
    // One line, above it: b keeps its title.
    const wide = bandScene(input(layout, { width: 400, selectedId: 'a' }));
    expect(wide.marks[0]!.label.lines.length).toBe(1);
    expect(wide.marks[1]!.label.lines).toEqual(['Ministers meet']);
  });

  it('in a row, a title ends before the next cluster pill', () => {
    const layout: Layout = { marks: [mark(0, 0, 400)], clusters: [cluster(1, t0 + 3 * DAY, 7)], binMs: DAY };
    const free = bandScene(input(layout, { row: false }));
    const row = bandScene(input(layout, { row: true }));
    expect(free.marks[0]!.label.lines).toEqual(['Talks open in Sochi']);
    const pill = row.clusters[0]!;
    const l = row.marks[0]!.label;
    expect(l.lines.length === 0 || l.x + l.width <= pill.x0).toBe(true);
  });

  it('keeps pills inside the plot and draws each cluster\'s span line under them, cut to the plot plus 40 px', () => {
    const layout: Layout = { marks: [], clusters: [cluster(1, t0 - 2 * DAY, 3), cluster(2, t0 + 2 * DAY, 5), cluster(3, t0 + 90 * DAY, 9)], binMs: DAY };
    const scene = bandScene(input(layout, { width: 100 }));
    // The third cluster is far beyond the plot: not drawn.
    expect(scene.clusters.map((c) => c.cluster.key)).toEqual([1, 2]);
    expect(scene.clusters[0]!.x0).toBe(0);
    expect(scene.spans).toEqual([{ x0: -40, x1: -24 }, { x0: 48, x1: 72 }]);
    expect(scene.spanY).toBe(86);
    expect(scene.clusters.every((c) => c.matches === null)).toBe(true);
  });

  it('under a filter, fades the marks it leaves out and counts each cluster\'s matches', () => {
    const layout: Layout = { marks: [mark(0), mark(1)], clusters: [cluster(1, events[3]!.t0, 2)], binMs: DAY };
    const scene = bandScene(input(layout, { visibleIds: new Set(['a', 'd']) }));
    expect(scene.marks.map((m) => m.faded)).toEqual([false, true]);
    expect(scene.clusters[0]!.matches).toBe(1);
  });
});
