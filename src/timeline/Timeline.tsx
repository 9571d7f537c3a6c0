/**
 * The zoomable timeline: toolbar, plot (axis, marks, clusters) and overview strip.
 *
 * React renders every element; D3 computes (scales, ticks, zoom transforms). d3-zoom lives in
 * useZoom alone; everything here derives from the ZoomTransform it reports (useFrame). Only what is
 * in view, plus a margin, is in the DOM; clusters stand in for the rest.
 * The app (src/App.tsx) renders exactly <Timeline {...TimelineProps} />: keep the props stable.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import type { Timeline as TimelineModel } from '../dataset/model';
import { buildSpanIndex, lowerBound } from './visibleSlice';
import { FINEST_MS_PER_PX, paddedExtent, type Span } from './zoomLimits';
import { busiestWindow } from './busiest';
import { densityColumns, densityPath } from './density';
import { dimensions, plotHeight } from './dimensions';
import { useCoarsePointer, useWidth } from './useSize';
import { useZoom } from './useZoom';
import { useFrame } from './useFrame';
import { useNavigation } from './useNavigation';
import { ZoomControls } from './ZoomControls';
import { Overview } from './Overview';
import { Plot } from './Plot';
import { HOUR } from './units';
import { spanOfIds } from './fitSpan';

export interface TimelineProps {
  /** The parsed dataset. */
  timeline: TimelineModel;
  /** Ids of events that pass the reader's filters; null means all. Others are drawn faded (not removed). */
  visibleIds: ReadonlySet<string> | null;
  /** The selected event, drawn selected (aria-pressed="true" on its mark). */
  selectedId: string | null;
  /** Called when the reader selects an event (click, tap, Enter/Space). */
  onSelect: (id: string) => void;
  /** A request to bring an event into view and centre it (deep link, a quote's "go to event"): act when `seq` changes. */
  focusRequest: { id: string; seq: number } | null;
  /** A request to fit these events in view (a filter's matches): act when `seq` changes. */
  fitRequest?: { ids: ReadonlySet<string>; seq: number } | null;
  /** BCP 47 locale for dates. */
  locale: string;
  /** Optional heading id that labels the timeline region. */
  labelledBy?: string;
}

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

