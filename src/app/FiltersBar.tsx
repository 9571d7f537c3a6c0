/**
 * Filters by person and topic: toggle buttons, each with the number of events it would show given
 * the other group's choices (filter.ts), the rule said once, and a status line that names the
 * filters when nothing passes. Events outside the filter fade on the timeline and leave the list;
 * the choice lives in the URL hash.
 */
import { useMemo, useState, type RefObject } from 'react';
import type { Timeline } from '../dataset/model';
import { filterCounts, type Filters } from './filter';
import { noMatchSentence, shownSentence } from './filterWords';
import { useT } from '../i18n/useT';
import { Bdi } from '../i18n/StoryLang';

/** Props of FiltersBar. */
export interface FiltersBarProps {
  timeline: Timeline;
  people: readonly string[];
  topics: readonly string[];
  /** How many events pass the current filters. */
  shown: number;
  /** Called with the new choice when the reader toggles a chip. */
  onChange: (people: string[], topics: string[]) => void;
  /** Clears every filter (the app then moves focus to the group). */
  onClear: () => void;
  /** The interface's language (BCP 47), for lists of names. */
  language: string;
  /** The group element, focused after "Clear filters". */
  groupRef: RefObject<HTMLDivElement | null>;
}

function toggle(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

const CHIP = 'min-h-8 coarse:min-h-11 rounded-full border px-3 py-1 text-sm transition-colors aria-pressed:border-mark aria-pressed:bg-mark aria-pressed:text-bg border-line bg-surface text-fg hover:border-mark';

/** The id of the filter group: "Clear filters" moves focus there. */
export const FILTERS_ID = 'filters';

/** The filter bar. */
export function FiltersBar({ timeline, people, topics, shown, onChange, onClear, language, groupRef }: FiltersBarProps) {
  const t = useT();
  const filters: Filters = useMemo(() => ({ people, topics }), [people, topics]);
  const all = useMemo(() => filterCounts(timeline), [timeline]);
  // Without a choice the counts are those of all events: one pass over the events, not two.
  const counts = useMemo(() => (people.length + topics.length > 0 ? filterCounts(timeline, filters) : all), [timeline, filters, all, people.length, topics.length]);
  // Chips are the people who appear in some event (a later choice may bring their count to 0).
  const persons = timeline.people.filter((p) => all.people.has(p.id)).slice(0, 24);
  const active = people.length + topics.length > 0;
  // On phones the chips fold away behind one button, so the timeline is not pushed off screen.
  const [open, setOpen] = useState(false);
  if (persons.length === 0 && timeline.topics.length === 0) return null;
  const chip = (key: string, pressed: boolean, label: string, count: number, onClick: () => void) => (
    <button key={key} type="button" aria-pressed={pressed} className={`${CHIP} ${count === 0 && !pressed ? 'text-muted' : ''}`} onClick={onClick}>
      <Bdi>{label}</Bdi> <span className="tabular-nums opacity-75">{count}</span><span className="sr-only"> {t('filters.chipEvents', { count })}</span>
    </button>
  );
  return (
    // A named region, so that the filters are in a landmark like the rest of the page.
    <section aria-label={t('filters.region')} className="needs-js">
      <div ref={groupRef} id={FILTERS_ID} tabIndex={-1} role="group" aria-label={t('filters.group')} className="flex flex-col gap-2 rounded-md text-sm">
        <button
          type="button"
          aria-expanded={open}
          aria-controls="filter-chips"
          onClick={() => setOpen((o) => !o)}
          className="flex min-h-11 items-center justify-between rounded-md border border-line bg-surface px-3 text-start font-semibold lg:hidden"
        >
          <span>{active ? t('filters.toggleActive', { count: people.length + topics.length }) : t('filters.toggle')}</span>
          <svg aria-hidden="true" viewBox="0 0 20 20" className={`size-4 transition-transform ${open ? 'rotate-180' : ''}`} fill="none" stroke="currentColor" strokeWidth="2"><path d="M5 8l5 5 5-5" /></svg>
        </button>
        <div id="filter-chips" className={`flex-col gap-2 ${open ? 'flex' : 'hidden lg:flex'}`}>
          {persons.length > 0 && (
            <div className="flex flex-wrap items-center gap-1.5">
              <span className="me-1 min-w-14 shrink-0 whitespace-nowrap font-semibold text-muted">{t('filters.people')}</span>
              {persons.map((p) => (
                chip(p.id, people.includes(p.id), p.name, counts.people.get(p.id) ?? 0, () => onChange(toggle(people, p.id), [...topics]))
              ))}
            </div>
          )}
          {timeline.topics.length > 0 && (
            <div className="flex flex-wrap items-center gap-1.5">
              <span className="me-1 min-w-14 shrink-0 whitespace-nowrap font-semibold text-muted">{t('filters.topics')}</span>
              {timeline.topics.slice(0, 24).map((t) => (
                chip(t.id, topics.includes(t.id), t.label, counts.topics.get(t.id) ?? 0, () => onChange([...people], toggle(topics, t.id)))
              ))}
            </div>
          )}
          <p className="text-muted" data-filter-rule="">
            {t('filters.rule')}
          </p>
        </div>
        <p className="text-muted" aria-live="polite" data-filter-status="">
          {active && (shown === 0
            ? <strong className="font-semibold text-fg">{noMatchSentence(timeline, filters, t, language)} </strong>
            : <>{shownSentence(shown, timeline.events.length, t)} </>)}
          {active && (
            <button type="button" className="min-h-6 coarse:min-h-11 font-semibold text-mark underline underline-offset-4" onClick={onClear}>
              {t('app.clearFilters')}
            </button>
          )}
        </p>
      </div>
    </section>
  );
}
