/**
 * An opened cluster: the events zooming cannot separate, as a list over the plot. Each is a
 * button that selects its event; the arrow keys step through them in date order and, past either
 * end, on to the events beyond (Timeline moves there); Escape closes the list and returns focus to
 * the cluster. Titles are text, wrapped, never cut.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { TimelineEvent } from '../dataset/model';
import { stepFrom } from './clusterMembers';
import { useT } from '../i18n/useT';
import { Bdi } from '../i18n/StoryLang';

/** Props of ClusterList. */
export interface ClusterListProps {
  /** Time runs right to left: ← and → swap (→ goes to the event on the right, the earlier one). */
  mirrored?: boolean;
  /** Chronological indices of the members, ascending. */
  members: readonly number[];
  /** All events, chronological. */
  events: readonly TimelineEvent[];
  /** Words for the members' dates, e.g. "12 events, 1 June 2021". */
  label: string;
  /** Each member's date in words, by chronological index. */
  dateOf: (i: number) => string;
  /** The member to focus, and a counter that changes with each request to focus it. */
  focus: { index: number; seq: number } | null;
  /** The selected event id (drawn pressed). */
  selectedId: string | null;
  /** Centre of the cluster, px from the plot's left edge, and the plot's width: where to put the list. */
  anchorX: number;
  width: number;
  /** Px from the top of the plot box to the list's top, and its greatest height. */
  top: number;
  maxHeight: number;
  /** Selects an event. */
  onSelect: (id: string) => void;
  /** Records the focused member (the timeline's tab stop and zoom centre follow it). */
  onFocusIndex: (i: number) => void;
  /** A step from member `from` to event `to`, which is not in this list. */
  onLeave: (to: number) => void;
  /** Closes the list; `restoreFocus` when focus should go back to the cluster. */
  onClose: (restoreFocus: boolean) => void;
}

/** Width of the list on screens wide enough to place it by its cluster, px. */
const LIST_WIDTH = 320;

/** The list of a cluster's events. */
export function ClusterList(p: ClusterListProps) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const members = new Set(p.members);
  const focusIndex = p.focus?.index;
  const focusSeq = p.focus?.seq;

  useEffect(() => {
    if (focusIndex === undefined) return;
    const item = () => box.current?.querySelector<HTMLButtonElement>(`[data-list-index="${focusIndex}"]`);
    item()?.focus({ preventScroll: true });
    item()?.scrollIntoView({ block: 'nearest' });
    // The keystroke that opened the list is still being handled when it mounts, and the plot's
    // own focus handling runs after it: check once the frame is done, and focus again if needed.
    const frame = requestAnimationFrame(() => {
      const el = item();
      if (el && document.activeElement !== el) el.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [focusIndex, focusSeq]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      p.onClose(true);
      return;
    }
    const item = (e.target as Element).closest('[data-list-index]');
    if (!item) return;
    const here = Number(item.getAttribute('data-list-index'));
    const next = stepFrom(here, e.key, p.events.length, p.mirrored);
    if (next === null) {
      // At either end of the story the key does nothing, but it must not scroll the page either.
      if (['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key)) e.preventDefault();
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    if (members.has(next)) box.current?.querySelector<HTMLButtonElement>(`[data-list-index="${next}"]`)?.focus();
    else p.onLeave(next);
  };

  // Phones: the list spans the plot. Wider screens: a column beside the cluster, kept inside the plot.
  const wide = p.width >= LIST_WIDTH * 1.6;
  const left = wide ? Math.round(Math.min(Math.max(0, p.anchorX - LIST_WIDTH / 2), p.width - LIST_WIDTH)) : 0;
  return (
    <div
      ref={box}
      role="dialog"
      aria-label={p.label}
      // The plot's box is laid out left to right (its marks are placed by x); the list is text, in
      // the page's direction (an Arabic interface: its heading and close button from the right).
      dir={document.documentElement.dir || 'ltr'}
      data-cluster-list=""
      onKeyDown={onKeyDown}
      style={{ top: p.top, left, width: wide ? LIST_WIDTH : undefined, maxHeight: p.maxHeight }}
      className={`absolute z-20 overflow-y-auto rounded-lg border border-(--tl-border) bg-(--tl-surface) p-1 shadow-[0_8px_24px_rgb(0_0_0/0.18)] ${wide ? '' : 'right-0'}`}
    >
      <div className="flex items-center justify-between gap-2 py-1 ps-2">
        <p className="text-sm font-semibold text-(--tl-fg)">{p.label}</p>
        <button
          type="button"
          aria-label={t('timeline.closeList')}
          onClick={() => p.onClose(true)}
          className="grid size-11 shrink-0 place-items-center rounded-md text-(--tl-muted) hover:bg-(--tl-grid) hover:text-(--tl-fg)"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2"><path d="M5 5l10 10M15 5L5 15" /></svg>
        </button>
      </div>
      <ul className="m-0 list-none p-0">
        {p.members.map((i) => {
          const e = p.events[i]!;
          const selected = e.id === p.selectedId;
          return (
            <li key={e.id}>
              <button
                type="button"
                data-list-index={i}
                data-list-event-id={e.id}
                aria-pressed={selected}
                onClick={() => p.onSelect(e.id)}
                onFocus={() => p.onFocusIndex(i)}
                className={`block min-h-11 w-full rounded-md px-2 py-1.5 text-start font-serif text-[15px] leading-snug hover:bg-(--tl-grid) focus-visible:outline-2 focus-visible:outline-(--tl-focus) ${selected ? 'text-(--tl-selected) font-semibold' : 'text-(--tl-fg)'}`}
              >
                <Bdi>{e.title}</Bdi>
                <span className="block font-ui text-xs text-(--tl-muted)"><Bdi>{p.dateOf(i)}</Bdi></span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
