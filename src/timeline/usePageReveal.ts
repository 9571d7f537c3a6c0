/**
 * Scrolls the page the least that shows the timeline's section (above what the app covers at the
 * bottom, its bottom sheet), when a focus request asks for it (focusRequest.ts). Only the page
 * moves here; the chart's own view is useNavigation's.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { FocusRequest } from './focusRequest';
import { scrollToShow } from './revealScroll';

/** Scrolls the page to show `section` once per request whose `page` is set and whose event is known. */
export function usePageReveal(section: RefObject<HTMLElement | null>, request: FocusRequest | null, known: (id: string) => boolean): void {
  const lastSeq = useRef<number | null>(null);
  useEffect(() => {
    if (!request || request.seq === lastSeq.current) return;
    lastSeq.current = request.seq;
    const page = request.page;
    if (!page || !known(request.id)) return;
    const scroll = () => {
      const el = section.current;
      if (!el) return;
      const r = el.getBoundingClientRect();
      const from = page.from === 'top' ? 0 : window.scrollY;
      const top = scrollToShow({ top: r.top + window.scrollY, bottom: r.bottom + window.scrollY }, from, window.innerHeight, page.covered);
      // Smooth only when the reader has not asked for reduced motion (the CSS rule covers CSS scrolling only).
      const glide = page.from === 'here' && !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      if (Math.abs(top - window.scrollY) >= 1) window.scrollTo({ top, behavior: glide ? 'smooth' : 'instant' });
    };
    // A link waits a frame: the browser's own jump to the list entry comes first.
    if (page.from === 'top') requestAnimationFrame(scroll);
    else scroll();
  }, [request, section, known]);
}
