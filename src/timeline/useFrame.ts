/**
 * Everything one zoom frame draws, derived with useMemo from the ZoomTransform: the view scale,
 * ticks, the layout of marks and clusters, and the words for the range in view. Per-event static
 * data (title widths, accessible names) is computed once per event and reused across frames.
 */
import { useMemo, useState, useLayoutEffect, type RefObject } from 'react';
import { scaleUtc } from 'd3-scale';
import type { ZoomTransform } from 'd3-zoom';
import type { Timeline } from '../dataset/model';
import { formatEventDate } from '../format/dates';
import { axisTicks, type AxisTicks } from './ticks';
import { layoutFrame, type Layout, type LayoutInput } from './layout';
import { rangeLabel } from './rangeLabel';
import { textMeasure, type TextMeasure } from './textWidth';
import { compactNumber } from './intl';
import type { SpanIndex } from './visibleSlice';
import { spanFor, type Span } from './zoomLimits';
import type { Dimensions } from './dimensions';

/** Inputs of useFrame. */
export interface FrameInput {
  timeline: Timeline;
  index: SpanIndex;
  extent: Span;
  transform: ZoomTransform;
  /** Measured plot width (0 before measurement: nothing Intl- or layout-dependent is drawn). */
  width: number;
  dims: Dimensions;
  locale: string;
  /** The plot, to read its title font from. */
  svg: RefObject<SVGSVGElement | null>;
}

/** One frame. */
export interface Frame {
  /** The view scale, ms → px. */
  x: (t: number) => number;
  view: Span;
  ticks: AxisTicks | null;
  layout: Layout | null;
  range: string;
  /** Title font size, px. */
  fontSize: number;
  measure: TextMeasure | null;
  /** "Title, date" of event i, cached. */
  nameOf: (i: number) => string;
  /** A cluster's accessible name ("12 events, 13–14 May 2019 — zoom in"), cached. */
  clusterName: (count: number, from: number, to: number) => string;
  /** Layout inputs other than the view, for navigation. */
  layoutInput: Omit<LayoutInput, 'x' | 'view'> | null;
}

/** Derives the frame for a transform. */
export function useFrame({ timeline, index, extent, transform, width, dims, locale, svg }: FrameInput): Frame {
  const { events } = timeline;
  const fontSize = dims.compact ? 15 : 14;
  const [measure, setMeasure] = useState<TextMeasure | null>(null);
  const measured = width > 0;
  useLayoutEffect(() => {
    if (!measured || !svg.current) return;
    const family = getComputedStyle(svg.current).getPropertyValue('--tl-font').trim() || 'Georgia, serif';
    setMeasure(textMeasure(`${fontSize}px ${family}`, fontSize));
  }, [measured, fontSize, svg]);

  // Until the canvas measurer exists (the server, and the first client render that hydrates the
  // server's markup) titles are measured by estimate, the same on both sides.
  const estimate = useMemo(() => textMeasure(`${fontSize}px serif`, fontSize, false), [fontSize]);
  const measureNow = measure ?? estimate;

  // Per-event data, filled lazily: 100,000 titles are never all measured unless all are seen.
  const labelWidth = useMemo(() => {
    const widths = new Float32Array(events.length).fill(-1);
    return (i: number) => {
      if (widths[i]! < 0) widths[i] = measureNow.width(events[i]!.title);
      return widths[i]!;
    };
  }, [events, measureNow]);
  const nameOf = useMemo(() => {
    const names = new Map<number, string>();
    return (i: number) => {
      let n = names.get(i);
      if (n === undefined) {
        const e = events[i]!;
        names.set(i, (n = `${e.title}, ${formatEventDate(e, locale)}`));
      }
      return n;
    };
  }, [events, locale]);
  // Clusters keep their bins while the reader pans, so their names repeat from frame to frame.
  const clusterName = useMemo(() => {
    const names = new Map<string, string>();
    return (count: number, from: number, to: number) => {
      const key = `${count}:${from}:${to}`;
      let n = names.get(key);
      if (n === undefined) {
        if (names.size > 2000) names.clear();
        names.set(key, (n = `${count} ${count === 1 ? 'event' : 'events'}, ${rangeLabel(from, to, locale, 'day')} — zoom in`));
      }
      return n;
    };
  }, [locale]);
  const countWidth = useMemo(() => {
    const f = compactNumber(locale);
    return (n: number) => f.format(n).length * 7.5;
  }, [locale]);

  const w = Math.max(1, width);
  const view = useMemo(() => spanFor(transform, extent, w), [transform, extent, w]);
  const x = useMemo(() => {
    const s = transform.rescaleX(scaleUtc().domain([extent.from, extent.to]).range([0, w]));
    return (t: number) => s(t);
  }, [transform, extent, w]);

  const layoutInput = useMemo(
    () => (measured ? { index, width, lanes: dims.lanes, binPx: dims.binPx, labelWidth, countWidth } : null),
    [measured, index, width, dims.lanes, dims.binPx, labelWidth, countWidth],
  );
  const layout = useMemo(() => (layoutInput ? layoutFrame({ ...layoutInput, x, view }) : null), [layoutInput, x, view]);
  const ticks = useMemo(
    () => (measured ? axisTicks(view.from, view.to, width, { locale, minSpacing: dims.compact ? 64 : 56 }) : null),
    [measured, view, width, locale, dims.compact],
  );
  const range = measured ? rangeLabel(view.from, view.to, locale) : '';
  return { x, view, ticks, layout, range, fontSize, measure: measureNow, nameOf, clusterName, layoutInput };
}
