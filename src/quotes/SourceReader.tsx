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
  const prev = index > 0 ? list[index - 1] : undefined;
  const next = index >= 0 && index < list.length - 1 ? list[index + 1] : undefined;
  const speaker = quote ? timeline.personById.get(quote.speaker)?.name ?? quote.speaker : '';

  return (
    <dialog
      ref={dialog}
      aria-labelledby="reader-title"
      onClose={onClose}
      onCancel={onClose}
      className="m-auto h-[min(100dvh,56rem)] w-[min(100vw,44rem)] max-h-none max-w-none overflow-hidden rounded-none border-0 bg-surface p-0 text-fg shadow-2xl backdrop:bg-black/60 sm:h-[min(92dvh,56rem)] sm:rounded-lg"
    >
      {quote && source && (
        <div className="flex h-full flex-col">
          {/* A <div>, not a <header>: inside a dialog a header would be a second, nested banner landmark. */}
          <div className="border-b border-line px-5 py-4">
            <div className="flex items-start justify-between gap-3">
              <div>
                <p className="text-sm text-muted">
                  {source.publisher}
                  {published && isDatePoint(published) && <> · {formatDate(published, locale)}</>}
                </p>
                <h2 id="reader-title" className="mt-1 font-serif text-xl leading-snug">{source.headline}</h2>
              </div>
              <button type="button" onClick={onClose} autoFocus className="-mr-2 grid size-11 shrink-0 place-items-center rounded-md text-muted hover:bg-grid hover:text-fg" aria-label="Close the article">
                <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2"><path d="M5 5l10 10M15 5L5 15" /></svg>
              </button>
            </div>
            <nav aria-label="Quotes in this article" className="mt-3 flex flex-wrap items-center gap-2 text-sm">
              <button type="button" disabled={!prev} onClick={() => prev && onQuote(prev.quote)} className="min-h-11 rounded-md border border-line px-3 font-semibold disabled:opacity-50">
                ← Previous quote
              </button>
              <span aria-live="polite" className="px-1 text-muted">Quote {index + 1} of {list.length}: {speaker}</span>
              <button type="button" disabled={!next} onClick={() => next && onQuote(next.quote)} className="min-h-11 rounded-md border border-line px-3 font-semibold disabled:opacity-50">
                Next quote →
              </button>
              {eventId && (
                <button type="button" onClick={() => onGoToEvent(eventId)} className="min-h-11 rounded-md bg-mark px-3 font-semibold text-bg">
                  Show its event
                </button>
              )}
            </nav>
          </div>
          <div className="flex-1 overflow-y-auto px-5 py-4 font-serif text-[1.05rem] leading-relaxed" tabIndex={0} aria-label="Article text">
            {paragraphs.map((runs, i) => (
              <p key={i} className="mb-4">
                {runs.map((r) =>
                  r.mark?.kind === 'quote' ? (
                    <mark key={r.start} data-current="" data-start={r.start} className="rounded bg-[var(--tl-highlight)] px-0.5 text-[var(--tl-highlight-fg)]">{r.text}</mark>
                  ) : r.mark ? (
                    <mark key={r.start} data-mention="" className="bg-transparent text-fg underline decoration-mark decoration-2 underline-offset-4">{r.text}</mark>
                  ) : (
                    <span key={r.start}>{r.text}</span>
                  ),
                )}
              </p>
            ))}
            <p className="mt-6 border-t border-line pt-3 font-sans text-xs text-muted">
              Article text as published, without page furniture (navigation, photo captions, promotions).
              <span className="ml-1">Highlighted: the quote. Underlined: where this article mentions the event.</span>
            </p>
          </div>
        </div>
      )}
    </dialog>
  );
}
