/**
 * The selected event in full: the date in words at its precision and where it comes from, place,
 * summary, people and topics, then every quote with "Read in context". Focus moves to its heading
 * when it opens so that keyboard and screen-reader users land on what they chose.
 */
import { useEffect, useRef } from 'react';
import type { Quote, Timeline, TimelineEvent } from '../dataset/model';
import { formatDate } from '../format/dates';
import { EventTime } from '../format/EventTime';
import { peopleNames } from '../format/peopleNames';
import { QuoteBlock } from './QuoteBlock';
import { CopyLink } from './CopyLink';
import { Paragraphs } from '../ui/Paragraphs';
import { quoteOpening } from './quoteWords';
import { useT } from '../i18n/useT';
import { rich } from '../i18n/rich';
import { Bdi, useStoryLang } from '../i18n/StoryLang';

/** Props of EventPanel. */
export interface EventPanelProps {
  event: TimelineEvent;
  timeline: Timeline;
  locale: string;
  /** Opens the source reader at a quote. */
  onReadInContext: (quote: Quote) => void;
  /** Closes the panel (Escape, the close button). */
  onClose: () => void;
  /** Moves focus into the panel when it opens for a new event. */
  autoFocus: boolean;
  /** Focus the heading and scroll it into view when this changes ("Show its event" in the article reader); 0: never asked. */
  headingRequest?: number;
}

/** The nearest box below the page that scrolls `el` (the bottom sheet, the side panel), or null. */
function scroller(el: HTMLElement): HTMLElement | null {
  for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(box).overflowY) && box.scrollHeight > box.clientHeight) return box;
  }
  return null;
}

/** The panel for one event. */
export function EventPanel({ event, timeline, locale, onReadInContext, onClose, autoFocus, headingRequest = 0 }: EventPanelProps) {
  const t = useT();
  const storyLang = useStoryLang();
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (autoFocus) heading.current?.focus({ preventScroll: true });
  }, [event.id, autoFocus]);
  useEffect(() => {
    if (!headingRequest) return;
    const h = heading.current;
    if (!h) return;
    h.focus({ preventScroll: true });
    // Where the heading cannot be seen (scrolled off in the sheet, the side panel or the page, or
    // under the phone's sticky bar), the panel is shown from its top. A heading in view stays put.
    const line = h.getClientRects()[0];
    const hit = line && document.elementFromPoint(line.left + Math.min(line.width / 2, 40), line.top + line.height / 2);
    const article = panel.current;
    if ((hit && h.contains(hit)) || !article) return;
    const box = scroller(article);
    // In the sheet or the side panel, that box scrolls, not the page behind it.
    if (box) box.scrollBy({ top: article.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientTop - parseFloat(getComputedStyle(box).paddingTop) });
    // In the page (the phone's rows), clear of its sticky bar (scroll-mt-16, as the rows have).
    else article.scrollIntoView({ block: 'start' });
  }, [headingRequest]);
  // A report's publisher (the dataset's words), or "the report" (the interface's) where it has none.
  const publisherOf = (source: { publisher: string } | undefined) => (source?.publisher ? <Bdi>{source.publisher}</Bdi> : t('panel.theReport'));
  // "…: the quote beginning “first words”, AFP": the quote's words and the publisher are the
  // dataset's, isolated from the sentence around them.
  const readInContextOf = (q: Quote) => {
    const opening = quoteOpening(q.text);
    const quote = rich(t, opening.whole ? 'quotes.whole' : 'quotes.reference', { words: <Bdi>{opening.words}</Bdi> });
    return rich(t, 'panel.readInContextOf', { quote, publisher: publisherOf(timeline.sourceById.get(q.source)) });
  };
  const stated = event.stated;
  const statedSource = stated ? timeline.sourceById.get(stated.source) : undefined;
  return (
    <article ref={panel} aria-labelledby="panel-title" className="scroll-mt-16 text-fg">
      {/* Where the date and the close button do not fit side by side (a phone's rows with the
          reader's text at 200%), the date takes a line of its own under the button (wrap-reverse:
          the first line goes last) instead of being squeezed into a column and split mid-word. */}
      {/* In the side panel and the phone's sheet, which scroll on their own, the row with the close
          button stays at the top: scrolled down a long panel, the reader can still close it. Its
          shadow paints the panel's padding above it, where the text would show scrolling by. */}
      <div className="flex flex-wrap-reverse items-end justify-between gap-x-3 in-[.panel]:sticky in-[.panel]:top-0 in-[.panel]:z-10 in-[.panel]:bg-surface in-[.panel]:shadow-[0_-1.25rem_0_var(--color-surface)]">
        <p className="min-w-0 text-sm font-semibold uppercase tracking-wide text-muted">
          <EventTime event={event} locale={locale} long />
        </p>
        <button type="button" onClick={onClose} className="-me-2 -mt-2 ms-auto grid size-[44px] shrink-0 place-items-center rounded-md text-muted hover:bg-grid hover:text-fg" aria-label={t('panel.close')}>
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2"><path d="M5 5l10 10M15 5L5 15" /></svg>
        </button>
      </div>
      <h2 id="panel-title" ref={heading} tabIndex={-1} className="mt-1 font-serif text-2xl leading-tight" dir="auto" lang={storyLang}>{event.title}</h2>
      <p className="mt-1 text-xs text-muted">
        {event.dateSource === 'text'
          ? t('panel.dateText')
          : stated
            ? rich(t, 'panel.dateRecordStated', { publisher: publisherOf(statedSource), text: <Bdi>{stated.text}</Bdi>, date: <Bdi>{formatDate(stated.date, locale)}</Bdi> })
            : t('panel.dateRecord')}
      </p>
      {event.place && <p className="mt-3 text-sm"><span className="text-muted">{t('panel.where')} </span><Bdi>{event.place}</Bdi></p>}
      <Paragraphs text={event.summary} className="leading-relaxed" firstClassName="mt-3" />
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {event.people.length > 0 && (
          <>
            <dt className="text-muted">{t('panel.people')}</dt>
            <dd dir="auto" lang={storyLang}>{peopleNames(event, timeline, t('list.separator'))}</dd>
          </>
        )}
        {event.topics.length > 0 && (
          <>
            <dt className="text-muted">{t('panel.topics')}</dt>
            <dd dir="auto" lang={storyLang}>{event.topics.map((id) => timeline.topicById.get(id)?.label ?? id).join(t('list.separator'))}</dd>
          </>
        )}
      </dl>
      <h3 className="mt-5 text-sm font-semibold uppercase tracking-wide text-muted">
        {t('quotes.count', { count: event.quotes.length })}
      </h3>
      {event.quotes.map((q) => (
        <QuoteBlock
          key={q.id}
          quote={q}
          timeline={timeline}
          locale={locale}
          highlightSpeaker
          actions={
            // Breaks between its words only: at 320 px and 200% text "context" was split in two.
            <button type="button" className="ms-2 inline-flex min-h-6 items-center font-semibold text-mark underline underline-offset-4 [overflow-wrap:break-word]" onClick={() => onReadInContext(q)}>
              {t('panel.readInContext')}<span className="sr-only">{readInContextOf(q)}</span>
            </button>
          }
        />
      ))}
      <CopyLink eventId={event.id} />
    </article>
  );
}
