/**
 * The reader's selection and filters, kept in the URL hash so that a link reopens the same view
 * and back/forward step through selections. In an embed, selections replace the history entry
 * instead of adding one: the host page's back button belongs to the host.
 *
 * History never moves the page: every event's list entry has the id "event=<id>" (so that a link
 * lands on it without JavaScript), and a browser going Back to "#event=<id>" would otherwise
 * restore or scroll to a position that belongs to another moment. Scroll restoration is therefore
 * manual, and the app decides (pageReveal.ts): a link scrolls only as far as the timeline,
 * history not at all. Closing the panel replaces the entry, so Back never re-opens what was just closed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Timeline } from '../dataset/model';
import { formatHash, parseHash, type HashState } from './hashState';
import type { ScaleKind } from '../dataset/raw';
import type { Facet } from '../timeline/facets';
import type { FocusRequest } from '../timeline/focusRequest';
import { pageRevealFor } from './pageReveal';

/** What last changed the state: the link the page opened with, Back/Forward, or the reader here. */
export type StateOrigin = 'link' | 'history' | 'reader';

/** What useReaderState returns. */
export interface ReaderState {
  state: HashState;
  /** What made the latest change (null while the state is the one the page opened with). */
  origin: StateOrigin | null;
  /** The latest request to the timeline about an event (reveal it, scroll the page to it, focus it). */
  focusRequest: FocusRequest | null;
  /** What the link named that this dataset does not have ('event "x"', 'person "y"'); [] when all is known. */
  unknown: readonly string[];
  /**
   * Selects an event (or clears the selection with null); `reveal` also moves the timeline to it;
   * `movePage` false leaves the page where it is (a choice made in the list, far below the chart).
   */
  select: (id: string | null, reveal?: boolean, movePage?: boolean) => void;
  setFilters: (people: string[], topics: string[]) => void;
  /** Switches the base scale (kept in the hash, replacing the entry: a view setting, not a step). */
  setScale: (scale: ScaleKind) => void;
  /** Switches lanes by person, topic or time (kept in the hash like the scale). */
  setLanes: (lanes: Facet | null) => void;
  /** Asks the timeline to put focus back on this event's mark (its panel was closed). */
  returnFocus: (id: string) => void;
}

const EMPTY: HashState = { eventId: null, people: [], topics: [], scale: null, lanes: null };

function writeHash(next: HashState, push: boolean): void {
  const url = formatHash(next) || `${location.pathname}${location.search}`;
  // The article reader's own entry (App.tsx) is taken by a selection made from it, not stepped
  // over: Back then goes to the event before, once. The same address is not written again, so
  // that entry is still the reader's to take back when it closes.
  const onReader = (history.state as { reader?: boolean } | null)?.reader === true;
  try {
    if (push && !onReader) history.pushState(null, '', url);
    else if (push || new URL(url, location.href).href !== location.href) history.replaceState(null, '', url);
  } catch {
    // Some sandboxed frames refuse history writes; the view still changes, only the URL does not.
  }
}

/**
 * Selection and filters, synced with the hash. `initialEvent` is the embed's `?event=` option, or
 * an event page's event; `pageEvent`, an event page's event (event/<id>.html), is selected from the
 * first render on, as its prerendered HTML has it.
 */
export function useReaderState(timeline: Timeline, embed: boolean, initialEvent: string | null, pageEvent: string | null = null): ReaderState {
  // Starts as the page was prerendered (empty, or the event page's event), so that the first client
  // render matches the HTML; the hash is read after.
  const [state, setState] = useState<HashState>(() => (pageEvent && timeline.eventById.has(pageEvent) ? { ...EMPTY, eventId: pageEvent } : EMPTY));
  const [origin, setOrigin] = useState<StateOrigin | null>(null);
  const [unknown, setUnknown] = useState<readonly string[]>([]);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const seq = useRef(0);
  const current = useRef(state);
  current.current = state;

  useEffect(() => {
    try {
      // Set before any entry is pushed: entries inherit the mode of the one they are pushed from.
      history.scrollRestoration = 'manual';
    } catch {
      // Not settable in some sandboxed frames; nothing else depends on it.
    }
    // The embed's ?event= option is a link too: an id the dataset lacks is reported the same way.
    const badOption = !location.hash && initialEvent && !timeline.eventById.has(initialEvent) ? [`event "${initialEvent}"`] : [];
    // A page without a hash that the reader has already scrolled (an event page read while the app
    // loaded) is left where the reader is. Asked only when a link names an event: reading the
    // scroll position lays the page out, and this runs before the chart's first render.
    const hashless = !location.hash;
    const stay = () => hashless && window.scrollY > 0;
    const apply = (why: StateOrigin) => {
      const parsed = parseHash(location.hash, timeline);
      const next = { eventId: parsed.eventId, people: parsed.people, topics: parsed.topics, scale: parsed.scale, lanes: parsed.lanes };
      // An entry of the page's own with the same state (the article reader's, App.tsx) changes nothing here.
      const same = formatHash(next) === formatHash(current.current);
      if (why === 'history' && same) return;
      const dropped = why === 'link' ? [...badOption, ...parsed.dropped] : parsed.dropped;
      // A link that names nothing (most loads) leaves the state the page opened with, and its first
      // render stands: setting an equal state would draw the whole page again before the first paint.
      if (why === 'link' && same && !next.eventId && dropped.length === 0) return;
      setState(next);
      setOrigin(why);
      setUnknown(dropped);
      const still = why === 'link' && next.eventId !== null && stay();
      if (next.eventId) setFocusRequest({ id: next.eventId, seq: ++seq.current, reveal: true, focus: false, page: still ? null : pageRevealFor(why, embed), stay: still });
    };
    if (!location.hash && initialEvent && timeline.eventById.has(initialEvent)) {
      writeHash({ ...EMPTY, eventId: initialEvent }, false);
    }
    apply('link');
    const onPop = () => apply('history');
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [timeline, initialEvent, embed]);

  const select = useCallback((id: string | null, reveal = false, movePage = true) => {
    const next = { ...current.current, eventId: id };
    const changed = next.eventId !== current.current.eventId;
    if (!changed && !reveal) return;
    // A new selection is a step Back can return from; clearing one (closing the panel) is not.
    writeHash(next, !embed && id !== null && next.eventId !== current.current.eventId);
    setState(next);
    setOrigin('reader');
    if (id) setFocusRequest({ id, seq: ++seq.current, reveal, focus: false, page: movePage ? pageRevealFor('reader', embed) : null });
  }, [embed]);

  const returnFocus = useCallback((id: string) => {
    setFocusRequest({ id, seq: ++seq.current, reveal: false, focus: true, page: null });
  }, []);

  const setFilters = useCallback((people: string[], topics: string[]) => {
    const next = { ...current.current, people, topics };
    writeHash(next, false);
    setState(next);
    setOrigin('reader');
  }, []);

  const setScale = useCallback((scale: ScaleKind) => {
    const next = { ...current.current, scale };
    writeHash(next, false);
    setState(next);
  }, []);

  const setLanes = useCallback((lanes: Facet | null) => {
    const next = { ...current.current, lanes };
    writeHash(next, false);
    setState(next);
  }, []);

  return { state, origin, focusRequest, unknown, select, setFilters, setScale, setLanes, returnFocus };
}
