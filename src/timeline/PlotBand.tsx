/**
 * One band of the plot: the marks, cluster span lines and clusters of one layout (the plot's lanes
 * by time, or one row by person or topic). Memoised, so a band whose props did not change is not
 * rendered again: a row held still during a gesture (frame.ts, `held`) keeps its layout object, and
 * the band is skipped whole instead of every mark and cluster in it being compared.
 */
import { memo } from 'react';
import type { TimelineEvent } from '../dataset/model';
import type { Layout } from './layout';
import type { TextMeasure } from './textWidth';
import type { SpanIndex } from './visibleSlice';
import { laneLabel, wholeLabel } from './titleLabel';
import { Mark } from './Mark';
import { ClusterMark, ClusterSpans } from './ClusterMark';
import { compactNumber } from './intl';
import { clusterMatches, withMatches } from './clusterMatches';
import { useT } from '../i18n/useT';

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

/** Props of PlotBand: primitives and objects that keep their identity from frame to frame. */
export interface PlotBandProps {
  /** '' for the plot's lanes by time; a row's key (facets.ts, rowKey) for a row by person or topic. */
  bandKey: string;
  /** A row by person or topic (its clusters share its one lane), not the plot's lanes by time. */
  row: boolean;
  layout: Layout;
  /** The view scale the layout was made at: this frame's, or an earlier one's for a held row. */
  x: (t: number) => number;
  /** Top of the band's lanes, their number and height, px: lane 0 is the lowest. */
  top: number;
  lanes: number;
  laneHeight: number;
  /** Top and height of the band's cluster row, px. */
  clusterTop: number;
  clusterHeight: number;
  /** The events the band draws (the whole index, or its row's). */
  index: SpanIndex;
  width: number;
  events: readonly TimelineEvent[];
  selectedId: string | null;
  /** Chronological index of the mark with keyboard focus, and of the one holding the tab stop (-1: none). */
  focused: number;
  active: number;
  visibleIds: ReadonlySet<string> | null;
  /** The plot's tab stop when it is in this band (a mark's index, or `c<bin>` for a cluster), else null. */
  stop: string | number | null;
  measure: TextMeasure;
  measureSelected: TextMeasure;
  fontSize: number;
  nameOf: (i: number) => string;
  clusterName: (count: number, from: number, to: number) => string;
  locale: string;
  /** Opens the cluster of bin `bin` in the band `bandKey`. */
  onActivate: (bin: number, bandKey: string) => void;
}

/** Where lane `lane` of a band starts, px. */
export function laneTop(top: number, lanes: number, laneHeight: number, lane: number): number {
  return top + (lanes - 1 - lane) * laneHeight;
}

/** Whether the mark of event `i` is drawn with its whole title (selected, or focused). */
export function emphasised(events: readonly TimelineEvent[], i: number, selectedId: string | null, focused: number): boolean {
  return events[i]?.id === selectedId || i === focused;
}

/** One band's marks, then its clusters' span lines, then its clusters. */
export const PlotBand = memo(function PlotBand(p: PlotBandProps) {
  const t = useT();
  const { layout, width, events } = p;
  const count = compactNumber(p.locale);
  // Shapes are cut to the plot plus a little: a span thousands of screens long would otherwise be
  // rasterised (dashes and all) far outside the view, which is what made deep zooms slow.
  const clip = (v: number) => Math.min(width + 40, Math.max(-40, v));
  const clusters = layout.clusters.filter((c) => reaches(c.x0, c.x1, width));
  const pills = pillEdges(clusters, width);
  // Under a filter each cluster says how many of its events match; faded marks say they do not.
  let drawn: Set<number> | undefined;
  const matchOf = (c: { start: number; end: number }) => {
    if (!p.visibleIds) return null;
    drawn ??= new Set(layout.marks.map((m) => m.index));
    return clusterMatches(p.index, c, drawn, p.visibleIds);
  };
  return (
    <>
      {layout.marks.map((m) => {
        const e = events[m.index]!;
        const whole = emphasised(events, m.index, p.selectedId, p.focused);
        // The active, selected and focused marks are drawn wherever they are, so that a focused
        // mark a zoom carries off screen keeps focus.
        if (!whole && m.index !== p.active && !reaches(m.geometry.x0, m.geometry.x1, width)) return null;
        // In a row by person or topic, clusters share the lane (drawn over it): a title ends before
        // the next pill, also one inside the mark's own span, and a pill over its start hides it.
        const stop = p.row ? Math.min(Infinity, ...pills.filter((c) => c.x1 > m.labelX).map((c) => c.x0)) : Infinity;
        const label = whole ? wholeLabel(e.title, m, width, e.id === p.selectedId ? p.measureSelected : p.measure) : laneLabel(e.title, m, width, p.measure, stop);
        const faded = p.visibleIds !== null && !p.visibleIds.has(e.id);
        return (
          <Mark
            key={e.id}
            id={e.id}
            index={m.index}
            kind={m.geometry.kind}
            x0={clip(m.geometry.x0)}
            x1={clip(m.geometry.x1)}
            cx={clip(m.geometry.cx)}
            collapsed={m.geometry.collapsed}
            y={laneTop(p.top, p.lanes, p.laneHeight, m.lane)}
            height={p.laneHeight}
            labelX={label.x}
            label={label.lines}
            anchor={label.anchor}
            truncated={label.truncated}
            clip={label.clip}
            labelTail={label.tail}
            labelWidth={label.width}
            name={faded ? t('timeline.outsideFilters', { name: p.nameOf(m.index) }) : p.nameOf(m.index)}
            tabIndex={p.stop === m.index ? 0 : -1}
            selected={e.id === p.selectedId}
            faded={faded}
            fontSize={p.fontSize}
          />
        );
      })}
      {/* Clusters after the marks: in a row by person or topic they share the marks' lane, and a
          span running the row's length (a term in office) must not hide the pills of the events
          folded under it. */}
      <ClusterSpans y={p.clusterTop + p.clusterHeight / 2}
        spans={clusters.map((c) => ({ x0: clip(Math.max(p.x(c.from), p.x(c.start))), x1: clip(Math.min(p.x(c.to), p.x(c.end))) }))} />
      {clusters.map((c, slot) => {
        const matches = matchOf(c);
        return (
          <ClusterMark
            key={slot}
            bin={c.key}
            row={p.row ? p.bandKey : undefined}
            x0={pills[slot]!.x0}
            x1={pills[slot]!.x1}
            y={p.clusterTop}
            height={p.clusterHeight}
            label={count.format(c.count)}
            name={withMatches(p.clusterName(c.count, c.from, c.to), matches, t)}
            matches={matches}
            tabIndex={p.stop === `c${c.key}` ? 0 : -1}
            onActivate={p.onActivate}
          />
        );
      })}
    </>
  );
});
