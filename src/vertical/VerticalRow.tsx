/**
 * One event of the vertical timeline: a dot on the spine, its date at its precision, its whole
 * title (a link to `#event=<id>`, the list's one tab stop when active), its people and how many
 * quotes it has. The selected event opens in place below (`detail`); without JavaScript every
 * row shows its summary and quotes (`.vt-static`, hidden once the app runs).
 */
import type { ReactNode } from 'react';
import type { Timeline, TimelineEvent } from '../dataset/model';
import { DatePlace } from '../format/DatePlace';
import { peopleNames } from '../format/peopleNames';
import { QuoteBlock } from '../quotes/QuoteBlock';
import { onPlainClick } from '../ui/plainClick';
import { useT } from '../i18n/useT';
import { Bdi, useStoryLang } from '../i18n/StoryLang';
import { rowId } from './rowId';

/** Props of VerticalRow. */
export interface VerticalRowProps {
  event: TimelineEvent;
  timeline: Timeline;
  locale: string;
  /** Room above the row, as a spacing class (VerticalTimeline's steps). */
  spaceClass: string;
  /** What stands above the row: a collapsed gap's label, a day heading. */
  before: ReactNode;
  selected: boolean;
  /** Filtered out by the reader: drawn faint, still listed. */
  faded: boolean;
  /** 0 for the one row in the tab order, else -1. */
  tabIndex: number;
  /** The opened event, in place (only for the selected row). */
  detail: ReactNode;
  /** Called when the reader picks the row. */
  onSelect: (id: string) => void;
}


/** One row. */
export function VerticalRow({ event: e, timeline, locale, spaceClass, before, selected, faded, tabIndex, detail, onSelect }: VerticalRowProps) {
  const t = useT();
  const storyLang = useStoryLang();
  const people = peopleNames(e, timeline, t('list.separator'));
  const quotes = e.quotes.length === 0 ? '' : t('quotes.count', { count: e.quotes.length });
  return (
    <li id={rowId(e.id)} className={`vt-row relative ${spaceClass} scroll-mt-16`} aria-current={selected ? 'true' : undefined} data-faded={faded ? 'true' : undefined}>
      {before}
      <div className={`relative ps-6 ${faded ? 'opacity-45' : ''}`}>
        <span aria-hidden="true" className={`absolute start-[-0.3rem] top-[0.45rem] size-3 rounded-full border-2 border-surface ${selected ? 'bg-selected' : 'bg-mark'}`} />
        <DatePlace event={e} locale={locale} className="text-xs font-semibold uppercase tracking-wide text-muted" />
        <h3 className="mt-0.5 font-serif text-lg leading-snug [overflow-wrap:anywhere]">
          <a
            href={`#event=${encodeURIComponent(e.id)}`}
            data-event-id={e.id}
            tabIndex={tabIndex}
            aria-expanded={selected}
            className={`block min-h-11 py-1 underline-offset-4 hover:underline ${selected ? 'text-selected' : 'text-fg'}`}
            onClick={onPlainClick(() => onSelect(e.id))}
          >
            <Bdi>{e.title}</Bdi>
          </a>
        </h3>
        {(people || quotes) && (
          <p className="text-sm text-muted">
            <Bdi>{people}</Bdi>
            {people && quotes ? ' · ' : ''}
            {quotes}
          </p>
        )}
        <div className="vt-static">
          <p className="mt-1 leading-relaxed" dir="auto" lang={storyLang}>{e.summary}</p>
          {e.quotes.map((q) => <QuoteBlock key={q.id} quote={q} timeline={timeline} locale={locale} />)}
        </div>
        {/* Reaches back towards the spine, with a slimmer padding, on a phone: indents in rem double
            with the reader's text, and at 320 px and 200% the panel kept 140 px for its words. */}
        {detail && <div className="-ms-3 mt-2 rounded-lg border border-line bg-surface p-3 sm:ms-0 sm:p-4">{detail}</div>}
      </div>
    </li>
  );
}
