/**
 * The main plot: an SVG sized to its container, holding the axis, the lanes of marks and the row
 * of clusters. Before the container is measured (and on the server) it is laid out at the
 * prerender width (TimelineChart.tsx), so prerendered HTML and the first client render match.
 */
import type { JSX, RefObject } from 'react';
import type { TimelineEvent } from '../dataset/model';
import type { Dimensions } from './dimensions';
import type { Frame } from './useFrame';
import type { Layout } from './layout';
import type { Span } from './zoomLimits';
import type { SpanIndex } from './visibleSlice';
import { axisTop, facetRowHeight } from './dimensions';
import { laneLabel, wholeLabel } from './titleLabel';
import { Axis } from './Axis';
import { Mark, TitleOverlay } from './Mark';
import { ClusterMark, ClusterSpans } from './ClusterMark';
import { compactNumber } from './intl';
import { clusterMatches, withMatches } from './clusterMatches';
import { useT } from '../i18n/useT';
import { markId, markOf } from './markOf';
import { rowKey } from './facets';

/** Props of Plot. */
export interface PlotProps {
  /** Time runs right to left: the drawing is mirrored whole (app.css, .tl-mirror). */
  mirrored?: boolean;
  /** Draw the SVG alone, empty: a page drawn afresh, before the plot's width is known. */
  bare?: boolean;
  /** Ref for the SVG: useZoom attaches d3-zoom to it. */
  svgRef: RefObject<SVGSVGElement | null>;
  /** Id of the SVG (the toolbar controls it). */
  id: string;
  /** Id of the keyboard hint that describes it. */
  hintId: string;
  /** What this frame draws. */
  frame: Frame;
  /** Vertical rhythm. */
  dims: Dimensions;
  /** Measured width (0: not yet) and height, px. */
  width: number;
  height: number;
  /** All events, chronological. */
  events: readonly TimelineEvent[];
  /** Chronological index of the event holding the tab stop (-1: none yet). */
  active: number;
  /** Selected event id. */
  selectedId: string | null;
  /** Events passing the reader's filters (null: all). */
  visibleIds: ReadonlySet<string> | null;
  /** Selects an event. */
  onSelect: (id: string) => void;
  /** Opens a cluster: its bin key, and its members' earliest start and latest end, ms. */
  onOpenCluster: (cluster: Span & { key: number }) => void;
  /** Locale for counts and dates. */
  locale: string;
  /** Chronological index of the mark that has keyboard focus (-1: none): it shows its whole title. */
  focused: number;
  /** Shows or hides the tooltip with an event's whole title. */
  onTip: (id: string, show: boolean) => void;
}

/** One band of the plot: its layout, where its lanes and clusters are, and its row label. */
interface Band {
  key: string;
  layout: Layout;
  laneTop: (lane: number) => number;
  clusterTop: number;
  clusterHeight: number;
  /** The row's name (lanes by person or topic), drawn above it. */
  label: string | null;
  /** Where the row's name sits, px from the top. */
  labelY: number;
  /** The events the band draws (the whole index, or a row's). */
  index: SpanIndex;
  /** Its drawn marks, filled when first needed. */
  drawn?: Set<number>;
}

