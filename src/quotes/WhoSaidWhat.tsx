/**
 * "Who said what": every quote grouped by speaker. Choosing a quote selects its event and moves
 * the timeline to it; the speakers of the selected event are highlighted.
 */
import { useMemo, useState } from 'react';
import type { Timeline } from '../dataset/model';
import { formatEventDate } from '../format/dates';
import { quotesBySpeaker } from './quoteIndex';

/** Props of WhoSaidWhat. */
export interface WhoSaidWhatProps {
  timeline: Timeline;
  locale: string;
  /** Speakers of the selected event, highlighted. */
  highlighted: ReadonlySet<string>;
  /** Selects a quote's event and moves the timeline to it. */
  onChoose: (eventId: string) => void;
}

const PER_SPEAKER = 12;

/** The quotes, by speaker. */
export function WhoSaidWhat({ timeline, locale, highlighted, onChoose }: WhoSaidWhatProps) {
  const groups = useMemo(() => quotesBySpeaker(timeline), [timeline]);
  // A large dataset can hold thousands of quotes: each speaker shows a few until asked for all.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  if (groups.length === 0) return <p className="text-muted">This timeline has no quotes.</p>;
  return (
    <section aria-labelledby="who-title">
      <h2 id="who-title" tabIndex={-1} className="font-serif text-2xl">Who said what</h2>
      <p className="mt-1 text-sm text-muted">Every direct quote in the reports. Choose one to see its event.</p>
      {groups.map(({ person, quotes }) => {
        const hot = highlighted.has(person.id);
        return (
          <div key={person.id} className="mt-4" data-speaker={person.id} data-highlighted={hot ? 'true' : undefined}>
            <h3 className={`text-sm font-semibold ${hot ? 'text-selected' : 'text-fg'}`}>
              {person.name}
              {person.role && <span className="font-normal text-muted">, {person.role}</span>}
              <span className="font-normal text-muted"> · {quotes.length}</span>
            </h3>
            <ul className="mt-1 space-y-1">
              {(expanded.has(person.id) ? quotes : quotes.slice(0, PER_SPEAKER)).map(({ quote, eventId }) => {
                const event = timeline.eventById.get(eventId);
                return (
                  <li key={quote.id}>
                    <button
                      type="button"
                      data-quote-id={quote.id}
                      onClick={() => onChoose(eventId)}
                      className={`w-full rounded-md border-l-4 px-3 py-2 text-left hover:bg-grid ${hot ? 'border-selected' : 'border-line'}`}
                    >
                      <span className="line-clamp-3 font-serif">“{quote.text}”</span>
                      {event && (
                        <span className="mt-0.5 block text-xs text-muted">
                          {event.title} · {formatEventDate(event, locale)}
                        </span>
                      )}
                    </button>
                  </li>
                );
              })}
            </ul>
            {quotes.length > PER_SPEAKER && !expanded.has(person.id) && (
              <button type="button" className="mt-1 min-h-6 text-sm font-semibold text-mark underline underline-offset-4" onClick={() => setExpanded(new Set([...expanded, person.id]))}>
                Show all {quotes.length} quotes by {person.name}
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
}
