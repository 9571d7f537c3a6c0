/**
 * The zoomable timeline: toolbar, plot (axis, marks, clusters) and overview strip.
 *
 * React renders every element; D3 computes (scales, ticks, zoom transforms). d3-zoom lives in
 * useZoom alone; everything here derives from the ZoomTransform it reports (useFrame). Only what is
 * in view, plus a margin, is in the DOM; clusters stand in for the rest.
 * The app (src/App.tsx) renders exactly <TimelineChart {...TimelineChartProps} />: keep the props stable.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import type { Timeline, TimelineEvent } from '../dataset/model';
import { chronologically } from '../dataset/order';
import { buildSpanIndex, lowerBound } from './visibleSlice';
import { inBin } from './clusters';
import { paddedExtent, type Span } from './zoomLimits';
import { storyScale, type ScaleKind } from './storyScale';
import { firstView } from './firstView';
import { facetRows, rowKey, type Facet } from './facets';
import { busiestWindow } from './busiest';
import { useLatest } from './useLatest';
import { densityColumns, densityPath } from './density';
import { dimensions, facetRowHeight, facetRowTop, plotHeight } from './dimensions';
import { rowsInView } from './rowsInView';
import { useCoarsePointer, useRem, useWidth } from './useSize';
import { useZoom } from './useZoom';
import { readTitleFont, useFrame, type TitleFont } from './useFrame';
import { useNavigation } from './useNavigation';
import { ZoomControls } from './ZoomControls';
import { Overview } from './Overview';
import { Plot } from './Plot';
import { HOUR } from './units';
import { useClusterList } from './useClusterList';
import { EmptyView } from './EmptyView';
import { isViewEmpty, nearestOutside } from './nearestEvents';
import { spanOfIds } from './fitSpan';
import type { FocusRequest } from './focusRequest';
import { usePageReveal } from './usePageReveal';
import { useT } from '../i18n/useT';
import { axisDirection } from '../app/locale';
import { markId, markOf } from './markOf';
import { Bdi } from '../i18n/StoryLang';

/** Props of TimelineChart. */
export interface TimelineChartProps {
  /** The parsed dataset. */
  timeline: Timeline;
  /** Ids of events that pass the reader's filters; null means all. Others are drawn faded (not removed). */
  visibleIds: ReadonlySet<string> | null;
  /** The selected event, drawn selected (aria-pressed="true" on its mark). */
  selectedId: string | null;
  /** Called when the reader selects an event (click, tap, Enter/Space). */
  onSelect: (id: string) => void;
  /** A request about one event (centre it, scroll the page to the timeline, focus its mark): act when `seq` changes. */
  focusRequest: FocusRequest | null;
  /** A request to fit these events in view (a filter's matches), or, with null ids, to show the story as it opened (filters cleared): act when `seq` changes. */
  fitRequest?: { ids: ReadonlySet<string> | null; seq: number } | null;
  /** BCP 47 locale for dates. */
  locale: string;
  /** Optional heading id that labels the timeline region. */
  labelledBy?: string;
  /** The base scale: chronological, collapsed gaps or sequential. */
  scale: ScaleKind;
  /** Called when the reader picks another scale in the toolbar. */
  onScaleChange: (kind: ScaleKind) => void;
  /** Lanes by person or topic (one labelled row each), or null for lanes by time. */
  facet: Facet | null;
  /** Called when the reader picks another lane layout in the toolbar. */
  onFacetChange: (facet: Facet | null) => void;
  /** A view asked for by the page (`view=`), ms; wins over the dataset's `view`. */
  view?: Span | null;
  /**
   * No prerendered markup to match (a page drawn afresh, `?data=`): the chart's frame is measured
   * first (ChartFrame), and the chart mounts at the reader's width, so its marks are laid out once.
   */
  measureFirst?: boolean;
}

/** What a page drawn afresh measures of the chart's frame before the chart mounts. */
interface FirstMeasure {
  /** The plot's width, px (0: not laid out, as in a hidden layout). */
  width: number;
  /** The root font size, px. */
  rem: number;
  font: TitleFont;
}

