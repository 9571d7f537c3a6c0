import { describe, expect, it } from 'vitest';
import { rowsInView } from '../../src/timeline/rowsInView';

// Rows 40 px tall starting 10 px into the plot: row i spans 10 + 40i … 10 + 40(i + 1).
const rows = (plotTop: number, viewport: number, count = 100) => rowsInView(plotTop, viewport, 10, 40, count);

describe('rowsInView', () => {
  it('gives the rows the window shows, and one more on each side', () => {
    // Plot 500 px down an 800 px window: 300 px of it show, rows 0 … 7 (row 7 starts at 290).
    expect(rows(500, 800)).toEqual({ from: 0, to: 8 });
    // Scrolled 1,000 px past the plot's top: rows 24 … 44 show.
    expect(rows(-1000, 800)).toEqual({ from: 23, to: 45 });
  });

  it('stays within the rows there are', () => {
    expect(rows(-1000, 800, 30)).toEqual({ from: 23, to: 29 });
    expect(rows(0, 5000, 12)).toEqual({ from: 0, to: 11 });
  });

  it('gives none when the plot is wholly above or below the window', () => {
    const above = rows(-10_000, 800, 50);
    const below = rows(900, 800, 50);
    for (const r of [above, below]) expect(r.from).toBeGreaterThan(r.to);
  });

  it('survives a row height of 0', () => {
    const r = rowsInView(0, 800, 0, 0, 10);
    expect(Number.isFinite(r.from) && Number.isFinite(r.to)).toBe(true);
  });
});
