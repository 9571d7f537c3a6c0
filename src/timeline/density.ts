/**
 * How many events fall in each column of the overview strip: one binary search per column on the
 * sorted marks (visibleSlice.ts), so 100,000 events cost the same as 100.
 */
import { lowerBound, type SpanIndex } from './visibleSlice';
import type { StoryScale } from './storyScale';

/** Counts per column of `columnPx` px across `width` px showing the whole base `scale`. */
export function densityColumns(index: SpanIndex, scale: StoryScale, width: number, columnPx = 3): number[] {
  const n = Math.max(1, Math.floor(width / columnPx));
  const counts = new Array<number>(n).fill(0);
  const bounds = Array.from({ length: n + 1 }, (_, c) => scale.time(c / n));
  for (const g of index.groups) {
    let prev = lowerBound(g.mids, bounds[0]!);
    for (let c = 0; c < n; c++) {
      const next = lowerBound(g.mids, bounds[c + 1]!);
      counts[c]! += next - prev;
      prev = next;
    }
  }
  return counts;
}

/** An SVG path of bars for the counts, `height` px tall at the busiest column (square-root scale). */
export function densityPath(counts: readonly number[], width: number, height: number): string {
  const max = Math.max(1, ...counts);
  const w = width / Math.max(1, counts.length);
  let d = '';
  counts.forEach((c, i) => {
    if (!c) return;
    const h = Math.max(2, Math.sqrt(c / max) * height);
    d += `M${(i * w).toFixed(1)} ${height}h${Math.max(1, w - 1).toFixed(1)}v${(-h).toFixed(1)}h${(-Math.max(1, w - 1)).toFixed(1)}z`;
  });
  return d;
}