/** The chart's section, one definition for the chart and the frame measured before it. */
const SECTION_CLASS = 'timeline my-3 min-w-0 [contain:layout_paint] rounded-lg border border-(--tl-border) bg-(--tl-surface) px-3 pt-2.5 pb-3 sm:px-4';
/**
 * The plot's box, whose width is the plot's. It has the plot's `touch-action: pan-y`, so that
 * whatever is laid over the plot and takes touch (the empty view's buttons, a cluster's list) has
 * it too: there, as on the plot, the browser may scroll the page vertically but never pinch-zoom it.
 */
const BOX_CLASS = 'relative overflow-hidden touch-pan-y';

/**
 * Pads a span by a share of its length (more on the right, where titles run), and to at least the
 * finest zoom's span.
 */
function padded(span: Span, share: number, min: number): Span {
  const len = Math.max(span.to - span.from, 1);
  const pad = Math.max(len * share, (min - len) / 2, 0);
  return { from: span.from - pad, to: span.to + pad * 2.5 };
}

/** Plot width used before measurement, px. */
const PRERENDER_WIDTH = 800;
/** The least height a row's cluster list is given (about three of its events), px. */
const CLUSTER_LIST_ROOM = 200;

/** The timeline region: the zoomable chart. */
export function TimelineChart(props: TimelineChartProps): JSX.Element {
  const [first, setFirst] = useState<FirstMeasure | null>(null);
  return props.measureFirst && !first ? <ChartFrame onMeasured={setFirst} /> : <Chart {...props} first={first} />;
}

/**
 * The chart's section and plot box alone, measured in its layout effect (the page's first layout,
 * which the chart's would be): the chart then mounts in the same commit's re-render, before the
 * first paint, with its width, text size and title font known. Mounted at a guessed width instead,
 * it laid out and drew every mark twice, and its zoom and title measures each re-rendered it once
 * more before the first mark was in the page (?data=, `npm run bench`).
 */
function ChartFrame({ onMeasured }: { onMeasured: (m: FirstMeasure) => void }): JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const node = box.current;
    if (!node) return;
    const width = Math.floor(node.getBoundingClientRect().width);
    onMeasured({ width, rem: parseFloat(getComputedStyle(document.documentElement).fontSize) || 16, font: readTitleFont(node) });
  }, [onMeasured]);
  return <section className={SECTION_CLASS}><div ref={box} dir="ltr" className={BOX_CLASS} /></section>;
}

