/**
 * One frame's layout: which events are drawn as marks (and in which lane, with how much of their
 * title), and which are folded into clusters. Pure, so that keyboard navigation can ask "would this
 * event be visible at that zoom?" without rendering, and so that it is tested without a browser.
 */
import { binEvents, binSize, foldIntoCluster, scaleBins, type Cluster } from './clusters';
import type { StoryScale } from './storyScale';
import { assignLanes } from './lanes';
import { markGeometry, type MarkGeometry } from './marks';
import { midOf, type SpanIndex } from './visibleSlice';
import type { Span } from './zoomLimits';

/** A mark placed on screen. */
export interface PlacedMark {
  /** Chronological index of the event. */
  index: number;
  geometry: MarkGeometry;
  /** Lane from 0 (nearest the axis). */
  lane: number;
  /** Where the title starts, px. */
  labelX: number;
  /** Room for the title, px (0: hidden). */
  labelRoom: number;
}

/** A cluster placed on screen. */
export interface PlacedCluster extends Cluster {
  /** Pill edges, px. */
  x0: number;
  x1: number;
}

/** What one frame draws. */
export interface Layout {
  marks: PlacedMark[];
  clusters: PlacedCluster[];
  binMs: number;
}

/** Inputs of layoutFrame. */
export interface LayoutInput {
  index: SpanIndex;
  /** The base scale: clusters are bins of it. */
  scale: StoryScale;
  /** The view scale, ms → px. */
  x: (t: number) => number;
  /** The span in view. */
  view: Span;
  /** Plot width, px. */
  width: number;
  /** Number of lanes for marks. */
  lanes: number;
  /** Target bin width, px: about the width of a cluster pill plus its gap. */
  binPx: number;
  /** Width of each event's whole title, px (memoised by the caller). */
  labelWidth: (index: number) => number;
  /** Width of a cluster's count text, px. */
  countWidth: (count: number) => number;
}

const MARGIN = 0.25;
const GAP = 6;
const MIN_LABEL = 36;

/** Lays out the view plus a quarter of its width on each side, so a short pan shows no gap. */
export function layoutFrame({ index, scale, x, view, width, lanes, binPx, labelWidth, countWidth }: LayoutInput): Layout {
  const u0 = scale.unit(view.from);
  const u1 = scale.unit(view.to);
  const span = u1 - u0;
  const from = scale.time(u0 - span * MARGIN);
  const to = scale.time(u1 + span * MARGIN);
  const binU = binSize(span / Math.max(1, width), binPx, 0);
  const bins = scaleBins(scale, binU);
  const binned = binEvents(index, from, to, bins, lanes);
  const binMs = bins.size;

  const items = binned.singles.map((i) => {
    const e = index.events[i]!;
    const g = markGeometry(e, x);
    // A title sits inside a span when it fits there (kept at the left edge while the span runs on
    // off screen, or runs past the right edge), else just after the glyph, as beside a point.
    const w = labelWidth(i);
    const start = Math.max(g.x0, 0) + 6;
    const inside = g.kind !== 'point' && !g.collapsed && (g.x1 > width || g.x1 - start >= w + 6);
    const labelX = inside ? start : g.x1 + 5;
    return { i, g, x0: g.x0, x1: g.x1, labelX, labelWidth: w };
  });
  items.sort((a, b) => a.x0 - b.x0 || a.i - b.i);
  const placement = assignLanes(items, { lanes, gap: GAP, minLabel: MIN_LABEL });

  const clusters = new Map<number, Cluster>(binned.clusters.map((c) => [c.key, c]));
  const marks: PlacedMark[] = [];
  items.forEach((item, n) => {
    const p = placement[n]!;
    if (p.lane < 0) {
      const e = index.events[item.i]!;
      foldIntoCluster(clusters, midOf(e), e.t0, e.t1, bins);
    } else {
      marks.push({ index: item.i, geometry: item.g, lane: p.lane, labelX: item.labelX, labelRoom: p.labelRoom });
    }
  });
  marks.sort((a, b) => a.index - b.index);

  const binW = binU * (width / Math.max(1e-12, span));
  const placed = [...clusters.values()].sort((a, b) => a.key - b.key).map((c) => {
    const w = Math.min(Math.max(28, countWidth(c.count) + 16), Math.max(24, binW - 4));
    // Within its bin, and within the plot where the bin reaches into it: a bin far wider than the
    // view (events spanning a year, seen by the week) keeps its pill on screen.
    const lo = Math.max(x(c.start), x(c.end) > 0 ? 0 : -Infinity) + 2;
    const hi = Math.min(x(c.end), x(c.start) < width ? width : Infinity) - 2;
    const centre = Math.min(Math.max((x(c.from) + x(c.to)) / 2, lo + w / 2), hi - w / 2);
    return { ...c, x0: centre - w / 2, x1: centre + w / 2 };
  });
  return { marks, clusters: placed, binMs };
}
