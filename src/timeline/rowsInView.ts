/**
 * Which rows of a plot by person or topic are in the window: a tall plot (a hundred people) shows
 * a few dozen rows at a time, fewer on a phone, and while a gesture runs only those need drawing
 * (useFrame holds the rest). Pure: given where the plot is on screen, not the DOM.
 */

/** Rows `from` … `to` (inclusive; none when from > to). */
export interface RowRange { from: number; to: number }

/**
 * The rows within the window, and one more on each side: `plotTop` is the plot's top edge in the
 * window (px, negative once scrolled past), `viewportHeight` the window's height, `top` where row 0
 * starts in the plot and `rowHeight` each row's height (px), `count` the number of rows.
 */
export function rowsInView(plotTop: number, viewportHeight: number, top: number, rowHeight: number, count: number): RowRange {
  const h = Math.max(1, rowHeight);
  const from = Math.floor((-plotTop - top) / h) - 1;
  const to = Math.floor((viewportHeight - plotTop - top) / h) + 1;
  return { from: Math.max(0, from), to: Math.min(count - 1, to) };
}
