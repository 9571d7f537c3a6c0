/**
 * The timeline for phones (issue 10): time runs down the page and the page's own scroll moves
 * through it — no inner scroll container, nothing that captures a swipe. It is the ordered list of
 * events itself (its HTML equivalent), with the room time gets set by the zoom (pixels per day),
 * collapsed gaps as labelled breaks, dense days under a heading, and the selected event opened in
 * place. One tab stop: ↑/↓ (and ←/→) move between events, Home/End go to the ends, Enter opens,
 * Escape closes; + and − zoom, as do the bar's buttons and a two-finger pinch.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Timeline, TimelineEvent } from '../dataset/model';
import { formatDate, formatMonth } from '../format/dates';
import { paddedExtent } from '../timeline/zoomLimits';
import { storyScale, type ScaleKind } from '../timeline/storyScale';
import { verticalRows } from './rows';
import { useT } from '../i18n/useT';
import { VerticalRow } from './VerticalRow';
import { VerticalBar } from './VerticalBar';
import { usePinch } from './usePinch';
import { DAY } from '../timeline/units';
import type { FocusRequest } from '../timeline/focusRequest';
import { Bdi } from '../i18n/StoryLang';
import { ROW_ID_PREFIX, rowId } from './rowId';
import { Later } from '../app/Later';

/** Props of VerticalTimeline. */
export interface VerticalTimelineProps {
  timeline: Timeline;
  /** Ids of events that pass the reader's filters; null means all. Others are drawn faded. */
  visibleIds: ReadonlySet<string> | null;
  selectedId: string | null;
  /** Called when the reader opens an event. */
  onSelect: (id: string) => void;
  /** Called when the reader closes the opened event (Escape). */
  onClose: () => void;
  /** A request about one event (bring its row into view, focus it): act when `seq` changes. The page's own scroll is the row's. */
  focusRequest: FocusRequest | null;
  locale: string;
  scale: ScaleKind;
  onScaleChange: (kind: ScaleKind) => void;
  /** The opened event's content, drawn in place under its row. */
  renderDetail: (event: TimelineEvent) => ReactNode;
}

/** The id of the vertical timeline's heading: the page's skip link leads there on phones. */
export const VERTICAL_LIST_ID = 'timeline-events';

/** Zoom steps, px of room per day of time between events. */
export const PX_PER_DAY = [0.02, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128];

/** Room classes, px: a space is drawn as the largest step not above it (Tailwind sees each name here). */
const SPACES: [number, string][] = [
  [0, 'mt-3'], [24, 'mt-6'], [40, 'mt-10'], [64, 'mt-16'], [96, 'mt-24'], [128, 'mt-32'], [192, 'mt-48'], [256, 'mt-64'], [384, 'mt-96'],
];
function spaceClass(px: number): string {
  for (let i = SPACES.length - 1; i > 0; i--) if (px >= SPACES[i]![0]) return SPACES[i]![1];
  return SPACES[0]![1];
}

/** How many rows are drawn at first: the rest come with "Show more", so 100,000 events stay light. */
const PAGE = 200;

/** The zoom step that gives the story about four screens of room on the chronological scale. */
function defaultStep(events: readonly TimelineEvent[], kind: ScaleKind): number {
  if (kind !== 'time' || events.length < 2) return PX_PER_DAY.indexOf(8);
  const days = (events[events.length - 1]!.t0 - events[0]!.t0) / DAY;
  const want = 3000 / Math.max(1, days);
  const i = PX_PER_DAY.findIndex((p) => p >= want);
  return i < 0 ? PX_PER_DAY.length - 1 : Math.max(0, i - 1);
}

