/**
 * Everything one zoom frame draws, derived with useMemo from the ZoomTransform: the geometry comes
 * from frameOf (frame.ts, pure); this hook adds what needs React or the DOM: the title font measured
 * on the plot, and per-event data (title widths, accessible names) computed once per event and
 * reused across frames.
 */
import { useMemo, useRef, useState, useLayoutEffect, type RefObject } from 'react';
import type { ZoomTransform } from 'd3-zoom';
import type { Timeline } from '../dataset/model';
import { formatEventDate } from '../format/dates';
import type { StoryScale } from './storyScale';
import type { LayoutInput } from './layout';
import { rangeLabel } from './rangeLabel';
import { textMeasure, type TextMeasure } from './textWidth';
import { compactNumber } from '../format/intl';
import type { SpanIndex } from './visibleSlice';
import type { Dimensions } from './dimensions';
import type { FacetRow } from './facets';
import { frameOf, type FrameGeometry, type RowLayout } from './frame';
import type { RowRange } from './rowsInView';
import type { Translate } from '../i18n/i18n';

/** Inputs of useFrame. */
export interface FrameInput {
  timeline: Timeline;
  index: SpanIndex;
  /** The base scale being drawn (useZoom's). */
  scale: StoryScale;
  transform: ZoomTransform;
  /** Plot width, px (before measurement, the width the page is prerendered at). */
  width: number;
  dims: Dimensions;
  locale: string;
  /** The interface's words (cluster names). */
  t: Translate;
  /** The plot, to read its title font from. */
  svg: RefObject<SVGSVGElement | null>;
  /** Rows of a layout by person or topic (facets.ts); null for lanes by time. */
  rows: readonly FacetRow[] | null;
  /**
   * While a gesture runs, the rows by person or topic in the window (rowsInView.ts): the others
   * keep the layout they had when it began (frame.ts, FrameContext.held). Null: every row is laid out.
   */
  liveRows?: RowRange | null;
  /** The title font, read already (a page drawn afresh reads it before the chart mounts). */
  font?: TitleFont;
}

/** The plot's title font as CSS gives it: its family (app.css, --tl-font) and the reader's spacing. */
export interface TitleFont {
  family: string;
  spacing: { letter: string; word: string };
}

/** Reads the title font that `el` (the plot, or a box in its place) inherits. */
export function readTitleFont(el: Element): TitleFont {
  const style = getComputedStyle(el);
  return { family: style.getPropertyValue('--tl-font').trim() || 'Georgia, serif', spacing: { letter: style.letterSpacing, word: style.wordSpacing } };
}

/** Canvas measures of the titles in `font` at `fontSize` px: regular, and the selected title's weight. */
function titleMeasures(font: TitleFont, fontSize: number): { regular: TextMeasure; selected: TextMeasure } {
  return {
    regular: textMeasure(`${fontSize}px ${font.family}`, fontSize, true, font.spacing),
    selected: textMeasure(`${SELECTED_WEIGHT} ${fontSize}px ${font.family}`, fontSize, true, font.spacing),
  };
}

/** One frame: its geometry (frame.ts) and what draws it. */
export interface Frame extends FrameGeometry {
  /** Title font size, px. */
  fontSize: number;
  measure: TextMeasure;
  /** The selected event's title, which is drawn semibold (Mark.tsx): wider than `measure` says. */
  measureSelected: TextMeasure;
  /** "Title, date" of event i, cached. */
  nameOf: (i: number) => string;
  /** A cluster's accessible name ("12 events, 13–14 May 2019 — zoom in"), cached. */
  clusterName: (count: number, from: number, to: number) => string;
  /** Layout inputs other than the view, for navigation. */
  layoutInput: Omit<LayoutInput, 'x' | 'view'>;
}

/** The weight of the selected event's title: Tailwind's font-semibold, as Mark.tsx draws it. */
const SELECTED_WEIGHT = 600;

/** Derives the frame for a transform. */
export function useFrame({ timeline, index, scale, transform, width, dims, locale, t, svg, rows, liveRows = null, font }: FrameInput): Frame {
  const { events } = timeline;
  const { fontSize } = dims;
  const [measures, setMeasures] = useState(() => (font ? titleMeasures(font, fontSize) : null));
  // Measured again when the width changes: the reader's text settings (size, and the letter and
  // word spacing of WCAG 1.4.12) change the width of the page as well as of the titles. Not on
  // mount when the font was given: it was read in this layout a moment ago.
  const given = useRef(font !== undefined);
  useLayoutEffect(() => {
    if (given.current) {
      given.current = false;
      return;
    }
    if (svg.current) setMeasures(titleMeasures(readTitleFont(svg.current), fontSize));
  }, [fontSize, svg, width]);

  // Until the canvas measurer exists (the server, and the first client render that hydrates the
  // server's markup) titles are measured by estimate, the same on both sides.
  const estimate = useMemo(() => textMeasure(`${fontSize}px serif`, fontSize, false), [fontSize]);
  const measureNow = measures?.regular ?? estimate;

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
        names.set(key, (n = t('timeline.cluster', { count, range: rangeLabel(from, to, locale, 'day', timeline.timeZone) })));
      }
      return n;
    };
  }, [locale, t, timeline.timeZone]);
  const countWidth = useMemo(() => {
    const f = compactNumber(locale);
    const char = dims.axisChar * 1.07;
    return (n: number) => f.format(n).length * char;
  }, [locale, dims.axisChar]);

  // Kept across frames: navigation asks "would this event be drawn at that view?" with it.
  const layoutInput = useMemo(
    () => ({ index, scale, width, lanes: dims.lanes, binPx: dims.binPx, labelWidth, countWidth }),
    [index, scale, width, dims.lanes, dims.binPx, labelWidth, countWidth],
  );
  const { timeZone } = timeline;
  const tickSpacing = (dims.compact ? 64 : 56) * (dims.axisFont / 12);
  const charWidth = dims.axisChar * 1.07;
  // The rows of the frame last drawn, which a gesture's frames hold outside `liveRows`.
  const drawnRows = useRef<readonly RowLayout[] | null>(null);
  const geometry = useMemo(() => {
    const before = drawnRows.current;
    const held = liveRows && before ? before.map((r, i) => (i < liveRows.from || i > liveRows.to ? r : undefined)) : undefined;
    return frameOf(transform, scale, width, { layout: layoutInput, rows, events, locale, timeZone, tickSpacing, charWidth, held });
  }, [transform, scale, width, layoutInput, rows, events, locale, timeZone, tickSpacing, charWidth, liveRows]);
  useLayoutEffect(() => {
    drawnRows.current = geometry.rowLayouts;
  }, [geometry]);
  return { ...geometry, fontSize, measure: measureNow, measureSelected: measures?.selected ?? estimate, nameOf, clusterName, layoutInput };
}