/** The chart itself: TimelineChart's props, and its frame's measures when it had to be measured first. */
function Chart({ timeline, visibleIds, selectedId, onSelect, focusRequest, fitRequest, locale, labelledBy, scale: kind, onScaleChange, facet, onFacetChange, view: asked, first }: TimelineChartProps & { first: FirstMeasure | null }): JSX.Element {
  const t = useT();
  const { events } = timeline;
  // Time runs right to left for right-to-left datasets unless the editor keeps it left to right.
  const mirrored = axisDirection(timeline) === 'rtl';
  const index = useMemo(() => buildSpanIndex(events), [events]);
  const chosen = asked ?? (timeline.view ? { from: timeline.view.start.from, to: timeline.view.end.to } : null);
  const chosenFrom = chosen?.from;
  const chosenTo = chosen?.to;
  // The page's or the editor's view is deliberate: the zoom-out limit stretches to include it.
  const extent = useMemo(() => {
    const all = paddedExtent(events);
    return chosenFrom !== undefined && chosenTo !== undefined ? { from: Math.min(all.from, chosenFrom), to: Math.max(all.to, chosenTo) } : all;
  }, [events, chosenFrom, chosenTo]);
  const scale = useMemo(() => storyScale(kind, events, extent), [kind, events, extent]);
  // Without a chosen view the story opens on its moment (the most quoted week), not on "fit all".
  const initial = useMemo(
    () => (chosenFrom !== undefined && chosenTo !== undefined ? { from: chosenFrom, to: chosenTo } : firstView(events)),
    [events, chosenFrom, chosenTo],
  );
  const indexOf = useMemo(() => eventIndex(timeline), [timeline]);
  const starts = useMemo(() => {
    const t0 = new Float64Array(events.length);
    for (let i = 0; i < events.length; i++) t0[i] = (events[i] as TimelineEvent).t0;
    return t0;
  }, [events]);
  const busiest = useMemo(() => (events.length > 2 ? busiestWindow(events) : null), [events]);

  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  // Before the box is measured (on the server, and in the first client render that hydrates the
  // server's markup) the plot is laid out at a typical desktop width, so the prerendered page
  // already shows the marks; the real width replaces it before the browser first paints.
  // A page drawn afresh has no markup to match: it starts from its frame's measures (ChartFrame).
  const measured = useWidth(box, first?.width);
  const width = measured || PRERENDER_WIDTH;
  const remProbe = useRef<HTMLSpanElement>(null);
  const rem = useRem(remProbe, first?.rem);
  const dims = dimensions(width, useCoarsePointer(), rem);
  const zoom = useZoom(svg, { scale, width, initial, resetKey: events, events });
  const rows = useMemo(() => (facet ? facetRows(timeline, facet) : null), [timeline, facet]);
  // While a gesture runs, only the rows by person or topic in the window are laid out and drawn
  // again (useFrame): where the plot is, read once, in the gesture's first render (its task runs
  // after a frame was painted, so the layout read is already up to date).
  const rowHeight = facetRowHeight(dims);
  const liveRows = useMemo(() => {
    const plot = zoom.moving && rows ? svg.current?.getBoundingClientRect() : undefined;
    return plot ? rowsInView(plot.top, window.innerHeight, facetRowTop(dims, 0), rowHeight, rows!.length) : null;
    // dims is a new object in every render; what is read of it is its row geometry.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [zoom.moving, rows, dims.top, rowHeight]);
  const frame = useFrame({ timeline, index, scale: zoom.scale, transform: zoom.transform, width, dims, locale, t, svg, rows, liveRows, font: first?.font });
  // The toolbar's range in view holds still while a gesture runs and says where it ended: its
  // words, changing in every frame, re-laid out the whole page around the toolbar (at 10,000 events
  // and 4× CPU slowdown, ~18 ms of a ~35 ms zoom step), and its live region spoke at every step.
  const settledRange = useRef('');
  if (!zoom.moving || !settledRange.current) settledRange.current = frame.range();
  const range = settledRange.current;
  const [active, setActive] = useState(-1);
  // The mark with keyboard focus shows its whole title; a shortened title also shows in a tooltip.
  const [focused, setFocused] = useState(-1);
  const [tip, setTip] = useState<{ id: string; left: number; top: number } | null>(null);
  const onTip = useCallback((id: string, show: boolean) => {
    // Not while a wheel zooms (useZoom.ts): marks moving under a resting pointer would flicker one.
    if (show && svg.current?.hasAttribute('data-wheeling')) return;
    // Under the mark, inside the plot's box.
    const mark = show ? svg.current?.querySelector(`[data-event-id="${CSS.escape(id)}"]`) : null;
    const outer = box.current?.getBoundingClientRect();
    if (!mark || !outer) return setTip((t) => (t && t.id === id && !show ? null : t));
    const r = mark.getBoundingClientRect();
    setTip({ id, left: Math.max(0, Math.min(r.left - outer.left, outer.width - 280)), top: r.bottom - outer.top + 4 });
  }, []);
  // The view moved under a shown tooltip (a zoom with the pointer resting on a mark): it goes, as
  // its mark moves on or takes its whole title. Following the mark instead would measure the
  // plot's layout in every frame of the gesture, and lay it out twice.
  useLayoutEffect(() => setTip(null), [zoom.transform, zoom.scale, width]);
  const { goTo, focusWhenDrawn, noteFocus, focusEvent } = useNavigation({ frame, zoom, svg, active, setActive });
  /** The plot's mark that is `target` itself (not an element inside one, nor the cluster list's). */
  const plotMark = (target: EventTarget | null) => {
    const mark = markOf(target);
    return mark === target && svg.current?.contains(mark) ? mark : null;
  };
  const ids = useId();

  // The finest span the zoom allows, ms, where the view is now.
  const finest = (frame.view.to - frame.view.from) * (zoom.transform.k / zoom.kExtent[1]);
  // The strip shows the scale chosen, not the frames of a switch in progress.
  const density = useMemo(
    () => densityPath(densityColumns(index, scale, width), width, dims.overview - 14),
    [index, scale, width, dims.overview],
  );


  const lastSeq = useRef<number | null>(null);
  useEffect(() => {
    if (!focusRequest || focusRequest.seq === lastSeq.current) return;
    lastSeq.current = focusRequest.seq;
    const i = indexOf(focusRequest.id);
    if (i === undefined) return;
    if (focusRequest.reveal) goTo(i, false, true);
    if (focusRequest.focus) focusEvent(i);
  }, [focusRequest, indexOf, goTo, focusEvent]);
  const section = useRef<HTMLElement>(null);
  const known = useCallback((id: string) => indexOf(id) !== undefined, [indexOf]);
  usePageReveal(section, focusRequest, known);

  const lastFit = useRef<number | null>(null);
  useEffect(() => {
    if (!fitRequest || fitRequest.seq === lastFit.current) return;
    lastFit.current = fitRequest.seq;
    // The story as it opened (its chosen view, or its moment).
    if (!fitRequest.ids) {
      zoom.fit(initial ?? scale.extent);
      return;
    }
    const span = spanOfIds(events, fitRequest.ids);
    if (span) zoom.fit(padded(span, 0.08, 12 * HOUR));
  }, [fitRequest, events, zoom, initial, scale.extent]);

  // Clusters zooming cannot split (events at one instant, or all dated "2019") open as a list.
  const clusterList = useClusterList({
    frame, events, index, goTo, focusWhenDrawn, show: zoom.show, selectedId, onSelect, setActive, svg, locale, timeZone: timeline.timeZone, width,
    targetOf: (c) => padded({ from: c.from, to: c.to }, 0.12, finest),
    place: (band) => {
      // The plot's lanes: over them. A row's: under the row, or as far down as leaves it room.
      if (!band || !rows) return { top: 2, maxHeight: dims.top + dims.lanes * dims.laneHeight + dims.clusterRow - 2 };
      const bottom = plotHeight(dims, rows.length) - 2;
      const below = facetRowTop(dims, Math.max(0, rows.findIndex((r) => rowKey(r) === band)) + 1);
      const top = Math.max(2, Math.min(below, bottom - CLUSTER_LIST_ROOM));
      return { top, maxHeight: bottom - top };
    },
    mirrored,
  });
  // Zoomed into a stretch with no events: say so and offer the nearest on either side.
  const empty = useMemo(() => {
    const view = frame.view;
    const bands = frame.rowLayouts ? frame.rowLayouts.map((r) => ({ layout: r.layout, index: r.row.index, view })) : [{ layout: frame.layout, index, view }];
    return bands.every((b) => isViewEmpty(b, width)) ? nearestOutside(events, starts, view) : null;
  }, [frame.layout, frame.rowLayouts, frame.view, width, events, starts, index]);
  // A cluster element's members, from the layout of its band (the plot, or its row by person or
  // topic: bins repeat from row to row).
  const clusterOf = (el: Element) => {
    const key = el.getAttribute('data-cluster');
    const row = el.getAttribute('data-row');
    const band = row === null ? frame.layout : frame.rowLayouts?.find((r) => rowKey(r.row) === row)?.layout;
    return band?.clusters.find((k) => String(k.key) === key);
  };
  // Whether event i is one of a cluster element's members: in its bin, and in its row if it has one.
  const holds = (el: Element, c: Span & { start: number; end: number }, i: number) => {
    const e = events[i];
    const row = el.getAttribute('data-row');
    return e !== undefined && inBin(c, e) &&
      (row === null || (frame.rowLayouts?.some((r) => rowKey(r.row) === row && r.row.members.includes(i)) ?? false));
  };

  // Buttons zoom around the middle of the plot, except where that falls in a collapsed gap: zooming
  // into a break would only enlarge the break, so they zoom around its nearer edge instead.
  const zoomCentre = (): number => {
    const w = Math.max(1, width);
    const mid = zoom.scale.time((w / 2 - zoom.transform.x) / zoom.transform.k / w);
    const gap = zoom.scale.pieces.find((p) => p.gap && mid > p.t0 && mid < p.t1);
    if (!gap) return w / 2;
    return frame.x(mid - gap.t0 < gap.t1 - mid ? gap.t0 : gap.t1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as Element;
    const mark = target.closest('[data-event-id]');
    const cluster = target.closest('[data-cluster]');
    const here = mark ? indexOf(mark.getAttribute('data-event-id') ?? '') ?? active : active;
    // Keys zoom around the focused event, so it stays where the reader is looking.
    const focusX = (mark || cluster) && here >= 0 ? frame.x(events[here]!.t0) : undefined;
    let done = true;
    if (e.key === 'Escape' && tip) {
      // Dismisses the tooltip only (WCAG 1.4.13); a second Escape reaches the panel.
      setTip(null);
      e.stopPropagation();
    } else if (e.key === '+' || e.key === '=') zoom.zoomBy(2, focusX ?? zoomCentre());
    else if (e.key === '-' || e.key === '_') zoom.zoomBy(0.5, focusX ?? zoomCentre());
    else if (e.key === '0') zoom.fit(scale.extent);
    else if ((mark || cluster) && ['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) {
      // The arrows follow what the reader sees: → goes to the event drawn on the right, which is
      // the earlier one when time runs right to left.
      const later = (e.key === 'ArrowRight') !== mirrored;
      const c = cluster ? clusterOf(cluster) : undefined;
      // From a cluster the step goes into it, unless the step that led here was to one of its
      // members (a row's events that no zoom separates): then on from that event, in date order.
      const from = c && !mark && !holds(cluster!, c, active) ? (later ? lowerBound(starts, c.from) - 1 : lowerBound(starts, c.from)) : here;
      const next = e.key === 'Home' ? 0 : e.key === 'End' ? events.length - 1 : from + (later ? 1 : -1);
      // The cluster list (events no zoom separates, as a list) is the plot's lanes'; in rows by
      // person or topic such events stay in their row's cluster and the arrows go on through them.
      if (next >= 0 && next < events.length) {
        if (rows) goTo(next, true);
        else clusterList.step(next);
      }
    } else if ((e.key === 'Enter' || e.key === ' ') && mark) onSelect(mark.getAttribute('data-event-id')!);
    else if ((e.key === 'Enter' || e.key === ' ') && cluster) {
      const c = clusterOf(cluster);
      // The cluster list's rules (zoom in, or open as a list), in its band: the plot's lanes or its row.
      if (c) clusterList.activate(c.key, true, cluster.getAttribute('data-row') ?? '');
    }
    else done = false;
    if (done) e.preventDefault();
  };

  const busiestSpan = busiest && busiest.count > 1 ? padded(busiest, 0.1, 12 * HOUR) : null;
  const [kMin, kMax] = zoom.kExtent;
  // The toolbar's actions, one function each for the chart's life, reading the view when pressed:
  // the toolbar is memoised, and the frames of a zoom (which change the view, not the toolbar)
  // need not draw it again.
  const toolbar = useLatest({ zoomBy: zoom.zoomBy, fit: zoom.fit, centre: zoomCentre, all: scale.extent, busiest: busiestSpan });
  const onZoomIn = useCallback(() => toolbar.current.zoomBy(2, toolbar.current.centre()), [toolbar]);
  const onZoomOut = useCallback(() => toolbar.current.zoomBy(0.5, toolbar.current.centre()), [toolbar]);
  const onFitAll = useCallback(() => toolbar.current.fit(toolbar.current.all), [toolbar]);
  const onBusiest = useCallback(() => {
    const span = toolbar.current.busiest;
    if (span) toolbar.current.fit(span);
  }, [toolbar]);
  return (
    <section
      ref={section}
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : t('timeline.region')}
      className={SECTION_CLASS}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        noteFocus(svg.current?.contains(e.target) ? e.target : null);
        if (!rows) clusterList.noteFocus(e.target);
        const id = e.target.getAttribute('data-event-id');
        const i = id ? indexOf(id) ?? -1 : -1;
        setFocused(i);
        // A plot mark's focus, answered here for every mark (markOf.ts): it takes the tab stop,
        // and a shortened title shows whole in a tooltip.
        const mark = plotMark(e.target);
        if (!mark) return;
        if (i >= 0) setActive(i);
        if (mark.hasAttribute('data-shortened')) onTip(markId(mark), true);
      }}
      onBlur={(e) => {
        setFocused(-1);
        const mark = plotMark(e.target);
        if (mark) onTip(markId(mark), false);
      }}
    >
      <ZoomControls
        range={range}
        onZoomIn={onZoomIn}
        onZoomOut={onZoomOut}
        onFitAll={onFitAll}
        scale={kind}
        onScaleChange={onScaleChange}
        facet={facet}
        onFacetChange={onFacetChange}
        onBusiest={busiestSpan ? onBusiest : null}
        atFinest={zoom.transform.k >= kMax * 0.999}
        atAll={zoom.transform.k <= kMin * 1.001}
        compact={dims.compact}
        controls={`${ids}plot`}
      />
      <span ref={remProbe} aria-hidden="true" className="pointer-events-none invisible absolute block h-px w-[1rem]" />
      <div ref={box} dir="ltr" className={BOX_CLASS}>
        <Plot
          mirrored={mirrored}
          svgRef={svg}
          id={`${ids}plot`}
          hintId={`${ids}hint`}
          frame={frame}
          dims={dims}
          width={width}
          height={plotHeight(dims, rows ? rows.length : null)}
          events={events}
          active={active}
          selectedId={selectedId}
          visibleIds={visibleIds}
          onSelect={onSelect}
          onOpenCluster={(c, band) => clusterList.activate(c.key, false, band)}
          locale={locale}
          focused={focused}
          onTip={onTip}
          moving={zoom.moving}
        />
        {tip && timeline.eventById.get(tip.id) && (
          <div role="tooltip" style={{ left: tip.left, top: tip.top }}
            className="tip pointer-events-none absolute z-10 max-w-72 rounded-md bg-(--tl-fg) px-2.5 py-1.5 font-serif text-sm text-(--tl-surface) shadow-md">
            <Bdi>{timeline.eventById.get(tip.id)!.title}</Bdi>
          </div>
        )}
        {clusterList.element}
        {empty && <EmptyView range={frame.range('day')} {...empty} events={events} locale={locale} onGoTo={(i) => goTo(i, true, true)} />}
        <p id={`${ids}hint`} className="sr-only">
          {t('timeline.hint')}
        </p>
        <div className="needs-js mt-2">
          <Overview mirrored={mirrored} scale={zoom.scale} view={frame.view} width={width} height={dims.overview} path={density}
            handle={dims.compact ? 28 : 14} onShow={(s, animate) => zoom.show(s, animate)} />
        </div>
      </div>
    </section>
  );
}

/**
 * Each event's index in the chronological list, by id: the event from the model's own lookup, then
 * a binary search in the one chronological order, and a walk through the events of the same span.
 * No map of its own: at 100,000 events a second lookup by id was megabytes held for the page's life.
 */
function eventIndex({ events, eventById }: Timeline): (id: string) => number | undefined {
  return (id) => {
    const e = eventById.get(id);
    if (!e) return undefined;
    let lo = 0;
    let hi = events.length;
    while (lo < hi) {
      const m = (lo + hi) >>> 1;
      if (chronologically(events[m] as TimelineEvent, e) < 0) lo = m + 1;
      else hi = m;
    }
    // Events with the same span keep the dataset's order: the event is among them.
    for (let i = lo; i < events.length && chronologically(events[i] as TimelineEvent, e) === 0; i++) if (events[i] === e) return i;
    return undefined;
  };
}
