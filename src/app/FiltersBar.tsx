/**
 * Filters by person and topic: toggle buttons with counts. Events outside the filter fade on the
 * timeline and leave the list; the choice lives in the URL hash.
 */
import { useMemo, useState } from 'react';
import type { Timeline } from '../dataset/model';
import { filterCounts } from './filter';

/** Props of FiltersBar. */
export interface FiltersBarProps {
  timeline: Timeline;
  people: readonly string[];
  topics: readonly string[];
  /** How many events pass the current filters. */
  shown: number;
  onChange: (people: string[], topics: string[]) => void;
}

function toggle(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

const CHIP = 'min-h-8 rounded-full border px-3 py-1 text-sm transition-colors aria-pressed:border-mark aria-pressed:bg-mark aria-pressed:text-bg border-line bg-surface text-fg hover:border-mark';

/** The filter bar. */
export function FiltersBar({ timeline, people, topics, shown, onChange }: FiltersBarProps) {
  const counts = useMemo(() => filterCounts(timeline), [timeline]);
  const persons = timeline.people.filter((p) => counts.people.has(p.id)).slice(0, 24);
  const active = people.length + topics.length > 0;
  // On phones the chips fold away behind one button, so the timeline is not pushed off screen.
  const [open, setOpen] = useState(false);
  if (persons.length === 0 && timeline.topics.length === 0) return null;
  return (
    <div role="group" aria-label="Filter events" className="needs-js flex flex-col gap-2 text-sm">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="filter-chips"
        onClick={() => setOpen((o) => !o)}
        className="flex min-h-11 items-center justify-between rounded-md border border-line bg-surface px-3 text-left font-semibold lg:hidden"
      >
        <span>Filter by person or topic{active ? ` · ${people.length + topics.length} on` : ''}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className={`size-4 transition-transform ${open ? 'rotate-180' : ''}`} fill="none" stroke="currentColor" strokeWidth="2"><path d="M5 8l5 5 5-5" /></svg>
      </button>
      <div id="filter-chips" className={`flex-col gap-2 ${open ? 'flex' : 'hidden lg:flex'}`}>
      {persons.length > 0 && (
        <div className="flex flex-wrap items-center gap-1.5">
          <span className="mr-1 w-14 shrink-0 font-semibold text-muted">People</span>
          {persons.map((p) => (
            <button key={p.id} type="button" aria-pressed={people.includes(p.id)} className={CHIP} onClick={() => onChange(toggle(people, p.id), [...topics])}>
              {p.name} <span className="opacity-75">{counts.people.get(p.id)}</span>
            </button>
          ))}
        </div>
      )}
      {timeline.topics.length > 0 && (
        <div className="flex flex-wrap items-center gap-1.5">
          <span className="mr-1 w-14 shrink-0 font-semibold text-muted">Topics</span>
          {timeline.topics.slice(0, 24).map((t) => (
            <button key={t.id} type="button" aria-pressed={topics.includes(t.id)} className={CHIP} onClick={() => onChange([...people], toggle(topics, t.id))}>
              {t.label} <span className="opacity-75">{counts.topics.get(t.id) ?? 0}</span>
            </button>
          ))}
        </div>
      )}
      </div>
      <p className="text-muted" aria-live="polite">
        {active ? <>Showing {shown} of {timeline.events.length} events. </> : <>{timeline.events.length} events. </>}
        {active && (
          <button type="button" className="min-h-6 font-semibold text-mark underline underline-offset-4" onClick={() => onChange([], [])}>
            Clear filters
          </button>
        )}
      </p>
    </div>
  );
}
