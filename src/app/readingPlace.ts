/**
 * Where the reader is reading, kept across a switch of layout (a phone turned to landscape swaps
 * the rows of events for the chart and its list, and back): the event at the top of the screen in
 * the layout that shows, and how far from the top it is. Both layouts have an element per event:
 * the phone's row ("v-event=<id>", src/vertical/VerticalRow.tsx) and the list's entry
 * ("event=<id>", src/list/EventList.tsx).
 */
import { ROW_ID_PREFIX, rowId } from '../vertical/rowId';

/** An event's element and its distance from the top of the viewport, px. */
export interface ReadingPlace {
  id: string;
  top: number;
}

/** How far above the screen a row's top may be and the row still count as the one at the top, px. */
const GRAZE_PX = 24;
const ENTRY = 'event=';

/**
 * The first event element that starts on screen (or, when it begins above, the one cut by the
 * screen's top), with its offset; null when none is in view (the reader is at the chart).
 */
export function readingPlace(): ReadingPlace | null {
  const items = document.querySelectorAll<HTMLElement>(`li[id^="${ROW_ID_PREFIX}"], li[id^="${ENTRY}"]`);
  // In page order, so a binary search: read on every scroll, it looks at a handful of rows of thousands.
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (items[m]!.getBoundingClientRect().bottom <= 0) lo = m + 1;
    else hi = m;
  }
  // A row whose date and title the screen's top has cut off is passed over for the next one, where
  // the reader's eyes are; a row only grazed by it (a few px) is still the one being read.
  let item = items[lo];
  if (item && item.getBoundingClientRect().top < -GRAZE_PX && items[lo + 1]) item = items[lo + 1];
  const r = item?.getBoundingClientRect();
  if (!item || !r || r.height === 0 || r.top >= innerHeight) return null;
  const id = item.id.startsWith(ROW_ID_PREFIX) ? item.id.slice(ROW_ID_PREFIX.length) : item.id.slice(ENTRY.length);
  return { id, top: r.top };
}

/** What a reader does to move the page: from then on the page is theirs. */
const INPUTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
/** How long after its last change of size the page counts as settled after a switch (the chart measures itself and grows), ms. */
const SETTLING_MS = 3000;

/**
 * Scrolls the page so that the event of `place` is where it was, in the layout now drawn, and
 * keeps it there while the page settles around it (the chart above it is measured and redrawn
 * after the switch), until the reader moves the page. Returns a function that stops keeping it.
 */
export function keepReadingPlace(place: ReadingPlace, vertical: boolean): () => void {
  const put = () => {
    const item = document.getElementById(vertical ? rowId(place.id) : `${ENTRY}${place.id}`);
    if (item) scrollBy(0, item.getBoundingClientRect().top - place.top);
  };
  let timer = 0;
  const stop = () => {
    sizes.disconnect();
    clearTimeout(timer);
    for (const type of INPUTS) removeEventListener(type, stop, { capture: true });
  };
  // Counted from the last change, so that a slow phone still drawing the chart is waited for.
  const settle = () => {
    put();
    clearTimeout(timer);
    timer = window.setTimeout(stop, SETTLING_MS);
  };
  const sizes = new ResizeObserver(settle);
  sizes.observe(document.body);
  for (const type of INPUTS) addEventListener(type, stop, { capture: true, passive: true });
  settle();
  return stop;
}