/** The vertical timeline. */
export function VerticalTimeline(p: VerticalTimelineProps) {
  const t = useT();
  const { timeline, locale } = p;
  const { events } = timeline;
  const scale = useMemo(() => storyScale(p.scale, events, paddedExtent(events)), [p.scale, events]);
  const [step, setStep] = useState(() => defaultStep(events, p.scale));
  useEffect(() => setStep(defaultStep(events, p.scale)), [events, p.scale]);
  const selectedIndex = p.selectedId ? events.findIndex((e) => e.id === p.selectedId) : -1;
  const [shown, setShown] = useState(PAGE);
  const upTo = Math.min(events.length, Math.max(shown, selectedIndex + 1));
  const items = useMemo(
    () => verticalRows(events, scale, { pxPerDay: PX_PER_DAY[step]!, maxSpace: 384, locale: t.language }, 0, upTo),
    [events, scale, step, t.language, upTo],
  );
  const [active, setActive] = useState(0);
  const list = useRef<HTMLOListElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const headingId = VERTICAL_LIST_ID;

  // What each zoom step draws (the room class before each row): on the collapsed-gaps scale most
  // stretches are breaks, and several steps drew the same page, so a press did nothing. A press
  // goes to the nearest step that draws another page; none left that way, its button says so.
  // Each step's page is worked out when first asked for: the buttons' states need only the steps
  // next to this one, as a rule (laying out all thirteen was most of the phone's first render).
  const look = useMemo(() => {
    const pages = new Map<number, string>();
    return (step: number) => {
      let page = pages.get(step);
      if (page === undefined) {
        page = verticalRows(events, scale, { pxPerDay: PX_PER_DAY[step]!, maxSpace: 384, locale: t.language }, 0, upTo)
          .map((item) => (item.kind === 'event' ? spaceClass(item.space) : item.kind)).join();
        pages.set(step, page);
      }
      return page;
    };
  }, [events, scale, t.language, upTo]);
  const nextStep = useCallback((from: number, d: number) => {
    for (let s = from + d; s >= 0 && s < PX_PER_DAY.length; s += d) if (look(s) !== look(from)) return s;
    return from;
  }, [look]);
  const zoom = useCallback((d: number) => setStep((s) => nextStep(s, d)), [nextStep]);
  const pinchRef = usePinch(zoom);

  const focusRow = useCallback((i: number) => {
    setActive(i);
    if (i >= upTo) setShown(i + 1);
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(events[i]!.id)}"]`)?.focus());
  }, [events, upTo]);

  // Deep links and history: the row takes the tab stop, and comes into view (as little as needed)
  // where the request moves the page, as a link does (pageReveal.ts); a closed event: focus back
  // on its row.
  const lastSeq = useRef<number | null>(null);
  useEffect(() => {
    const req = p.focusRequest;
    if (!req || req.seq === lastSeq.current) return;
    lastSeq.current = req.seq;
    const i = events.findIndex((e) => e.id === req.id);
    if (i < 0) return;
    if (req.focus) focusRow(i);
    if (!req.reveal) return;
    setActive(i);
    if (req.stay) return;
    // Back and Forward too: here the row is the page, and an event reopened off screen showed nothing.
    requestAnimationFrame(() => {
      const row = document.getElementById(rowId(req.id));
      if (row) reveal(row, bar.current);
    });
  }, [p.focusRequest, events, focusRow]);

  // Opening an event keeps its row where it was pressed, whatever closes above it (the event open
  // before, collapsing, moved it up by its height); its content opens below, pushing the rest down,
  // and comes into view as far as the screen allows.
  const pressed = useRef<{ id: string; top: number } | null>(null);
  const { onSelect, onClose } = p;
  const toggle = useCallback((id: string) => {
    // The title says aria-expanded: pressed again, it closes its event.
    if (id === p.selectedId) return onClose();
    const row = document.getElementById(rowId(id));
    pressed.current = row ? { id, top: row.getBoundingClientRect().top } : null;
    onSelect(id);
  }, [p.selectedId, onSelect, onClose]);
  useLayoutEffect(() => {
    if (p.selectedId) setActive(Math.max(0, events.findIndex((e) => e.id === p.selectedId)));
    const was = pressed.current;
    pressed.current = null;
    const row = was && was.id === p.selectedId ? document.getElementById(rowId(was.id)) : null;
    if (!was || !row) return;
    scrollBy(0, row.getBoundingClientRect().top - was.top);
    reveal(row, bar.current);
  }, [p.selectedId, events]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const onRow = (e.target as Element).closest('[data-event-id]');
    let done = true;
    if (e.key === '+' || e.key === '=') zoom(1);
    else if (e.key === '-' || e.key === '_') zoom(-1);
    else if (onRow && (e.key === 'ArrowDown' || e.key === 'ArrowRight')) focusRow(Math.min(events.length - 1, active + 1));
    else if (onRow && (e.key === 'ArrowUp' || e.key === 'ArrowLeft')) focusRow(Math.max(0, active - 1));
    else if (onRow && e.key === 'Home') focusRow(0);
    else if (onRow && e.key === 'End') focusRow(events.length - 1);
    else if (e.key === 'Escape' && p.selectedId) p.onClose();
    else done = false;
    if (done) e.preventDefault();
  };

  const here = useHere(list, bar, events, locale);
  let lastDay: ReactNode = null;
  return (
    <section aria-labelledby={headingId} className="vtimeline -mx-3 px-3" onKeyDown={onKeyDown}>
      <h2 id={headingId} tabIndex={-1} className="sr-only">{t('vertical.heading')}</h2>
      <VerticalBar barRef={bar} here={here} onZoomIn={() => zoom(1)} onZoomOut={() => zoom(-1)} atMost={nextStep(step, 1) === step} atLeast={nextStep(step, -1) === step}
        zoomable={p.scale !== 'sequential'} scale={p.scale} onScaleChange={p.onScaleChange} />
      <ol ref={(el) => { list.current = el; pinchRef(el); }} className="vt-list relative ms-2 touch-pan-y border-s-2 border-line pb-4" aria-labelledby={headingId}>
        {items.map((item) => {
          if (item.kind === 'break') {
            lastDay = <p key={item.key} className="relative -ms-2 my-3 w-fit rounded-full border border-dashed border-line bg-bg px-3 py-0.5 font-ui text-xs italic text-muted">{t('vertical.gapLater', { length: item.label })}</p>;
            return null;
          }
          if (item.kind === 'day') {
            const heading = <p key={item.key} className="mt-5 ps-6 font-ui text-sm font-bold"><Bdi>{formatDate({ iso: '', precision: 'day', from: item.day, to: item.day + DAY }, locale, true)}</Bdi></p>;
            lastDay = <>{lastDay}{heading}</>;
            return null;
          }
          const e = events[item.index]!;
          const before = lastDay;
          lastDay = null;
          const selected = e.id === p.selectedId;
          // Each row a part hydrated once what is in view is (src/app/Later.tsx).
          return (
            <Later key={e.id} at={rowId(e.id)}>
            <VerticalRow
              event={e}
              timeline={timeline}
              locale={locale}
              spaceClass={spaceClass(item.space)}
              before={before}
              selected={selected}
              faded={p.visibleIds !== null && !p.visibleIds.has(e.id)}
              tabIndex={item.index === active ? 0 : -1}
              detail={selected ? p.renderDetail(e) : null}
              onSelect={toggle}
            />
            </Later>
          );
        })}
      </ol>
      {upTo < events.length && (
        <button type="button" className="mt-2 min-h-11 rounded-md border border-line bg-surface px-4 font-semibold" onClick={() => setShown(upTo + PAGE)}>
          {t('vertical.more', { count: Math.min(PAGE, events.length - upTo), remaining: events.length - upTo })}
        </button>
      )}
    </section>
  );
}

