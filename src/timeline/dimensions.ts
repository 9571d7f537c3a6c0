/**
 * The plot's vertical rhythm. Narrow or touch screens get fewer, taller lanes (44 px targets for a
 * thumb) and a taller overview, rather than the desktop layout shrunk.
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
}

/** Dimensions for a plot `width` px wide; `coarse` when the main pointer is a finger. */
export function dimensions(width: number, coarse: boolean): Dimensions {
  const compact = coarse || width < 640;
  return compact
    ? { laneHeight: 44, lanes: 4, top: 8, clusterRow: 48, axis: 46, overview: 48, binPx: 52, compact }
    : { laneHeight: 28, lanes: 6, top: 10, clusterRow: 34, axis: 46, overview: 40, binPx: 44, compact };
}

/** Total height of the plot SVG. */
export function plotHeight(d: Dimensions): number {
  return d.top + d.lanes * d.laneHeight + d.clusterRow + d.axis;
}
