/**
 * The plot's vertical rhythm. Narrow or touch screens get fewer, taller lanes (44 px targets for a
 * thumb) and a taller overview, rather than the desktop layout shrunk. Everything follows the
 * reader's text size (`rem`, the root font size over the browser's default 16 px): at 200 % the
 * lanes, labels and axis are twice as tall, never clipped.
 */

/** Sizes of the plot, px. */
export interface Dimensions {
  /** Height of one lane of marks (also the height of a mark's target). */
  laneHeight: number;
  /** Number of lanes. */
  lanes: number;
  /** Space above the first lane. */
  top: number;
  /** Height of the row of clusters under the lanes. */
  clusterRow: number;
  /** Height of the axis (line, tick labels, period labels). */
  axis: number;
  /** Height of the overview strip. */
  overview: number;
  /** Target width of a cluster bin. */
  binPx: number;
  /** Whether this is the thumb layout. */
  compact: boolean;
  /** Size of the titles, px. */
  fontSize: number;
  /** Size of the axis labels, px, and the width of one of their characters, px. */
  axisFont: number;
  axisChar: number;
}

/**
 * Dimensions for a plot `width` px wide; `coarse` when the main pointer is a finger; `rem` the root
 * font size, px.
 */
export function dimensions(width: number, coarse: boolean, rem = 16): Dimensions {
  const s = rem / 16;
  const compact = coarse || width < 640 * s;
  const r = (n: number) => Math.round(n * s);
  const text = { axisFont: 12 * s, axisChar: 7 * s };
  return compact
    ? { laneHeight: Math.max(44, r(36)), lanes: 4, top: 8, clusterRow: Math.max(48, r(40)), axis: r(46), overview: 48, binPx: r(52), compact, fontSize: 15 * s, ...text }
    : { laneHeight: r(28), lanes: 6, top: 10, clusterRow: r(34), axis: r(46), overview: 40, binPx: r(44), compact, fontSize: 14 * s, ...text };
}

/** Height of one row of a layout by person or topic: its name above one lane. */
export function facetRowHeight(d: Dimensions): number {
  return Math.round(d.laneHeight + d.axisFont * 1.6);
}

/** Where row `i` of a layout by person or topic starts (its name, then its lane), px from the top. */
export function facetRowTop(d: Dimensions, i: number): number {
  return d.top + i * facetRowHeight(d);
}

/** Where the axis line is, px from the top: under the lanes and clusters, or under `rows` facet rows. */
export function axisTop(d: Dimensions, rows: number | null = null): number {
  return rows === null ? d.top + d.lanes * d.laneHeight + d.clusterRow : d.top + rows * facetRowHeight(d) + 4;
}

/** Total height of the plot SVG (with `rows` facet rows, when laid out by person or topic). */
export function plotHeight(d: Dimensions, rows: number | null = null): number {
  return axisTop(d, rows) + d.axis;
}