/**
 * Scrolls the page as little as shows the row of an opened event: its title just under the sticky
 * bar if it was above it or off screen, else as much of its content as fits below the title.
 */
function reveal(row: HTMLElement, bar: HTMLElement | null): void {
  const r = row.getBoundingClientRect();
  // Where the bar's bottom is once it sticks (it sits lower, in the page's flow, near the top).
  const top = (bar?.offsetHeight ?? 0) + 8;
  if (r.top < top || r.top > innerHeight) scrollBy(0, r.top - top);
  else if (r.bottom + 8 > innerHeight) scrollBy(0, Math.min(r.bottom + 8 - innerHeight, r.top - top));
}

/**
 * The date of the first row not hidden by the sticky bar, followed as the page scrolls. The bar's
 * own bottom is the line: it grows with the reader's text size and wraps on a narrow screen.
 */
function useHere(
  list: React.RefObject<HTMLOListElement | null>, bar: React.RefObject<HTMLDivElement | null>,
  events: readonly TimelineEvent[], locale: string,
): string {
  const [here, setHere] = useState('');
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const rows = list.current?.querySelectorAll<HTMLElement>('li.vt-row');
      if (!rows || rows.length === 0) return;
      // Rows are in page order: binary search for the first whose bottom is below the bar.
      const top = bar.current?.getBoundingClientRect().bottom ?? 0;
      let lo = 0;
      let hi = rows.length - 1;
      while (lo < hi) {
        const m = (lo + hi) >>> 1;
        if (rows[m]!.getBoundingClientRect().bottom < top) lo = m + 1;
        else hi = m;
      }
      const id = rows[lo]!.id.slice(ROW_ID_PREFIX.length);
      const e = events.find((ev) => ev.id === id);
      // Month and year: where in time the reader is, short enough for the bar on any phone.
      setHere(e ? formatMonth(e.start, locale) : '');
    };
    const onScroll = () => { if (!frame) frame = requestAnimationFrame(update); };
    update();
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('resize', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', onScroll);
      removeEventListener('resize', onScroll);
    };
  }, [list, bar, events, locale]);
  return here;
}
