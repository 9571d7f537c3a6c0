/**
 * The main plot: an SVG sized to its container, holding the axis, the lanes of marks and the row
 * of clusters. Before the container is measured (and on the server) it is laid out at the
 * prerender width (TimelineChart.tsx), so prerendered HTML and the first client render match.
 */
import { useCallback, useRef, type JSX, type RefObject } from 'react';
import { useLatest } from './useLatest';
import type { TimelineEvent } from '../dataset/model';
import type { Dimensions } from './dimensions';
import type { Frame } from './useFrame';
import type { Layout } from './layout';
import type { Span } from './zoomLimits';
import type { SpanIndex } from './visibleSlice';
import { axisTop, facetRowTop } from './dimensions';
import { wholeLabel } from './titleLabel';
import { Axis } from './Axis';
import { axisScene } from './axisScene';
import { TitleOverlay } from './Mark';
import { PlotBand } from './PlotBand';
import { bandScene, emphasised, laneTop, reaches } from './bandScene';
import { useGestureLayer } from './useGestureLayer';
import { useT } from '../i18n/useT';
import { markId, markOf } from './markOf';
import { rowKey } from './facets';
import { useStoryLang } from '../i18n/StoryLang';

/** Props of Plot. */
export interface PlotProps {
  /** Time runs right to left: the drawing is mirrored whole (app.css, .tl-mirror). */
  mirrored?: boolean;
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
  /**
   * Opens a cluster: its bin key, its members' earliest start and latest end, ms, and its band
   * ('' for the plot's lanes, else its row's key).
   */
  onOpenCluster: (cluster: Span & { key: number }, band: string) => void;
  /** Locale for counts and dates. */
  locale: string;
  /** Chronological index of the mark that has keyboard focus (-1: none): it shows its whole title. */
  focused: number;
  /** Shows or hides the tooltip with an event's whole title. */
  onTip: (id: string, show: boolean) => void;
  /** A reader's gesture is under way (useZoom): said by `data-moving` on the SVG, for styles and tests. */
  moving?: boolean;
}

/** One band of the plot: its layout, where its lanes and clusters are, and its row label. */
interface Band {
  key: string;
  layout: Layout;
  /** The view scale its layout was made at. */
  x: (t: number) => number;
  top: number;
  lanes: number;
  clusterTop: number;
  clusterHeight: number;
  /** The row's name (lanes by person or topic), drawn above it. */
  label: string | null;
  /** Where the row's name sits, px from the top. */
  labelY: number;
  /** The events the band draws (the whole index, or a row's). */
  index: SpanIndex;
}

