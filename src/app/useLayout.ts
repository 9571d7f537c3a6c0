/**
 * Which layout the page shows: the vertical timeline (phones: up to 640 px wide, or `layout=vertical`)
 * or the chart (`layout=horizontal`, or wider). The prerendered page holds both and CSS picks by the
 * same width (src/styles/app.css, `[data-layout]`), so a phone's first paint is already right.
 * The app's first render in the browser matches the prerendered markup in everything but one
 * thing: it draws only the layout in view (`layoutFor`, passed to App by main.tsx), whose wrapper
 * alone main.tsx keeps before hydrating (`keepLayout`), so the other is neither hydrated nor kept.
 * Everything else that depends on the layout waits for `useVerticalLayout`, null until mounted.
 */
import { useEffect, useState } from 'react';
import type { PageOptions } from './pageOptions';

/** The width at and under which `layout=auto` is vertical; the same number is in app.css. */
export const VERTICAL_MAX_PX = 640;

/** The classes of the two layouts' wrappers, which app.css shows and hides by `data-layout`. */
export const LAYOUT_CLASS = { vertical: 'layout-v', horizontal: 'layout-h' } as const;

/** True when `layout` is vertical in this window now (browser only). */
export function layoutFor(layout: PageOptions['layout']): boolean {
  return layout === 'auto' ? matchMedia(`(max-width: ${VERTICAL_MAX_PX}px)`).matches : layout === 'vertical';
}

/**
 * Makes the prerendered page in `container` (#root) hold what the app's first render draws: the
 * wrapper of the `vertical` layout (true) or the chart (false), the other removed.
 */
export function keepLayout(container: HTMLElement, vertical: boolean): void {
  container.querySelector(`.${vertical ? LAYOUT_CLASS.horizontal : LAYOUT_CLASS.vertical}`)?.remove();
}

/** True for the vertical layout, false for the chart, null before the app has looked (the server, and hydration). */
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
