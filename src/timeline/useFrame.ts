/**
 * Everything one zoom frame draws, derived with useMemo from the ZoomTransform: the view scale,
 * ticks, the layout of marks and clusters, and the words for the range in view. Per-event static
 * data (title widths, accessible names) is computed once per event and reused across frames.
 */
import { useMemo, useState, useLayoutEffect, type RefObject } from 'react';
import type { ZoomTransform } from 'd3-zoom';
import type { Timeline } from '../dataset/model';
import { formatEventDate } from '../format/dates';
import { storyTicks, type StoryTicks } from './storyTicks';
import { viewX, type StoryScale } from './storyScale';
import { layoutFrame, type Layout, type LayoutInput } from './layout';
import { rangeLabel } from './rangeLabel';
import { textMeasure, type TextMeasure } from './textWidth';
import { compactNumber } from './intl';
import type { SpanIndex } from './visibleSlice';
import { spanFor, type Span } from './zoomLimits';
import type { Dimensions } from './dimensions';
import type { FacetRow } from './facets';
import type { Translate } from '../i18n/i18n';

/** Inputs of useFrame. */
export interface FrameInput {
  timeline: Timeline;
  index: SpanIndex;
  /** The base scale being drawn (useZoom's). */
  scale: StoryScale;
  transform: ZoomTransform;
  /** Measured plot width (0 before measurement: nothing Intl- or layout-dependent is drawn). */
  width: number;
  dims: Dimensions;
  locale: string;
  /** The interface's words (cluster names). */
  t: Translate;
  /** The plot, to read its title font from. */
  svg: RefObject<SVGSVGElement | null>;
  /** Rows of a layout by person or topic (facets.ts); null for lanes by time. */
  rows: readonly FacetRow[] | null;
}

/** One frame. */
export interface Frame {
  /** The view scale, ms → px. */
  x: (t: number) => number;
  view: Span;
  ticks: StoryTicks | null;
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
  /** With rows by person or topic: each row and its own one-lane layout. */
  rowLayouts: { row: FacetRow; layout: Layout }[] | null;
}

/** Derives the frame for a transform. */
export function useFrame({ timeline, index, scale, transform, width, dims, locale, t, svg, rows }: FrameInput): Frame {
  const { events } = timeline;
  const { fontSize } = dims;
  const [measure, setMeasure] = useState<TextMeasure | null>(null);
  const measured = width > 0;
  // Measured again when the width changes: the reader's text settings (size, and the letter and
  // word spacing of WCAG 1.4.12) change the width of the page as well as of the titles.
  useLayoutEffect(() => {
    if (!measured || !svg.current) return;
    const style = getComputedStyle(svg.current);
    const family = style.getPropertyValue('--tl-font').trim() || 'Georgia, serif';
    setMeasure(textMeasure(`${fontSize}px ${family}`, fontSize, true, { letter: style.letterSpacing, word: style.wordSpacing }));
  }, [measured, fontSize, svg, width]);

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
        names.set(key, (n = t('timeline.cluster', { count, range: rangeLabel(from, to, locale, 'day') })));
      }
      return n;
    };
  }, [locale, t]);
  const countWidth = useMemo(() => {
    const f = compactNumber(locale);
    const char = dims.axisChar * 1.07;
    return (n: number) => f.format(n).length * char;
  }, [locale, dims.axisChar]);

  const w = Math.max(1, width);
  const view = useMemo(() => spanFor(transform, scale, w), [transform, scale, w]);
  const x = useMemo(() => viewX(scale, transform, w), [transform, scale, w]);

  const layoutInput = useMemo(
    () => (measured ? { index, scale, width, lanes: dims.lanes, binPx: dims.binPx, labelWidth, countWidth } : null),
    [measured, index, scale, width, dims.lanes, dims.binPx, labelWidth, countWidth],
  );
  const layout = useMemo(() => (layoutInput ? layoutFrame({ ...layoutInput, x, view }) : null), [layoutInput, x, view]);
  const ticks = useMemo(
    () => (measured ? storyTicks(scale, view, x, width, events, { locale, timeZone: timeline.timeZone, minSpacing: (dims.compact ? 64 : 56) * (dims.axisFont / 12), charWidth: dims.axisChar * 1.07 }) : null),
    [measured, scale, view, x, width, events, locale, dims.compact, dims.axisFont, dims.axisChar, timeline.timeZone],
  );
  // Each row is one lane of its own: titles run until the next event of the same row.
  const rowLayouts = useMemo(
    () => (layoutInput && rows ? rows.map((row) => ({ row, layout: layoutFrame({ ...layoutInput, index: row.index, lanes: 1, x, view }) })) : null),
    [layoutInput, rows, x, view],
  );
  const range = measured ? rangeLabel(view.from, view.to, locale, 'hour', timeline.timeZone) : '';
  return { x, view, ticks, layout, range, fontSize, measure: measureNow, nameOf, clusterName, layoutInput, rowLayouts };
}
