/**
 * The whole story as text: every event with its date, place, title, summary, people and every
 * quote with its speaker and report. It is the print view (src/print/print.css shows it on paper
 * in place of the screen's paged list and panels), and the embed's text for readers without
 * JavaScript (embed.html has no list of events on screen).
 *
 * It is in the prerendered HTML of the embed and of an event's page (its own event); in the
 * browser it is rendered only while printing (usePrinting), so a 10,000-event dataset does not
 * keep a second copy of the story in the DOM on screen.
 */
import type { Timeline, TimelineEvent } from '../dataset/model';
import { DatePlace } from '../format/DatePlace';
import { peopleNames } from '../format/peopleNames';
import { QuoteBlock } from '../quotes/QuoteBlock';
import { printOrder } from './printOrder';
import { usePrinting } from './usePrinting';
import { useT } from '../i18n/useT';
import { Bdi, useStoryLang } from '../i18n/StoryLang';

/** Props of StoryText. */
export interface StoryTextProps {
  timeline: Timeline;
  /** The event to put first (the selection, or an event page's event); null: date order. */
  firstId: string | null;
  /**
   * An event page's own event (event/<id>.html): its prerendered HTML carries that event alone, so
   * that a story with many events does not write its whole text into every event's page. Printed
   * in the browser, the page still prints every event.
   */
  pageEvent?: string | null;
  /**
   * The embed (embed.html): its prerendered HTML carries the story text, the only place its
   * readers without JavaScript find the events. The full page's does not: its list of events
   * holds every event and quote, and prints in its place without JavaScript (print.css).
   */
  embed?: boolean;
  locale: string;
}

function EventText({ event, timeline, locale, first }: { event: TimelineEvent; timeline: Timeline; locale: string; first: boolean }) {
  const t = useT();
  const storyLang = useStoryLang();
  const people = peopleNames(event, timeline, t('list.separator'));
  return (
    <li className={`story-event py-3 ${first ? 'story-first' : ''}`} data-event={event.id}>
      {first && <p className="text-xs font-bold uppercase tracking-[0.14em] text-accent">{t('story.selected')}</p>}
      <DatePlace event={event} locale={locale} className="text-sm font-semibold uppercase tracking-wide text-muted" />
      <h3 className="mt-1 font-serif text-lg leading-snug" dir="auto" lang={storyLang}>{event.title}</h3>
      <p className="mt-1 leading-relaxed" dir="auto" lang={storyLang}>{event.summary}</p>
      {people && <p className="mt-1 text-sm text-muted">{t('story.people')} <Bdi>{people}</Bdi></p>}
      {event.quotes.map((q) => <QuoteBlock key={q.id} quote={q} timeline={timeline} locale={locale} />)}
    </li>
  );
}

/** Every event as text; nothing on screen once the app runs (see the module comment). */
export function StoryText({ timeline, firstId, pageEvent, embed = false, locale }: StoryTextProps) {
  const t = useT();
  const printing = usePrinting();
  if (!printing || (printing === 'prerender' && !embed && !pageEvent)) return null;
  const own = printing === 'prerender' && pageEvent ? timeline.eventById.get(pageEvent) : undefined;
  const events = own ? [own] : printOrder(timeline.events, firstId);
  const first = !own && events[0]?.id === firstId ? firstId : null;
  return (
    <section className="story-text mx-auto max-w-7xl px-3 sm:px-5" aria-labelledby="story-text-title">
      <h2 id="story-text-title" className="mt-6 font-serif text-xl">
        {t('story.all', { count: own ? 1 : timeline.events.length })}
      </h2>
      <ol className="divide-y divide-line">
        {events.map((e) => <EventText key={e.id} event={e} timeline={timeline} locale={locale} first={e.id === first} />)}
      </ol>
    </section>
  );
}