/** The plot SVG. */
export function Plot(p: PlotProps) {
  const t = useT();
  const storyLang = useStoryLang();
  const { frame, dims, width } = p;
  const { layout, ticks, x, measure, rowLayouts } = frame;
  const axisY = axisTop(dims, rowLayouts?.length ?? null);

  const bands: Band[] = rowLayouts
    ? rowLayouts.map((r, i) => {
      const top = facetRowTop(dims, i) + dims.axisFont * 1.3;
      return { key: rowKey(r.row), layout: r.layout, x: r.x, top, lanes: 1, clusterTop: top, clusterHeight: dims.laneHeight, label: r.row.label, labelY: facetRowTop(dims, i) + dims.axisFont, index: r.row.index };
    })
    : [{ key: '', layout, x, top: dims.top, lanes: dims.lanes, clusterTop: dims.top + dims.lanes * dims.laneHeight, clusterHeight: dims.clusterRow, label: null, labelY: 0, index: frame.layoutInput.index }];

  // While a gesture runs, the bands it moves are painted on a canvas (GestureLayer.tsx) and the
  // SVG keeps them as it last drew them, unseen: `shown` is what the SVG draws, and a band is
  // painted when its layout is not the one drawn (rows held outside the window keep theirs).
  const { Layer: GestureLayer, load: loadLayer } = useGestureLayer();
  const settled = useRef(bands);
  const painting = !!p.moving && GestureLayer !== null && sameBands(settled.current, bands);
  if (!painting) settled.current = bands;
  const shown = painting ? settled.current : bands;
  const painted = shown.map((b, n) => painting && bands[n]!.layout !== b.layout);
  // The axis too, whenever a band is: the SVG keeps the one the gesture found, undisplayed (rows
  // by person or topic outside the window, which keep theirs, are out of sight with its grid lines).
  const axis = axisScene({ ticks, x, width, gridTop: dims.top / 2, axisY, charWidth: dims.axisChar, fontSize: dims.axisFont });
  const settledAxis = useRef(axis);
  /** Some band is painted on the canvas this frame, and so the axis is too. */
  const canvasPaints = painted.some(Boolean);
  if (!canvasPaints) settledAxis.current = axis;

  // One tab stop: the active event's mark if drawn, else the first mark in view, else a cluster,
  // in the first band that draws it (an event drawn in several rows takes it in its first only).
  let stop: string | number | null = null;
  let stopBand = -1;
  if (shown.length) {
    const marks = shown.flatMap((b) => b.layout.marks);
    const inView = (a: number, b: number) => b >= 0 && a <= width;
    const activeMark = marks.find((m) => m.index === p.active);
    const first = marks.filter((m) => inView(m.geometry.x0, m.geometry.x1)).sort((a, b) => a.index - b.index)[0];
    const firstCluster = shown.flatMap((b) => b.layout.clusters).find((c) => inView(c.x0, c.x1));
    stop = activeMark ? activeMark.index : first ? first.index : firstCluster ? `c${firstCluster.key}` : null;
    stopBand = shown.findIndex((b) => typeof stop === 'number'
      ? b.layout.marks.some((m) => m.index === stop)
      : b.layout.clusters.some((c) => `c${c.key}` === stop && reaches(c.x0, c.x1, width)));
  }

  // The selected and the focused marks' whole titles are drawn again on top of everything (not
  // printed: the mark has it).
  const overlays: JSX.Element[] = [];
  shown.forEach((band, n) => {
    for (const m of band.layout.marks) {
      const e = p.events[m.index]!;
      if (!emphasised(p.events, m.index, p.selectedId, p.focused)) continue;
      const label = wholeLabel(e.title, m, width, e.id === p.selectedId ? frame.measureSelected : measure);
      if (!label.lines.length) continue;
      overlays.push(
        <TitleOverlay key={`o${band.key}:${e.id}`} id={e.id} y={laneTop(band.top, band.lanes, dims.laneHeight, m.lane)} height={dims.laneHeight} labelX={label.x} label={label.lines}
          anchor={label.anchor} labelWidth={label.width} truncated={label.truncated} clip={label.clip} labelTail={label.tail}
          fontSize={frame.fontSize} selected={e.id === p.selectedId} faded={p.visibleIds !== null && !p.visibleIds.has(e.id)} mid={0} plate painted={painted[n]} lang={storyLang} />,
      );
    }
  });

  // What the canvas paints: the moved bands at this frame, and the part of the plot they cover
  // (with room below for a whole title's second line). The layer is mounted as soon as it has
  // loaded (as the reader reaches for the plot), hidden and one pixel big between gestures:
  // handing a canvas to an OffscreenCanvas costs most of a frame at 4× slowdown, which a
  // gesture's first frame would otherwise pay.
  let layer: JSX.Element | null = null;
  const live = bands.filter((_, n) => painted[n]);
  if (GestureLayer) {
    const scenes = live.map((b) => bandScene({
      row: b.label !== null, layout: b.layout, x: b.x, top: b.top, lanes: b.lanes, laneHeight: dims.laneHeight, clusterTop: b.clusterTop,
      clusterHeight: b.clusterHeight, index: b.index, width, events: p.events, selectedId: p.selectedId, focused: p.focused, active: p.active,
      visibleIds: p.visibleIds, measure, measureSelected: frame.measureSelected,
    }));
    // Whole pixels: a canvas whose box is a fraction of a pixel tall would have its pixels stretched to fit.
    // From the grid's top on a plot of one band (from the first moved row's), and down to the
    // plot's bottom, the axis, when the last band moved.
    const top = !canvasPaints ? 0 : Math.max(0, Math.floor(Math.min(rowLayouts ? Infinity : axis.gridTop, ...live.map((b) => b.top - 4))));
    const bottom = !canvasPaints ? 0 : painted[painted.length - 1] ? Math.floor(p.height)
      : Math.min(Math.floor(p.height), Math.ceil(Math.max(...live.map((b) => Math.max(b.top + b.lanes * dims.laneHeight, b.clusterTop + b.clusterHeight))) + 2.4 * frame.fontSize));
    layer = <GestureLayer scenes={canvasPaints ? scenes : null} axis={canvasPaints ? axis : null} width={Math.ceil(width)} top={top} height={Math.max(1, bottom - top)} mirrored={!!p.mirrored}
      fontSize={frame.fontSize} locale={p.locale} svg={p.svgRef.current} />;
  }
  // The bands the canvas paints are taken out of the SVG's drawing (each frame of the gesture would
  // otherwise still style and paint them), unless keyboard focus is in the plot: an element that
  // is not displayed loses focus, so then they are only made transparent.
  const keepFocus = painting && !!p.svgRef.current?.contains(document.activeElement);
  const paintedClass = keepFocus ? 'pointer-events-none opacity-0' : 'hidden';

  // A cluster's activation, one function for every frame (so that an unchanged band is not drawn
  // again for a new one): it finds the cluster in the bands as last drawn.
  const drawnBands = useLatest(bands);
  const open = useLatest(p.onOpenCluster);
  const onActivate = useCallback((bin: number, key: string) => {
    const c = drawnBands.current.find((b) => b.key === key)?.layout.clusters.find((k) => k.key === bin);
    if (c) open.current({ key: c.key, from: c.from, to: c.to }, key);
  }, [drawnBands, open]);

  // Clicks and hover on any mark, answered here for all of them (focus: TimelineChart.tsx). The
  // whole title of a shortened mark shows in a tooltip while the pointer is over it; pointerover
  // and pointerout bubble, so crossing between two parts of one mark (its target and its title)
  // is not a leave. Leaving always hides the mark's tooltip: a mark selected meanwhile shows its
  // whole title and is no longer marked shortened.
  const crossing = (e: { target: EventTarget | null; relatedTarget: EventTarget | null }) => {
    const mark = markOf(e.target);
    return mark && mark !== markOf(e.relatedTarget) ? mark : null;
  };

  return (
    <>
    <svg
      ref={p.svgRef}
      id={p.id}
      role="group"
      aria-label={t('timeline.plot')}
      aria-describedby={p.hintId}
      width={width}
      height={p.height}
      data-moving={p.moving ? '' : undefined}
      // Said once the gesture layer has loaded: gestures are painted on it from then on (tests wait for it).
      data-paints-gestures={GestureLayer ? '' : undefined}
      // The drawing's own coordinates, so that print and the prerendered page (without the app to
      // re-lay it out) can scale it to their width by CSS (src/print/print.css).
      viewBox={`0 0 ${width} ${p.height}`}
      className={`block touch-pan-y select-none font-ui ${p.mirrored ? 'tl-mirror' : ''}`}
      onClick={(e) => {
        // A press made while a gesture's frames were on the gesture layer landed on the SVG itself
        // (useZoom.ts ends those frames at the press): the mark is the one drawn under the click now.
        const mark = markOf(e.target) ?? (e.target === e.currentTarget ? markOf(document.elementFromPoint(e.clientX, e.clientY)) : null);
        if (mark) p.onSelect(markId(mark));
      }}
      onPointerOver={(e) => {
        loadLayer();
        const mark = crossing(e);
        if (mark?.hasAttribute('data-shortened')) p.onTip(markId(mark), true);
      }}
      onPointerOut={(e) => {
        const mark = crossing(e);
        if (mark) p.onTip(markId(mark), false);
      }}
    >
      <Axis scene={settledAxis.current} hidden={canvasPaints} />
      {shown.map((band, n) => band.label !== null && (
        <g key={`r${band.key}`} aria-hidden="true">
          {n > 0 && <line x1={0} x2={width} y1={band.labelY - dims.axisFont} y2={band.labelY - dims.axisFont} className="stroke-(--tl-grid)" />}
          <text x={4} y={band.labelY} fontSize={dims.axisFont} unicodeBidi="plaintext" className="halo fill-(--tl-muted) font-semibold uppercase tracking-wide">{band.label}</text>
        </g>
      ))}
      {shown.map((band, n) => (
        <g key={`b${band.key}`} data-painted={painted[n] ? '' : undefined} className={painted[n] ? paintedClass : undefined}>
        <PlotBand bandKey={band.key} row={band.label !== null} layout={band.layout} x={band.x} top={band.top} lanes={band.lanes}
          laneHeight={dims.laneHeight} clusterTop={band.clusterTop} clusterHeight={band.clusterHeight} index={band.index} width={width} events={p.events}
          selectedId={p.selectedId} focused={p.focused} active={p.active} visibleIds={p.visibleIds} stop={n === stopBand ? stop : null}
          measure={measure} measureSelected={frame.measureSelected} fontSize={frame.fontSize} nameOf={frame.nameOf} clusterName={frame.clusterName}
          locale={p.locale} onActivate={onActivate} />
        </g>
      ))}
      {overlays}
    </svg>
    {layer}
    </>
  );
}

/** Whether two lists of bands are the same bands (their keys, in order). */
function sameBands(a: readonly Band[], b: readonly Band[]): boolean {
  return a.length === b.length && a.every((band, i) => band.key === b[i]!.key);
}
