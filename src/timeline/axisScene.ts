/**
 * What the time axis draws for a view, as a pure function of its ticks: grid lines, the axis line,
 * the collapsed gaps' cuts, and every label with its place and style. Two renderers draw it: the
 * SVG (Axis.tsx), and, while a gesture runs on a plot of one band, the canvas (gesturePaint.ts),
 * so that a gesture's frame changes no element of the axis.
 */
import type { StoryTicks } from './storyTicks';
import { LABEL_OFFSET, labelEnd } from './ticks';

/** What an axis is drawn from (Plot.tsx gives the plot's). */
export interface AxisInput {
  /** Ticks and collapsed gaps for the view (storyTicks.ts). */
  ticks: StoryTicks;
  /** The view scale, ms → px. */
  x: (t: number) => number;
  /** Plot width, px. */
  width: number;
  /** Where grid lines start, px from the top. */
  gridTop: number;
  /** Where the axis line is, px from the top. */
  axisY: number;
  /** Width of one label character, px, to keep labels clear of each other and of the plot's right edge. */
  charWidth: number;
  /** Size of the labels, px (follows the reader's text size). */
  fontSize: number;
}

/**
 * A tick's label: `x` is its start (left edge), `y` its baseline, px. `minor`: a fine tick's
 * (muted); `period`: a period's or the pinned context's (semibold).
 */
export interface AxisLabel {
  key: string;
  kind: 'minor' | 'period';
  x: number;
  y: number;
  text: string;
}

/** A rectangle, px. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Size of a gap's length, in the labels' size. */
export const GAP_TEXT_SCALE = 0.92;
/** A cut's slanted stroke: from its start, this far right and up, px. */
export const SLANT = { dx: 6, dy: -12 } as const;

/**
 * A collapsed gap: the grid is veiled from `x0` to `x1` px, the axis line is cut (a bar of the
 * surface over it) between two slanted strokes, and the gap's length is written centred under it
 * on the fine labels' baseline `y` (muted italic, GAP_TEXT_SCALE of the labels' size).
 */
export interface AxisCut {
  key: string;
  /** The gap's full length in words, said by `data-break` (tests and print read it). */
  name: string;
  x0: number;
  x1: number;
  /** Over the grid (the page's background, 70 % opaque), and over the axis line (the surface). */
  veil: Box;
  bar: Box;
  /** Where each slanted stroke starts. */
  slants: [{ x: number; y: number }, { x: number; y: number }];
  /** Its length as drawn: whole, short, or '' where neither fits between the strokes. */
  text: string;
  y: number;
}

/** The drawing of one view's axis. */
export interface AxisScene {
  /** What the fine ticks count ('hour', 'day', …): said by `data-axis-unit`. */
  unit: StoryTicks['unit'];
  /** Fine ticks' grid lines (from `gridTop` to `axisY`) and periods' (from `gridTop` to `majorBottom`), x px, pixel-aligned. */
  minorGrid: number[];
  majorGrid: number[];
  gridTop: number;
  axisY: number;
  majorBottom: number;
  width: number;
  cuts: AxisCut[];
  /** Tick labels in drawing order: fine ticks', the pinned context, periods'. */
  labels: AxisLabel[];
  fontSize: number;
}

/** Where a tick's grid line is drawn: the middle of its pixel column, so that a 1 px line is sharp. */
const gridX = (x: number) => Math.round(x) + 0.5;

/** The axis of the view `a` describes. */
export function axisScene(a: AxisInput): AxisScene {
  const { ticks, x, width, charWidth, fontSize } = a;
  const row1 = a.axisY + fontSize * 1.4;
  const row2 = a.axisY + fontSize * 3;
  // A label that would run past the plot's right edge is left out rather than cut.
  const fits = (t: { t: number; label: string }) => !!t.label && labelEnd(x(t.t), t.label, charWidth) <= width;
  const labels: AxisLabel[] = [];
  const cuts = ticks.breaks.map((b) => {
    const x0 = x(b.from);
    const x1 = x(b.to);
    const room = (text: string) => x1 - x0 >= text.length * (charWidth - 1) + 6;
    const text = room(b.label) ? b.label : room(b.short) ? b.short : '';
    const y = a.axisY;
    return {
      key: `b${b.from}`, name: b.label, x0, x1, text, y: row1,
      veil: { x: x0, y: a.gridTop, width: Math.max(0, x1 - x0), height: y - a.gridTop },
      bar: { x: x0 + 2, y: y - 3, width: Math.max(0, x1 - x0 - 4), height: 7 },
      slants: [{ x: x0 - 3, y: y + 6 }, { x: x1 - 3, y: y + 6 }],
    } satisfies AxisCut;
  });
  ticks.minor.filter(fits).forEach((t, i) => labels.push({ key: `l${i}`, kind: 'minor', x: x(t.t) + LABEL_OFFSET, y: row1, text: t.label }));
  // ticks.ts pins the context only where it clears the first period label.
  if (ticks.context !== null) labels.push({ key: 'c', kind: 'period', x: LABEL_OFFSET, y: row2, text: ticks.context });
  ticks.major.filter(fits).forEach((t, i) => labels.push({ key: `L${i}`, kind: 'period', x: x(t.t) + LABEL_OFFSET, y: row2, text: t.label }));
  return {
    unit: ticks.unit,
    minorGrid: ticks.minor.map((t) => gridX(x(t.t))),
    // A run's start names its period without being a boundary: no line.
    majorGrid: ticks.major.filter((t) => !t.runStart).map((t) => gridX(x(t.t))),
    gridTop: a.gridTop,
    axisY: a.axisY,
    majorBottom: row2 + 4,
    width,
    cuts,
    labels,
    fontSize,
  };
}
