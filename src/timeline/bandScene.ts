/**
 * What one band of the plot draws (the plot's lanes by time, or one row by person or topic), as a
 * pure function of its layout: which marks are drawn, where, and with how much of their titles;
 * which clusters, with their pills kept inside the plot; and the faint lines spanning the
 * clusters' dates. Two renderers draw it: the SVG (PlotBand.tsx), which a reader and assistive
 * technology use, and, while a gesture runs, the canvas (gesturePaint.ts), which only shows it.
 */
import type { TimelineEvent } from '../dataset/model';
import type { Layout, PlacedCluster } from './layout';
import { POINT_RADIUS, type MarkKind } from './marks';
import type { TextMeasure } from './textWidth';
import type { SpanIndex } from './visibleSlice';
import { drawnWidth, labelLeft, laneLabel, NONE, wholeLabel, type Label } from './titleLabel';
import { clusterMatches } from './clusterMatches';

/**
 * Whether a shape from x0 to x1 (px) reaches the plot of `width` px, give or take 40 px: the
 * layout reaches a quarter of the view beyond each side (layout.ts), so that lanes and bins near
 * the edges do not change as the reader pans, but only what reaches the plot is drawn, since every
 * frame of a gesture draws afresh.
 */
export function reaches(x0: number, x1: number, width: number): boolean {
  return x1 >= -40 && x0 <= width + 40;
}

/**
 * The pill edges of a band's clusters, px, each moved inside the plot of `width` px when its bin
 * runs past either edge (a pill half cut off is a count the reader cannot read), its width kept;
 * unless that would lay it over the pill beside it, when it stays where its bin is.
 */
export function pillEdges(clusters: readonly { x0: number; x1: number }[], width: number): { x0: number; x1: number }[] {
  const order = clusters.map((_, i) => i).sort((a, b) => clusters[a]!.x0 - clusters[b]!.x0);
  const out = clusters.map((c) => ({ x0: c.x0, x1: c.x1 }));
  order.forEach((i, k) => {
    const c = clusters[i]!;
    const w = c.x1 - c.x0;
    const x0 = Math.max(0, Math.min(c.x0, width - w));
    const before = k > 0 ? clusters[order[k - 1]!]! : null;
    const after = k < order.length - 1 ? clusters[order[k + 1]!]! : null;
    if ((after && x0 + w > after.x0) || (before && x0 < before.x1)) return;
    out[i] = { x0, x1: x0 + w };
  });
  return out;
}

/** Where lane `lane` of a band starts, px: lane 0 is the lowest. */
export function laneTop(top: number, lanes: number, laneHeight: number, lane: number): number {
  return top + (lanes - 1 - lane) * laneHeight;
}

/** Whether the mark of event `i` is drawn with its whole title (selected, or focused). */
export function emphasised(events: readonly TimelineEvent[], i: number, selectedId: string | null, focused: number): boolean {
  return events[i]?.id === selectedId || i === focused;
}

/** Radius of a point mark's dot, px (a selected one is 1 px larger); a collapsed span is drawn point-sized. */
export const POINT_R = POINT_RADIUS;
/** Dashes of an uncertain date's band, and of a collapsed one's ring, px. */
export const UNCERTAIN_DASH: readonly number[] = [5, 3];
export const COLLAPSED_DASH: readonly number[] = [2.5, 1.6];

/** Height of a span's band in a lane of `laneHeight` px. */
export function glyphBand(laneHeight: number): number {
  return laneHeight - 10;
}

/** Height of a cluster's pill in a cluster row of `height` px. */
export function pillHeight(height: number): number {
  return Math.min(height - 8, 28);
}

/** What a band's scene is made from: its layout and where it sits, and the reader's state. */
export interface BandInput {
  /** A row by person or topic (its clusters share its one lane), not the plot's lanes by time. */
  row: boolean;
  layout: Layout;
  /** The view scale the layout was made at. */
  x: (t: number) => number;
  /** Top of the band's lanes, their number and height, px. */
  top: number;
  lanes: number;
  laneHeight: number;
  /** Top and height of the band's cluster row, px. */
  clusterTop: number;
  clusterHeight: number;
  /** The events the band draws (the whole index, or its row's). */
  index: SpanIndex;
  /** Plot width, px. */
  width: number;
  events: readonly TimelineEvent[];
  selectedId: string | null;
  /** Chronological index of the mark with keyboard focus, and of the one holding the tab stop (-1: none). */
  focused: number;
  active: number;
  /** Events passing the reader's filters (null: all). */
  visibleIds: ReadonlySet<string> | null;
  /** Title measures: regular, and the selected title's weight. */
  measure: TextMeasure;
  measureSelected: TextMeasure;
}

/** One mark as drawn: px, the glyph's edges and centre cut to the plot plus 40 px. */
export interface MarkScene {
  /** Chronological index of the event. */
  index: number;
  event: TimelineEvent;
  kind: MarkKind;
  x0: number;
  x1: number;
  cx: number;
  /** A span too narrow to draw, shown as a point-sized glyph of its kind. */
  collapsed: boolean;
  /** Top of its lane and the lane's height, px. */
  y: number;
  height: number;
  label: Label;
  /** Drawn with its whole title (selected, or focused), which is drawn again over every other mark. */
  whole: boolean;
  /** Drawn as selected (aria-pressed). */
  selected: boolean;
  /** Filtered out by the reader: drawn faint, still reachable. */
  faded: boolean;
}