/** The timeline region. */
export function Timeline({ timeline, visibleIds, selectedId, onSelect, focusRequest, fitRequest, locale, labelledBy }: TimelineProps): JSX.Element {
  const { events } = timeline;
  const index = useMemo(() => buildSpanIndex(events), [events]);
  const initial = useMemo(() => (timeline.view ? { from: timeline.view.from, to: timeline.view.to } : null), [timeline.view]);
  // The editor's initial view is deliberate: the zoom-out limit stretches to include it.
  const extent = useMemo(() => {
    const all = paddedExtent(events);
    return initial ? { from: Math.min(all.from, initial.from), to: Math.max(all.to, initial.to) } : all;
  }, [events, initial]);
  const indexOf = useMemo(() => new Map(events.map((e, i) => [e.id, i])), [events]);
  const starts = useMemo(() => Float64Array.from(events, (e) => e.t0), [events]);
  const busiest = useMemo(() => (events.length > 2 ? busiestWindow(events) : null), [events]);

  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  // Before the box is measured (on the server, and in the first client render that hydrates the
  // server's markup) the plot is laid out at a typical desktop width, so the prerendered page
  // already shows the marks; the real width replaces it before the browser first paints.
  const width = useWidth(box) || PRERENDER_WIDTH;
  const dims = dimensions(width || 800, useCoarsePointer());
  const zoom = useZoom(svg, { extent, width, initial });
  const frame = useFrame({ timeline, index, extent, transform: zoom.transform, width, dims, locale, svg });
  const [active, setActive] = useState(-1);
  const { goTo, noteFocus } = useNavigation({ frame, zoom, extent, svg, active, setActive });
  const ids = useId();

  const finest = FINEST_MS_PER_PX * Math.max(1, width);
  const density = useMemo(
    () => (width ? densityPath(densityColumns(index, extent, width), width, dims.overview - 14) : ''),
    [index, extent, width, dims.overview],
  );

  const lastSeq = useRef<number | null>(null);
  useEffect(() => {
    if (!focusRequest || !frame.layoutInput || focusRequest.seq === lastSeq.current) return;
    lastSeq.current = focusRequest.seq;
    const i = indexOf.get(focusRequest.id);
    if (i !== undefined) goTo(i, false, true);
  }, [focusRequest, frame.layoutInput, indexOf, goTo]);

  const lastFit = useRef<number | null>(null);
  useEffect(() => {
    if (!fitRequest || !frame.layoutInput || fitRequest.seq === lastFit.current) return;
    lastFit.current = fitRequest.seq;
    const span = spanOfIds(events, fitRequest.ids);
    if (span) zoom.show(padded(span, 0.08, 12 * HOUR));
  }, [fitRequest, frame.layoutInput, events, zoom]);

  const openCluster = useCallback((bin: number, moveFocus: boolean) => {
    const c = frame.layout?.clusters.find((k) => k.key === bin);
    if (!c) return;
    zoom.show(padded({ from: c.from, to: c.to }, 0.12, finest));
    if (moveFocus) goTo(lowerBound(starts, c.from), true);
  }, [frame.layout, zoom, finest, goTo, starts]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as Element;
    const mark = target.closest('[data-event-id]');
    const cluster = target.closest('[data-cluster]');
    const here = mark ? indexOf.get(mark.getAttribute('data-event-id') ?? '') ?? active : active;
    // Keys zoom around the focused event, so it stays where the reader is looking.
    const focusX = (mark || cluster) && here >= 0 ? frame.x(events[here]!.t0) : undefined;
    let done = true;
    if (e.key === '+' || e.key === '=') zoom.zoomBy(2, focusX);
    else if (e.key === '-' || e.key === '_') zoom.zoomBy(0.5, focusX);
    else if (e.key === '0') zoom.show(extent);
    else if ((mark || cluster) && ['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) {
      const c = cluster ? frame.layout?.clusters.find((k) => String(k.key) === cluster.getAttribute('data-cluster')) : undefined;
      const from = c && !mark ? (e.key === 'ArrowRight' ? lowerBound(starts, c.from) - 1 : lowerBound(starts, c.from)) : here;
      const next = e.key === 'Home' ? 0 : e.key === 'End' ? events.length - 1 : from + (e.key === 'ArrowRight' ? 1 : -1);
      if (next >= 0 && next < events.length) goTo(next, true);
    } else if ((e.key === 'Enter' || e.key === ' ') && mark) onSelect(mark.getAttribute('data-event-id')!);
    else if ((e.key === 'Enter' || e.key === ' ') && cluster) openCluster(Number(cluster.getAttribute('data-cluster')), true);
    else done = false;
    if (done) e.preventDefault();
  };

  const busiestSpan = busiest && busiest.count > 1 ? padded(busiest, 0.1, 12 * HOUR) : null;
  const [kMin, kMax] = zoom.kExtent;
  return (
    <section
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : 'Timeline'}
      className="timeline my-3 min-w-0 [contain:layout_paint] rounded-lg border border-(--tl-border) bg-(--tl-surface) px-3 pt-2.5 pb-3 sm:px-4"
      onKeyDown={onKeyDown}
      onFocus={(e) => noteFocus(svg.current?.contains(e.target) ? e.target : null)}
    >
      <ZoomControls
        range={frame.range}
        onZoomIn={() => zoom.zoomBy(2)}
        onZoomOut={() => zoom.zoomBy(0.5)}
        onFitAll={() => zoom.show(extent)}
        onBusiest={busiestSpan ? () => zoom.show(busiestSpan) : null}
        atFinest={zoom.transform.k >= kMax * 0.999}
        atAll={zoom.transform.k <= kMin * 1.001}
        compact={dims.compact}
        controls={`${ids}plot`}
      />
      <div ref={box} className="relative overflow-hidden">
        <Plot
          svgRef={svg}
          id={`${ids}plot`}
          hintId={`${ids}hint`}
          frame={frame}
          dims={dims}
          width={width}
          height={plotHeight(dims)}
          events={events}
          active={active}
          selectedId={selectedId}
          visibleIds={visibleIds}
          onSelect={onSelect}
          onFocusIndex={setActive}
          onOpenCluster={(bin) => openCluster(bin, false)}
          locale={locale}
        />
        <p id={`${ids}hint`} className="sr-only">
          Arrow keys move between events in date order, Enter selects, plus and minus zoom, 0 shows all.
        </p>
        {width > 0 && (
          <div className="mt-2">
            <Overview extent={extent} view={frame.view} width={width} height={dims.overview} path={density}
              handle={dims.compact ? 28 : 14} onShow={(s, animate) => zoom.show(s, animate)} />
          </div>
        )}
      </div>
    </section>
  );
}
