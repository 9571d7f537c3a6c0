/**
 * The ordered HTML list of all events: the text equivalent of the timeline (every date, title,
 * summary and quote in semantic HTML), prerendered into the page so it reads without JavaScript.
 * Large datasets are shown a page at a time so the DOM stays small.
 */
import { useState } from 'react';
import type { Timeline, TimelineEvent } from '../dataset/model';
import { DatePlace } from '../format/DatePlace';
import { peopleNames } from '../format/peopleNames';
import { QuoteBlock } from '../quotes/QuoteBlock';
import { onPlainClick } from '../ui/plainClick';
import { Paragraphs } from '../ui/Paragraphs';
import { useT } from '../i18n/useT';
import { Bdi } from '../i18n/StoryLang';
import { Later } from '../app/Later';

/** Props of EventList. */
export interface EventListProps {
  timeline: Timeline;
  /** Events to list, in date order (the filtered ones). */
  events: readonly TimelineEvent[];
  selectedId: string | null;
  /** Called when the reader picks an event in the list. */
  onSelect: (id: string) => void;
  locale: string;
  /** Heading level of each event title: 3 in the full page. */
  headingLevel?: 2 | 3;
}

const PAGE = 200;

/** The anchor id of an event's list item; `#event=<id>` also scrolls there with JavaScript off. */
export function listItemId(id: string): string {
  return `event=${id}`;
}

/** The list of events. */
export function EventList({ timeline, events, selectedId, onSelect, locale, headingLevel = 3 }: EventListProps) {
  const t = useT();
  const [shown, setShown] = useState(PAGE);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const people = (e: TimelineEvent) => peopleNames(e, timeline, t('list.separator'));
  return (
    <div>
      {/* content-visibility on the list as a whole: the browser skips styling, laying out and
          painting it while it is off screen, work every frame of a zoom would otherwise pay for.
          Not on each item: every item so marked is one more box the browser checks for visibility
          and hit-tests in every frame, even while the whole list is out of view (~1 ms a frame at
          200 items and 4× CPU slowdown, about what repainting the list in view costs). Find-in-page
          and assistive technology still see it; printing draws it. */}
      {events.length > 0 && <ol className="divide-y divide-line border-y border-line [content-visibility:auto] [contain-intrinsic-size:auto_200rem] print:[content-visibility:visible]">
        {events.slice(0, shown).map((e) => {
          const selected = e.id === selectedId;
          // Each entry a part hydrated once what is in view is (src/app/Later.tsx).
          return (
            <Later key={e.id} at={listItemId(e.id)}>
            <li id={listItemId(e.id)} className={`scroll-mt-4 py-4 ${selected ? 'bg-surface' : ''}`} aria-current={selected ? 'true' : undefined}>
              <DatePlace event={e} locale={locale} className="text-sm font-semibold uppercase tracking-wide text-muted" />
              <Heading className="mt-1 font-serif text-xl leading-snug">
                <a
                  href={`#event=${encodeURIComponent(e.id)}`}
                  className={`underline-offset-4 hover:underline coarse:inline-block coarse:py-2.5 ${selected ? 'text-selected' : 'text-fg'}`}
                  onClick={onPlainClick(() => onSelect(e.id))}
                >
                  <Bdi>{e.title}</Bdi>
                </a>
              </Heading>
              <Paragraphs text={e.summary} className="max-w-prose leading-relaxed" firstClassName="mt-1" />
              {e.people.length > 0 && <p className="mt-1 text-sm text-muted">{t('list.people')} <Bdi>{people(e)}</Bdi></p>}
              {e.quotes.map((q) => <QuoteBlock key={q.id} quote={q} timeline={timeline} locale={locale} />)}
            </li>
            </Later>
          );
        })}
      </ol>}
      {events.length > shown && (
        <button type="button" className="mt-4 min-h-11 rounded-md border border-line bg-surface px-4 font-semibold" onClick={() => setShown((n) => n + PAGE)}>
          {t('list.more', { count: Math.min(PAGE, events.length - shown), remaining: events.length - shown })}
        </button>
      )}
    </div>
  );
}
