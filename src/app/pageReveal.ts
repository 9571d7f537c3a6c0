/**
 * Where the page goes when the selection changes. A link to an event opens where the timeline
 * shows, scrolled only as far as that needs (the browser has already jumped to the event's list
 * entry, "#event=<id>", before the app ran); below the two-column width a selection made here
 * brings the timeline above the bottom sheet; Back and Forward never move the page. Never in an
 * embed, where it could scroll the host page. The timeline does the scrolling (usePageReveal).
 */
import type { PageReveal } from '../timeline/focusRequest';
import type { StateOrigin } from './useReaderState';

// The height the bottom sheet can cover: keep in sync with max-h of PAGE_PANEL in App.tsx.
const sheetHeight = () => Math.min(window.innerHeight * 0.55, 32 * 16);
/** The bottom-sheet layout: below Tailwind's lg breakpoint, as App.tsx's classes. */
const isSheetLayout = () => window.matchMedia('(max-width: 1023.98px)').matches;

/** How the page scrolls for a selection made by `origin`; null: it stays where it is. */
export function pageRevealFor(origin: StateOrigin, embed: boolean): PageReveal | null {
  if (embed || origin === 'history') return null;
  const covered = isSheetLayout() ? sheetHeight() : 0;
  if (origin === 'link') return { from: 'top', covered };
  return covered > 0 ? { from: 'here', covered } : null;
}
