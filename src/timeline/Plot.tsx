/**
 * The main plot: an SVG sized to its container, holding the axis, the lanes of marks and the row
 * of clusters. Before the container is measured (and on the server) it draws only the empty frame
 * at a default size, so prerendered HTML and the first client render match.
 */
import type { RefObject } from 'react';
import type { TimelineEvent } from '../dataset/model';
import type { Dimensions } from './dimensions';
import type { Frame } from './useFrame';
import { Axis } from './Axis';
import { Mark } from './Mark';
import { ClusterMark } from './ClusterMark';
import { compactNumber } from './intl';
import { clusterMatches, withMatches } from './clusterMatches';

/** Props of Plot. */
export interface PlotProps {
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
  /** Records the focused event. */
  onFocusIndex: (i: number) => void;
  /** Zooms to a cluster's members. */
  onOpenCluster: (bin: number) => void;
  /** Locale for counts and dates. */
  locale: string;
}

/** The plot SVG. */
export function Plot(p: PlotProps) {
  const { frame, dims, width } = p;
  const { layout, ticks, x, measure } = frame;
  const clusterTop = dims.top + dims.lanes * dims.laneHeight;
  const axisY = clusterTop + dims.clusterRow;
  const laneTop = (lane: number) => dims.top + (dims.lanes - 1 - lane) * dims.laneHeight;
  const count = compactNumber(p.locale);
  // Shapes are cut to the plot plus a little: a span thousands of screens long would otherwise be
  // rasterised (dashes and all) far outside the view, which is what made deep zooms slow.
  const clip = (v: number) => Math.min(width + 40, Math.max(-40, v));

  // One tab stop: the active event's mark if drawn, else the first mark in view, else a cluster.
  let stop: string | number | null = null;
  if (layout) {
    const activeMark = layout.marks.find((m) => m.index === p.active);
    const inView = (a: number, b: number) => b >= 0 && a <= width;
    const first = layout.marks.find((m) => inView(m.geometry.x0, m.geometry.x1));
    const firstCluster = layout.clusters.find((c) => inView(c.x0, c.x1));
    stop = activeMark ? activeMark.index : first ? first.index : firstCluster ? `c${firstCluster.key}` : null;
  }

  // Under a filter each cluster says how many of its events match; faded marks say they do not.
  let drawn: Set<number> | undefined;
  const matchOf = (c: { start: number; end: number }) => {
    if (!p.visibleIds || !layout || !frame.layoutInput) return null;
    drawn ??= new Set(layout.marks.map((m) => m.index));
    return clusterMatches(frame.layoutInput.index, c, drawn, p.visibleIds);
  };

  return (
    <svg
      ref={p.svgRef}
      id={p.id}
      role="group"
      aria-label="Events on the timeline"
      aria-describedby={p.hintId}
      width={width || '100%'}
      height={p.height}
      className="block touch-pan-y select-none font-ui"
    >
      {ticks && <Axis ticks={ticks} x={x} width={width} gridTop={dims.top / 2} axisY={axisY} charWidth={7} />}
      {!ticks && <line x1={0} x2="100%" y1={axisY + 0.5} y2={axisY + 0.5} className="stroke-(--tl-border)" />}
      {layout?.clusters.map((c) => { const matches = matchOf(c); return (
        <ClusterMark
          key={c.key}
          bin={c.key}
          x0={c.x0}
          x1={c.x1}
          spanX0={clip(Math.max(x(c.from), x(c.start)))}
          spanX1={clip(Math.min(x(c.to), x(c.end)))}
          y={clusterTop}
          height={dims.clusterRow}
          label={count.format(c.count)}
          name={withMatches(frame.clusterName(c.count, c.from, c.to), matches)}
          matches={matches}
          tabIndex={stop === `c${c.key}` ? 0 : -1}
          onActivate={p.onOpenCluster}
        />
      ); })}
      {layout && measure && layout.marks.map((m) => {
        const e = p.events[m.index]!;
        // Titles end with an ellipsis at the plot's right edge rather than being cut mid-letter.
        const room = Math.min(m.labelRoom, width - m.labelX - 4);
        const label = room >= 48 ? measure.fit(e.title, room) : '';
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
            y={laneTop(m.lane)}
            height={dims.laneHeight}
            labelX={m.labelX}
            label={label}
            labelWidth={label === e.title ? measure.width(label) : label ? m.labelRoom : 0}
            name={p.visibleIds !== null && !p.visibleIds.has(e.id) ? `${frame.nameOf(m.index)}, outside the filters` : frame.nameOf(m.index)}
            tabIndex={stop === m.index ? 0 : -1}
            selected={e.id === p.selectedId}
            faded={p.visibleIds !== null && !p.visibleIds.has(e.id)}
            fontSize={frame.fontSize}
            onActivate={p.onSelect}
            onFocusIndex={p.onFocusIndex}
          />
        );
      })}
    </svg>
  );
}
