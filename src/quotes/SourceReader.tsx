/**
 * The source reader: the cleaned article a quote comes from, with the quote highlighted and
 * scrolled into view and the event's other mentions marked; the reader can step to the previous
 * and next quote in the article. A native modal <dialog>: focus stays inside, Escape closes.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Quote, Timeline } from '../dataset/model';
import { isDatePoint, parseIsoDate } from '../dataset/isoDate';
import { formatDate } from '../format/dates';
import { segments, type MarkRange } from './segments';
import { quotesInSource } from './quoteIndex';
import { useT } from '../i18n/useT';
import { rich } from '../i18n/rich';
import { addEnglish } from '../i18n/i18n';
import { messages as englishWords } from '../i18n/compiled/en.reader';
import { Bdi, useStoryLang } from '../i18n/StoryLang';

// The reader's English words come with its chunk, not in the page's main script.
addEnglish(englishWords);

/** Props of SourceReader. */
export interface SourceReaderProps {
  timeline: Timeline;
  /** The quote to show, or null when the reader is closed. */
  quote: Quote | null;
  locale: string;
  /** Moves to another quote (previous/next). */
  onQuote: (quote: Quote) => void;
  /** Selects the quote's event and closes the reader. */
  onGoToEvent: (eventId: string) => void;
  onClose: () => void;
}

