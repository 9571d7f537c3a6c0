/**
 * Which layout the page shows: the vertical timeline (phones: up to 640 px wide, or `layout=vertical`)
 * or the chart (`layout=horizontal`, or wider). The prerendered page holds both and CSS picks by the
 * same width (src/styles/app.css, `[data-layout]`), so a phone's first paint is already right; after
 * hydration the one not shown is dropped. Null until then (the server, and hydration): render both.
 */
import { useEffect, useState } from 'react';
import type { PageOptions } from './pageOptions';

/** The width at and under which `layout=auto` is vertical; the same number is in app.css. */
export const VERTICAL_MAX_PX = 640;

/** True for the vertical layout, false for the chart, null before the app has looked. */
export function useVerticalLayout(layout: PageOptions['layout']): boolean | null {
  const [vertical, setVertical] = useState<boolean | null>(null);
  useEffect(() => {
    if (layout !== 'auto') return setVertical(layout === 'vertical');
    const mq = matchMedia(`(max-width: ${VERTICAL_MAX_PX}px)`);
    const update = () => setVertical(mq.matches);
    update();
    mq.addEventListener('change', update);
    return () => mq.removeEventListener('change', update);
  }, [layout]);
  return vertical;
}
