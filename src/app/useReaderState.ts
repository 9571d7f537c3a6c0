/**
 * The reader's selection and filters, kept in the URL hash so that a link reopens the same view
 * and back/forward step through selections. In an embed, selections replace the history entry
 * instead of adding one: the host page's back button belongs to the host.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Timeline } from '../dataset/model';
import { formatHash, parseHash, type HashState } from './hashState';
import type { ScaleKind } from '../dataset/format';
import type { Facet } from '../timeline/facets';

/** A request for the timeline to bring an event into view; `seq` makes repeats distinct. */
export interface FocusRequest { id: string; seq: number }

/** What useReaderState returns. */
export interface ReaderState {
  state: HashState;
  focusRequest: FocusRequest | null;
  /** Selects an event (or clears the selection with null); `reveal` also moves the timeline to it. */
  select: (id: string | null, reveal?: boolean) => void;
  setFilters: (people: string[], topics: string[]) => void;
  /** Switches the base scale (kept in the hash, replacing the entry: a view setting, not a step). */
  setScale: (scale: ScaleKind) => void;
  /** Switches lanes by person, topic or time (kept in the hash like the scale). */
  setLanes: (lanes: Facet | null) => void;
}

const EMPTY: HashState = { eventId: null, people: [], topics: [], scale: null, lanes: null };

function writeHash(next: HashState, push: boolean): void {
  const url = formatHash(next) || `${location.pathname}${location.search}`;
  try {
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  } catch {
    // Some sandboxed frames refuse history writes; the view still changes, only the URL does not.
  }
}

/** Selection and filters, synced with the hash. `initialEvent` is the embed's `?event=` option. */
export function useReaderState(timeline: Timeline, embed: boolean, initialEvent: string | null): ReaderState {
  // Starts empty so that the first client render matches the prerendered HTML; the hash is read after.
  const [state, setState] = useState<HashState>(EMPTY);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const seq = useRef(0);
  const current = useRef(state);
  current.current = state;

  useEffect(() => {
    const apply = () => {
      const parsed = parseHash(location.hash, timeline);
      if (parsed.dropped.length) console.warn(`Ignored unknown ${parsed.dropped.join(', ')} in the link.`);
      const next = { eventId: parsed.eventId, people: parsed.people, topics: parsed.topics, scale: parsed.scale, lanes: parsed.lanes };
      setState(next);
      if (next.eventId) setFocusRequest({ id: next.eventId, seq: ++seq.current });
    };
    if (!location.hash && initialEvent && timeline.eventById.has(initialEvent)) {
      writeHash({ ...EMPTY, eventId: initialEvent }, false);
    }
    apply();
    // A link to an event lands on its list entry without JavaScript (the entry's id is
    // "event=<id>"); with it, the reader belongs at the timeline, which now shows the event.
    // Not in an embed: scrolling there could move the host page.
    if (!embed && parseHash(location.hash, timeline).eventId) {
      requestAnimationFrame(() => document.querySelector('section.timeline')?.scrollIntoView({ block: 'start' }));
    }
    window.addEventListener('popstate', apply);
    return () => window.removeEventListener('popstate', apply);
  }, [timeline, initialEvent, embed]);

  const select = useCallback((id: string | null, reveal = false) => {
    const next = { ...current.current, eventId: id };
    if (next.eventId === current.current.eventId && !reveal) return;
    writeHash(next, !embed && next.eventId !== current.current.eventId);
    setState(next);
    if (id && reveal) setFocusRequest({ id, seq: ++seq.current });
  }, [embed]);

  const setFilters = useCallback((people: string[], topics: string[]) => {
    const next = { ...current.current, people, topics };
    writeHash(next, false);
    setState(next);
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

  return { state, focusRequest, select, setFilters, setScale, setLanes };
}