/** The article with its quote highlighted. */
export function SourceReader({ timeline, quote, locale, onQuote, onGoToEvent, onClose }: SourceReaderProps) {
  const t = useT();
  const storyLang = useStoryLang();
  const dialog = useRef<HTMLDialogElement>(null);
  const source = quote ? timeline.sourceById.get(quote.source) : undefined;
  const list = useMemo(() => (quote ? quotesInSource(timeline, quote.source) : []), [timeline, quote]);
  const index = quote ? list.findIndex((q) => q.quote.id === quote.id) : -1;
  const eventId = index >= 0 ? list[index]?.eventId : undefined;

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (quote && !d.open) d.showModal();
    if (!quote && d.open) d.close();
  }, [quote]);

  useEffect(() => {
    // Centre the highlighted quote; instant under reduced motion (the CSS turns smooth scrolling off).
    dialog.current?.querySelector('mark[data-current]')?.scrollIntoView({ block: 'center' });
  }, [quote?.id]);

  const paragraphs = useMemo(() => {
    if (!quote || !source) return [];
    const event = eventId ? timeline.eventById.get(eventId) : undefined;
    const ranges: MarkRange[] = [{ start: quote.start, end: quote.end, kind: 'quote', id: quote.id }];
    for (const m of event?.mentions ?? []) if (m.source === source.id) ranges.push({ ...m, kind: 'mention' });
    return segments(source.text, ranges);
  }, [quote, source, eventId, timeline]);

  const published = source ? parseIsoDate(source.published) : null;
  const hasMentions = paragraphs.some((runs) => runs.some((r) => r.mark?.kind === 'mention'));
  const prev = index > 0 ? list[index - 1] : undefined;
  const next = index >= 0 && index < list.length - 1 ? list[index + 1] : undefined;
  const speaker = quote ? timeline.personById.get(quote.speaker)?.name ?? quote.speaker : '';

  return (
    <dialog
      ref={dialog}
      aria-labelledby="reader-title"
      onClose={onClose}
      onCancel={onClose}
      // On a phone the dialog itself scrolls, headline and all, under a sticky toolbar; wider, its
      // column fits and only the article's box scrolls. Either way overscroll-contain keeps a swipe
      // here from scrolling the page behind the reader.
      className="m-auto h-[min(100dvh,56rem)] w-[min(100vw,44rem)] max-h-none max-w-none overflow-y-auto overscroll-contain rounded-none border-0 bg-surface p-0 text-fg shadow-2xl backdrop:bg-black/60 sm:h-[min(92dvh,56rem)] sm:rounded-lg"
    >
      {quote && source && (
        // Wider than a phone, a grid puts the pieces back as they always were: the headline with the
        // close button, the toolbar under them, and only the article's box scrolling.
        <div className="sm:grid sm:h-full sm:grid-cols-[minmax(0,1fr)_auto] sm:grid-rows-[auto_auto_minmax(0,1fr)]">
          {/* On a phone the toolbar and the close button alone stay put, the headline scrolling with
              the article: with the reader's text at 200% the headline and the toolbar together took
              half the screen (372 of 740 px). Targets are 44 CSS px whatever the text size (WCAG
              2.5.8); larger text grows them by their words. (Contents wider: its children are the
              grid's, placed by their own classes.) */}
          {/* A <div>, not a <header>: inside a dialog a header would be a second, nested banner landmark. */}
          <div data-reader-header="" className="sticky top-0 z-10 flex items-start gap-2 border-b border-line bg-surface px-4 py-1 sm:contents">
            <button type="button" onClick={onClose} autoFocus className="order-last -me-2 ms-auto grid size-[44px] shrink-0 place-items-center rounded-md text-muted hover:bg-grid hover:text-fg sm:col-start-2 sm:row-start-1 sm:me-3 sm:mt-4" aria-label={t('reader.close')}>
              <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2"><path d="M5 5l10 10M15 5L5 15" /></svg>
            </button>
            <nav aria-label={t('reader.nav')} className="flex min-w-0 flex-1 flex-wrap items-center gap-x-1.5 gap-y-1 text-sm sm:col-span-2 sm:row-start-2 sm:gap-2 sm:border-b sm:border-line sm:px-5 sm:pt-3 sm:pb-4">
              {/* Previous, the counter and next stay one group; the counter wraps between its
                  words (never inside one) before the group breaks apart. Wider, their labels are long
                  ("← Previous quote"), and at 200% text they wrap too: "Next quote" ran off at 768 px. */}
              <div className="flex min-w-0 items-center gap-1.5 sm:flex-wrap sm:gap-2">
                <button type="button" disabled={!prev} onClick={() => prev && onQuote(prev.quote)} className="inline-flex min-h-[44px] min-w-[44px] shrink-0 items-center justify-center gap-1 rounded-md border border-line font-semibold disabled:opacity-50 sm:px-3">
                  <span aria-hidden="true">←</span><span className="max-sm:sr-only">{t('reader.previous')}</span>
                </button>
                <span aria-live="polite" className="text-center text-xs text-muted [overflow-wrap:break-word] sm:px-1 sm:text-sm">{t('reader.position', { index: index + 1, total: list.length })}<span className="max-sm:sr-only">: <Bdi>{speaker}</Bdi></span></span>
                <button type="button" disabled={!next} onClick={() => next && onQuote(next.quote)} className="inline-flex min-h-[44px] min-w-[44px] shrink-0 items-center justify-center gap-1 rounded-md border border-line font-semibold disabled:opacity-50 sm:px-3">
                  <span className="max-sm:sr-only">{t('reader.next')}</span><span aria-hidden="true">→</span>
                </button>
              </div>
              {eventId && (
                <button type="button" onClick={() => onGoToEvent(eventId)} className="min-h-[44px] max-w-full rounded-md bg-mark px-3 font-semibold text-bg [overflow-wrap:break-word] sm:ms-auto">
                  {t('reader.showEvent')}
                </button>
              )}
            </nav>
          </div>
          <div className="px-4 pt-3 sm:col-start-1 sm:row-start-1 sm:pe-2 sm:ps-5 sm:pt-5">
            <p className="text-xs text-muted sm:text-sm">
              <Bdi>{source.publisher}</Bdi>
              {published && isDatePoint(published) && <> · <Bdi>{formatDate(published, locale)}</Bdi></>}
            </p>
            <h2 id="reader-title" className="font-serif text-base leading-snug sm:mt-1 sm:text-xl" dir="auto" lang={storyLang}>{source.headline}</h2>
          </div>
          <div className="px-4 py-3 font-serif text-[1.05rem] leading-relaxed sm:col-span-2 sm:row-start-3 sm:overflow-y-auto sm:overscroll-contain sm:px-5 sm:py-4" tabIndex={0} aria-label={t('reader.text')}>
            <p className="mb-3 font-sans text-xs text-muted" data-reader-key="">
              {rich(t, 'reader.highlightedKey', { mark: <mark className="rounded bg-[var(--tl-highlight)] px-1 text-[var(--tl-highlight-fg)]">{t('reader.highlighted')}</mark> })}{' '}
              {hasMentions && rich(t, 'reader.tintedKey', { mark: <mark className="mention rounded px-1">{t('reader.tinted')}</mark> })}
            </p>
            {paragraphs.map((runs, i) => (
              <p key={i} className="mb-4" dir="auto" lang={storyLang}>
                {runs.map((r) =>
                  r.mark?.kind === 'quote' ? (
                    <mark key={r.start} data-current="" data-start={r.start} className="rounded bg-[var(--tl-highlight)] px-0.5 text-[var(--tl-highlight-fg)]">{r.text}</mark>
                  ) : r.mark ? (
                    <mark key={r.start} data-mention="" className="mention rounded-sm">{r.text}</mark>
                  ) : (
                    <span key={r.start}>{r.text}</span>
                  ),
                )}
              </p>
            ))}
            <p className="mt-6 border-t border-line pt-3 font-sans text-xs text-muted">
              {t('reader.asPublished')}
            </p>
          </div>
        </div>
      )}
    </dialog>
  );
}
