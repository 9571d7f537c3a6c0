/**
 * "Who said what": every quote grouped by speaker. Choosing a quote selects its event and moves
 * the timeline to it; the quotes of the selected event (and only those) are marked, with
 * aria-current. Long quotes are folded behind a visible fade and a "more" button, never cut with
 * an ellipsis inside the quotation marks (which would claim the journalist cut them).
 */
import { useMemo, useState } from 'react';
import type { Timeline } from '../dataset/model';
import { formatEventDate } from '../format/dates';
import { quotesBySpeaker } from './quoteIndex';
import { isLongQuote } from './quoteWords';
import { useT } from '../i18n/useT';
import { rich } from '../i18n/rich';
import { Bdi } from '../i18n/StoryLang';

/** Props of WhoSaidWhat. */
export interface WhoSaidWhatProps {
  timeline: Timeline;
  locale: string;
  /** The selected event: its quotes are marked (aria-current). */
  selectedEventId: string | null;
  /** Selects a quote's event and moves the timeline to it. */
  onChoose: (eventId: string) => void;
}

const PER_SPEAKER = 12;

/** The quotes, by speaker. */
export function WhoSaidWhat({ timeline, locale, selectedEventId, onChoose }: WhoSaidWhatProps) {
  const t = useT();
  const groups = useMemo(() => quotesBySpeaker(timeline), [timeline]);
  // A large dataset can hold thousands of quotes: each speaker shows a few until asked for all.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [unfolded, setUnfolded] = useState<ReadonlySet<string>>(new Set());
  const selected = selectedEventId ? timeline.eventById.get(selectedEventId) : undefined;
  // The heading is there even without quotes: the header's button moves focus to it.
  const heading = <h2 id="who-title" tabIndex={-1} className="rounded font-serif text-2xl">{t('who.heading')}</h2>;
  if (groups.length === 0) {
    return (
      <section aria-labelledby="who-title">
        {heading}
        <p className="mt-1 text-muted">{t('who.none')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="who-title">
      {heading}
      <p className="mt-1 text-sm text-muted">
        {t('who.intro')}
        {selected && selected.quotes.length > 0 && <> {rich(t, 'who.marked', { title: <Bdi>{selected.title}</Bdi> }, { count: selected.quotes.length })}</>}
      </p>
      {groups.map(({ person, quotes }) => (
        <div key={person.id} className="mt-4" data-speaker={person.id}>
          <h3 className="text-sm font-semibold text-fg">
            <Bdi>{person.name}</Bdi>
            {person.role && <span className="font-normal text-muted">{t('list.separator')}<Bdi>{person.role}</Bdi></span>}
            <span className="font-normal text-muted"> · {t('who.count', { count: quotes.length })}</span>
          </h3>
          <ul className="mt-1 space-y-1">
            {(expanded.has(person.id) ? quotes : quotes.slice(0, PER_SPEAKER)).map(({ quote, eventId }) => {
              const event = timeline.eventById.get(eventId);
              const current = eventId === selectedEventId;
              const folded = isLongQuote(quote.text) && !unfolded.has(quote.id);
              return (
                <li key={quote.id}>
                  <button
                    type="button"
                    data-quote-id={quote.id}
                    aria-current={current ? 'true' : undefined}
                    onClick={() => onChoose(eventId)}
                    className={`w-full rounded-md border-s-4 px-3 py-2 text-start hover:bg-grid ${current ? 'border-selected bg-surface' : 'border-line'}`}
                  >
                    {current && <span className="mb-0.5 block text-xs font-semibold uppercase tracking-wide text-selected">{t('who.selected')}</span>}
                    <span id={`q-${quote.id}`} className={`block font-serif ${folded ? 'quote-fold' : ''}`} data-folded={folded ? 'true' : undefined}>
                      {t('quotes.open')}<Bdi>{quote.text}</Bdi>{folded ? '' : t('quotes.close')}
                    </span>
                    {event && (
                      <span className="mt-0.5 block text-xs text-muted">
                        <Bdi>{event.title}</Bdi> · <Bdi>{formatEventDate(event, locale)}</Bdi>
                      </span>
                    )}
                  </button>
                  {isLongQuote(quote.text) && (
                    <button
                      type="button"
                      aria-expanded={!folded}
                      aria-controls={`q-${quote.id}`}
                      className="ms-4 min-h-6 text-sm font-semibold text-mark underline underline-offset-4"
                      onClick={() => setUnfolded(new Set(folded ? [...unfolded, quote.id] : [...unfolded].filter((id) => id !== quote.id)))}
                    >
                      {folded ? t('who.more') : t('who.less')}<span className="sr-only"> {rich(t, 'who.foldOf', { name: <Bdi>{person.name}</Bdi> })}</span>
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          {quotes.length > PER_SPEAKER && !expanded.has(person.id) && (
            <button type="button" className="mt-1 min-h-6 text-sm font-semibold text-mark underline underline-offset-4" onClick={() => setExpanded(new Set([...expanded, person.id]))}>
              {rich(t, 'who.showAll', { name: <Bdi>{person.name}</Bdi> }, { count: quotes.length })}
            </button>
          )}
        </div>
      ))}
    </section>
  );
}
