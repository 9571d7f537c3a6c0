/**
 * Where the page goes when the selection changes. A link to an event opens where the timeline
 * shows, scrolled only as far as that needs (the browser has already jumped to the event's list
 * entry, "#event=<id>", before the app ran); on phones a selection made here brings the timeline
 * above the bottom sheet; Back and Forward never move the page. Never in an embed, where it could
 * scroll the host page.
 */
import { useEffect, useRef } from 'react';
import { scrollToShow } from './revealScroll';
import type { StateOrigin } from './useReaderState';

// The height the phone's bottom sheet can cover: keep in sync with max-h of PAGE_PANEL in App.tsx.
const sheetHeight = () => Math.min(window.innerHeight * 0.55, 32 * 16);
/** The phone layout (bottom sheet): below Tailwind's lg breakpoint, as App.tsx's classes. */
export const isPhoneLayout = () => window.matchMedia('(max-width: 1023.98px)').matches;

/** Scrolls the page the least that shows the timeline (above the phone's sheet), counting from `from`. */
function showTimeline(from: number, smooth: boolean): void {
  const plot = document.querySelector('section.timeline');
  if (!plot) return;
  const r = plot.getBoundingClientRect();
  const top = scrollToShow({ top: r.top + window.scrollY, bottom: r.bottom + window.scrollY }, from, window.innerHeight, isPhoneLayout() ? sheetHeight() : 0);
  // Smooth only when the reader has not asked for reduced motion (the CSS rule covers CSS scrolling only).
  const glide = smooth && !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (Math.abs(top - window.scrollY) >= 1) window.scrollTo({ top, behavior: glide ? 'smooth' : 'instant' });
}

/** Scrolls for a new selection `selectedId`, by what made it (`origin`); does nothing in an embed. */
export function useSelectionScroll(selectedId: string | undefined, origin: StateOrigin | null, embed: boolean): void {
  // Read at the moment the selection changes, not a reason to scroll on its own.
  const why = useRef(origin);
  why.current = origin;
  useEffect(() => {
    if (!selectedId || embed) return;
    // A link counts from the top of the page: where the browser's jump to the list entry left it is no guide.
    if (why.current === 'link') requestAnimationFrame(() => showTimeline(0, false));
    else if (why.current === 'reader' && isPhoneLayout()) showTimeline(window.scrollY, true);
  }, [selectedId, embed]);
}
