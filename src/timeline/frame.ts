/**
 * What one zoom frame draws, as a pure function of the transform (useFrame is the thin React hook
 * around it, as visx pairs useScale with createScale): the span in view, the view scale, the layout
 * of marks and clusters (for the plot, or one per row by person or topic), the axis ticks and the
 * words for the range in view. Tested without a browser (tests/timeline/frame.test.ts).
 */
import type { TimelineEvent } from '../dataset/model';
import { storyTicks, type StoryTicks } from './storyTicks';
import { viewX, type StoryScale } from './storyScale';
import { layoutFrame, type Layout, type LayoutInput } from './layout';
import { rangeLabel, type RangeGrain } from './rangeLabel';
import { spanFor, type AxisTransform, type Span } from './zoomLimits';
import type { FacetRow } from './facets';
import type { SpanIndex } from './visibleSlice';

/** Layout inputs that do not change from frame to frame (everything but the view). */
export type FrameLayoutInput = Omit<LayoutInput, 'x' | 'view' | 'scale' | 'width'>;

/** What frameOf needs besides the transform, the base scale and the width. */
export interface FrameContext {
  /** The layout's inputs other than the view, scale and width. */
  layout: FrameLayoutInput;
  /** Rows of a layout by person or topic (facets.ts); null for lanes by time. */
  rows: readonly FacetRow[] | null;
  /** Every event, in chronological order (for the sequential scale's ticks). */
  events: readonly TimelineEvent[];
  /** BCP 47 locale of the ticks and the range. */
  locale: string;
  /** IANA zone the axis is drawn in. */
  timeZone: string;
  /** Least distance between two fine tick labels, px. */
  tickSpacing: number;
  /** Width of one axis label character, px. */
  charWidth: number;
  /**
   * Rows kept as an earlier frame laid them out: row i is `held[i]` when that is a layout of the
   * same row (useFrame holds the rows outside the window while a gesture runs: nobody sees them,
   * and laying out and redrawing a hundred rows per frame was most of a zoom step by person).
   */
  held?: readonly (RowLayout | undefined)[];
}

/** A row by person or topic and its own one-lane layout. */
export interface RowLayout {
  row: FacetRow;
  layout: Layout;
  /** The view scale the layout was made at: the frame's, or an earlier frame's for a held row. */
  x: (t: number) => number;
}

/** One frame's geometry and words. */
export interface FrameGeometry {
  /** The span of time in view, ms. */
  view: Span;
  /** The view scale, ms → px. */
  x: (t: number) => number;
  /**
   * Marks and clusters of the plot's lanes by time; with rows, none (each row has its own layout,
   * and every event laid out in one band as well was work that nothing drew).
   */
  layout: Layout;
  /** With rows by person or topic: each row and its own one-lane layout; else null. */
  rowLayouts: RowLayout[] | null;
  ticks: StoryTicks;
  /**
   * The range in view in words ("13–15 May 2019"), at hour precision, in the axis's zone; worked
   * out when asked: a gesture's frames do not show it (the toolbar holds still until the gesture
   * ends), and Intl's formatRange in every frame was a third of frameOf's time in a zoom.
   * `coarsest` caps the grain (rangeLabel): 'day' for what is said of the view's exact days.
   */
  range: (coarsest?: RangeGrain) => string;
}

/**
 * The layout input of a row by person or topic: the row's events alone, in one lane of its own
 * (titles run until the next event of the same row). Drawing and keyboard navigation both use it.
 */
export function rowInput<T extends { index: SpanIndex; lanes: number }>(input: T, row: FacetRow): T {
  return { ...input, index: row.index, lanes: 1 };
}

const NO_LAYOUT: Layout = { marks: [], clusters: [], binMs: 0 };

/**
 * The frame for `transform` (base scale → view scale) over `scale` drawn `width` px wide (at least
 * 1 px is assumed).
 */
export function frameOf(transform: AxisTransform, scale: StoryScale, width: number, c: FrameContext): FrameGeometry {
  const w = Math.max(1, width);
  const view = spanFor(transform, scale, w);
  const x = viewX(scale, transform, w);
  const input = { ...c.layout, scale, width: w, x, view };
  const layout = c.rows ? NO_LAYOUT : layoutFrame(input);
  const rowLayouts = c.rows ? c.rows.map((row, i): RowLayout => {
    const kept = c.held?.[i];
    return kept?.row === row ? kept : { row, layout: layoutFrame(rowInput(input, row)), x };
  }) : null;
  const ticks = storyTicks(scale, view, x, w, c.events, { locale: c.locale, timeZone: c.timeZone, minSpacing: c.tickSpacing, charWidth: c.charWidth });
  const range = (coarsest: RangeGrain = 'year') => rangeLabel(view.from, view.to, c.locale, 'hour', c.timeZone, coarsest);
  return { view, x, layout, rowLayouts, ticks, range };
}