/** The plot SVG. */
export function Plot(p: PlotProps) {
  const t = useT();
  const { frame, dims, width } = p;
  const { layout, ticks, x, measure, rowLayouts } = frame;
  const axisY = axisTop(dims, rowLayouts?.length ?? null);
  const count = compactNumber(p.locale);
  // Shapes are cut to the plot plus a little: a span thousands of screens long would otherwise be
  // rasterised (dashes and all) far outside the view, which is what made deep zooms slow.
  const clip = (v: number) => Math.min(width + 40, Math.max(-40, v));
  // The layout reaches a quarter of the view beyond each side (layout.ts), so that lanes and bins
  // near the edges do not change as the reader pans; only what reaches the plot is drawn, since
  // every frame of a gesture draws afresh. The active, selected and focused marks always are, so
  // that a focused mark a zoom carries off screen keeps focus.
  const shown = (x0: number, x1: number) => x1 >= -40 && x0 <= width + 40;

  const rowH = facetRowHeight(dims);
  const bands: Band[] = p.bare ? [] : rowLayouts
    ? rowLayouts.map((r, i) => {
      const top = dims.top + i * rowH + dims.axisFont * 1.3;
      return { key: rowKey(r.row), layout: r.layout, laneTop: () => top, clusterTop: top, clusterHeight: dims.laneHeight, label: r.row.label, labelY: dims.top + i * rowH + dims.axisFont, index: r.row.index };
    })
    : [{ key: '', layout, laneTop: (lane: number) => dims.top + (dims.lanes - 1 - lane) * dims.laneHeight, clusterTop: dims.top + dims.lanes * dims.laneHeight, clusterHeight: dims.clusterRow, label: null, labelY: 0, index: frame.layoutInput.index }];

  // One tab stop: the active event's mark if drawn, else the first mark in view, else a cluster.
  // An event drawn in several rows takes the stop at its first appearance only.
  let stop: string | number | null = null;
  const marks = bands.flatMap((b) => b.layout.marks);
  const drawnClusters = bands.map((b) => b.layout.clusters.filter((c) => shown(c.x0, c.x1)));
  const clusters = bands.flatMap((b) => b.layout.clusters);
  if (bands.length) {
    const inView = (a: number, b: number) => b >= 0 && a <= width;
    const activeMark = marks.find((m) => m.index === p.active);
    const first = marks.filter((m) => inView(m.geometry.x0, m.geometry.x1)).sort((a, b) => a.index - b.index)[0];
    const firstCluster = clusters.find((c) => inView(c.x0, c.x1));
    stop = activeMark ? activeMark.index : first ? first.index : firstCluster ? `c${firstCluster.key}` : null;
  }
  let stopTaken = false;
  const takesStop = (key: string | number) => {
    if (stopTaken || stop !== key) return false;
    stopTaken = true;
    return true;
  };

  // The selected and the focused marks' whole titles are drawn again on top of everything.
  const overlays: JSX.Element[] = [];

  // Clicks and hover on any mark, answered here for all of them (focus: TimelineChart.tsx). The
  // whole title of a shortened mark shows in a tooltip while the pointer is over it; pointerover
  // and pointerout bubble, so crossing between two parts of one mark (its target and its title)
  // is not a leave. Leaving always hides the mark's tooltip: a mark selected meanwhile shows its
  // whole title and is no longer marked shortened.
  const crossing = (e: { target: EventTarget | null; relatedTarget: EventTarget | null }) => {
    const mark = markOf(e.target);
    return mark && mark !== markOf(e.relatedTarget) ? mark : null;
  };

  // Under a filter each cluster says how many of its events match; faded marks say they do not.
  const matchOf = (c: { start: number; end: number }, band: Band) => {
    if (!p.visibleIds) return null;
    band.drawn ??= new Set(band.layout.marks.map((m) => m.index));
    return clusterMatches(band.index, c, band.drawn, p.visibleIds);
  };

  return (
    <svg
      ref={p.svgRef}
      id={p.id}
      role="group"
      aria-label={t('timeline.plot')}
      aria-describedby={p.hintId}
      width={width}
      height={p.height}
      // The drawing's own coordinates, so that print and the prerendered page (without the app to
      // re-lay it out) can scale it to their width by CSS (src/print/print.css).
      viewBox={`0 0 ${width} ${p.height}`}
      className={`block touch-pan-y select-none font-ui ${p.mirrored ? 'tl-mirror' : ''}`}
      onClick={(e) => {
        const mark = markOf(e.target);
        if (mark) p.onSelect(markId(mark));
      }}
      onPointerOver={(e) => {
        const mark = crossing(e);
        if (mark?.hasAttribute('data-shortened')) p.onTip(markId(mark), true);
      }}
      onPointerOut={(e) => {
        const mark = crossing(e);
        if (mark) p.onTip(markId(mark), false);
      }}
    >
      {!p.bare && <Axis ticks={ticks} x={x} width={width} gridTop={dims.top / 2} axisY={axisY} charWidth={dims.axisChar} fontSize={dims.axisFont} />}
      {bands.map((band, n) => band.label !== null && (
        <g key={`r${band.key}`} aria-hidden="true">
          {n > 0 && <line x1={0} x2={width} y1={band.labelY - dims.axisFont} y2={band.labelY - dims.axisFont} className="stroke-(--tl-grid)" />}
          <text x={4} y={band.labelY} fontSize={dims.axisFont} unicodeBidi="plaintext" className="halo fill-(--tl-muted) font-semibold uppercase tracking-wide">{band.label}</text>
        </g>
      ))}
      {bands.map((band) => band.layout.marks.map((m) => {
        const e = p.events[m.index]!;
        const emphasised = e.id === p.selectedId || m.index === p.focused;
        if (!emphasised && m.index !== p.active && !shown(m.geometry.x0, m.geometry.x1)) return null;
        // In a row by person or topic, clusters share the lane (drawn over it): a title ends before
        // the next pill, also one inside the mark's own span, and a pill over its start hides it.
        const stop = band.label === null ? Infinity : Math.min(Infinity, ...band.layout.clusters.filter((c) => c.x1 > m.labelX).map((c) => c.x0));
        const label = emphasised ? wholeLabel(e.title, m, width, e.id === p.selectedId ? frame.measureSelected : measure) : laneLabel(e.title, m, width, measure, stop);
        // The whole title is drawn again in the overlay above every mark (not printed: the mark has it).
        if (emphasised && label.lines.length) {
          overlays.push(
            <TitleOverlay key={`o${band.key}:${e.id}`} id={e.id} y={band.laneTop(m.lane)} height={dims.laneHeight} labelX={label.x} label={label.lines}
              anchor={label.anchor} labelWidth={label.width} truncated={label.truncated} clip={label.clip} labelTail={label.tail}
              fontSize={frame.fontSize} selected={e.id === p.selectedId} faded={p.visibleIds !== null && !p.visibleIds.has(e.id)} mid={0} plate />,
          );
        }
        return (
          <Mark
            key={`${band.key}:${e.id}`}
            id={e.id}
            index={m.index}
            kind={m.geometry.kind}
            x0={clip(m.geometry.x0)}
            x1={clip(m.geometry.x1)}
            cx={clip(m.geometry.cx)}
            collapsed={m.geometry.collapsed}
            y={band.laneTop(m.lane)}
            height={dims.laneHeight}
            labelX={label.x}
            label={label.lines}
            anchor={label.anchor}
            truncated={label.truncated}
            clip={label.clip}
            labelTail={label.tail}
            labelWidth={label.width}
            name={p.visibleIds !== null && !p.visibleIds.has(e.id) ? t('timeline.outsideFilters', { name: frame.nameOf(m.index) }) : frame.nameOf(m.index)}
            tabIndex={takesStop(m.index) ? 0 : -1}
            selected={e.id === p.selectedId}
            faded={p.visibleIds !== null && !p.visibleIds.has(e.id)}
            fontSize={frame.fontSize}
          />
        );
      }))}
      {/* Clusters after the marks: in a row by person or topic they share the marks' lane, and a
          span running the row's length (a term in office) must not hide the pills of the events
          folded under it. */}
      {drawnClusters.map((clusters, n) => (
        <ClusterSpans key={`s${bands[n]!.key}`} y={bands[n]!.clusterTop + bands[n]!.clusterHeight / 2}
          spans={clusters.map((c) => ({ x0: clip(Math.max(x(c.from), x(c.start))), x1: clip(Math.min(x(c.to), x(c.end))) }))} />
      ))}
      {bands.map((band, n) => drawnClusters[n]!.map((c, slot) => { const matches = matchOf(c, band); return (
        <ClusterMark
          key={`${band.key}:${slot}`}
          bin={c.key}
          row={band.label === null ? undefined : band.key}
          x0={c.x0}
          x1={c.x1}
          y={band.clusterTop}
          height={band.clusterHeight}
          label={count.format(c.count)}
          name={withMatches(frame.clusterName(c.count, c.from, c.to), matches, t)}
          matches={matches}
          tabIndex={takesStop(`c${c.key}`) ? 0 : -1}
          onActivate={() => p.onOpenCluster({ key: c.key, from: c.from, to: c.to })}
        />
      ); }))}
      {overlays}
    </svg>
  );
}
