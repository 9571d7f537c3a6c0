/**
 * Which layout the page shows: the vertical timeline (phones: up to 640 px wide, or `layout=vertical`)
 * or the chart (`layout=horizontal`, or wider). The prerendered page holds both and CSS picks by the
 * same width (src/styles/app.css, `[data-layout]`), so a phone's first paint is already right.
 * The app's first render in the browser matches the prerendered markup in everything but one
 * thing: it draws only the layout in view (`layoutFor`, passed to App by main.tsx), whose wrapper
 * alone main.tsx keeps before hydrating (`keepLayout`), so the other is neither hydrated nor kept.
 * Everything else that depends on the layout waits for `useVerticalLayout`, null until mounted
 * (a page rendered afresh, with no markup to match, knows it from the start).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { keepReadingPlace, readingPlace, type ReadingPlace } from './readingPlace';
import type { PageOptions } from './pageOptions';
import { VERTICAL_MAX_PX } from './layoutWidth';


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

/**
 * True for the vertical layout, false for the chart, null before the app has looked (the server,
 * and hydration). `known` is what a page rendered afresh already looked up (`layoutFor`): it starts
 * there, rather than draw the whole page a second time before its first paint.
 */
export function useVerticalLayout(layout: PageOptions['layout'], known: boolean | null = null): boolean | null {
  const [vertical, setVertical] = useState<boolean | null>(known);
  // Where the reader was when the width crossed over (a phone turned): the same event is put back
  // where it was once the other layout is drawn, rather than the page left at a scroll offset
  // that means another stretch of the story there.
  // It is read as the reader scrolls: by the time the width has changed, the old layout has
  // already reflowed at the new width, and its rows have moved.
  const place = useRef<ReadingPlace | null>(null);
  const switched = useRef<ReadingPlace | null>(null);
  useEffect(() => {
    if (layout !== 'auto') return setVertical(layout === 'vertical');
    const mq = matchMedia(`(max-width: ${VERTICAL_MAX_PX}px)`);
    setVertical(mq.matches);
    // Also where the page already is (a link to an event, scrolled to before the app ran).
    place.current = readingPlace();
    let frame = 0;
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(() => { frame = 0; place.current = readingPlace(); });
    };
    const update = () => {
      switched.current = place.current;
      setVertical(mq.matches);
    };
    addEventListener('scroll', onScroll, { passive: true });
    mq.addEventListener('change', update);
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', onScroll);
      mq.removeEventListener('change', update);
    };
  }, [layout]);
  useLayoutEffect(() => {
    const at = switched.current;
    switched.current = null;
    if (at && vertical !== null) return keepReadingPlace(at, vertical);
  }, [vertical]);
  return vertical;
}
