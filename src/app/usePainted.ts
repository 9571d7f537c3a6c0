/**
 * Whether the page has painted since this component first rendered: false in that render, true
 * from a task after the next frame (at once in a hidden page, which paints none).
 *
 * For a page rendered afresh (a `?data=` dataset): its first render draws what the reader sees
 * first, and what can wait (the list of events below the chart, "Who said what", the footer)
 * follows once that has painted, in a task of its own. At 1,000 events the first long task drops
 * by about a third (`npm run bench`, first mark). With `defer` false it is true from the start:
 * hydration must match the prerendered markup, which has everything.
 */
import { useEffect, useState } from 'react';
import { afterPaint } from './afterPaint';

export function usePainted(defer: boolean): boolean {
  const [painted, setPainted] = useState(!defer);
  useEffect(() => {
    if (painted) return;
    return afterPaint(() => setPainted(true));
  }, [painted]);
  return painted;
}