/** One cluster as drawn: its bin, its pill's edges (inside the plot), and under a filter its matches. */
export interface ClusterScene {
  cluster: PlacedCluster;
  x0: number;
  x1: number;
  /** How many of its events pass the reader's filters; null without a filter. */
  matches: number | null;
}

/** What one band draws, in drawing order: marks, then the clusters' span lines, then the clusters. */
export interface BandScene {
  marks: MarkScene[];
  /** The lines under the pills, spanning their members' dates, px; at `spanY`. */
  spans: { x0: number; x1: number }[];
  spanY: number;
  clusters: ClusterScene[];
  /** Top and height of the cluster row, px. */
  clusterTop: number;
  clusterHeight: number;
}

/** A title's left and right edges as drawn, px (with its dots when shortened). */
function titleEdges(l: Label): [number, number] {
  const left = labelLeft(l);
  return [left, left + drawnWidth(l)];
}

/**
 * Takes away the titles a whole title covers. The selected or focused mark's whole title is drawn
 * over its neighbours on a plate (Plot.tsx); a neighbour's title running on past the plate read as
 * part of it ("… hold talks in Sochi ives Pompeo…"). Its mark stays; its title is back once the
 * mark beside it is neither selected nor focused. A wrapped whole title covers the lane below too.
 */
function hideCovered(marks: MarkScene[]): void {
  const covers = marks.filter((m) => m.whole && m.label.lines.length > 0).map((m) => {
    const [left, right] = titleEdges(m.label);
    // The plate's margin (Mark.tsx, Title), and a word space's worth more.
    return { mark: m, left: left - 8, right: right + 8, top: m.y, bottom: m.y + m.height * m.label.lines.length };
  });
  if (covers.length === 0) return;
  for (const m of marks) {
    if (m.whole || m.label.lines.length === 0) continue;
    const [left, right] = titleEdges(m.label);
    const covered = covers.some((c) => c.mark !== m && m.y < c.bottom && m.y + m.height > c.top && left < c.right && right > c.left);
    if (covered) m.label = NONE;
  }
}

/** The scene of one band. */
export function bandScene(p: BandInput): BandScene {
  const { layout, width, events } = p;
  // Shapes are cut to the plot plus a little: a span thousands of screens long would otherwise be
  // rasterised (dashes and all) far outside the view, which is what made deep zooms slow.
  const clip = (v: number) => Math.min(width + 40, Math.max(-40, v));
  const clusters = layout.clusters.filter((c) => reaches(c.x0, c.x1, width));
  const pills = pillEdges(clusters, width);
  const marks: MarkScene[] = [];
  for (const m of layout.marks) {
    const e = events[m.index]!;
    const whole = emphasised(events, m.index, p.selectedId, p.focused);
    // The active, selected and focused marks are drawn wherever they are, so that a focused
    // mark a zoom carries off screen keeps focus.
    if (!whole && m.index !== p.active && !reaches(m.geometry.x0, m.geometry.x1, width)) continue;
    // In a row by person or topic, clusters share the lane (drawn over it): a title ends before
    // the next pill, also one inside the mark's own span, and a pill over its start hides it.
    const stop = p.row ? Math.min(Infinity, ...pills.filter((c) => c.x1 > m.labelX).map((c) => c.x0)) : Infinity;
    const label = whole ? wholeLabel(e.title, m, width, e.id === p.selectedId ? p.measureSelected : p.measure) : laneLabel(e.title, m, width, p.measure, stop);
    marks.push({
      index: m.index, event: e, kind: m.geometry.kind, x0: clip(m.geometry.x0), x1: clip(m.geometry.x1), cx: clip(m.geometry.cx),
      collapsed: m.geometry.collapsed, y: laneTop(p.top, p.lanes, p.laneHeight, m.lane), height: p.laneHeight, label, whole,
      selected: e.id === p.selectedId, faded: p.visibleIds !== null && !p.visibleIds.has(e.id),
    });
  }
  hideCovered(marks);
  // Under a filter each cluster says how many of its events match.
  let drawn: Set<number> | undefined;
  const matchOf = (c: PlacedCluster) => {
    if (!p.visibleIds) return null;
    drawn ??= new Set(layout.marks.map((m) => m.index));
    return clusterMatches(p.index, c, drawn, p.visibleIds);
  };
  return {
    marks,
    spans: clusters.map((c) => ({ x0: clip(Math.max(p.x(c.from), p.x(c.start))), x1: clip(Math.min(p.x(c.to), p.x(c.end))) })),
    spanY: p.clusterTop + p.clusterHeight / 2,
    clusters: clusters.map((c, i) => ({ cluster: c, x0: pills[i]!.x0, x1: pills[i]!.x1, matches: matchOf(c) })),
    clusterTop: p.clusterTop,
    clusterHeight: p.clusterHeight,
  };
}
