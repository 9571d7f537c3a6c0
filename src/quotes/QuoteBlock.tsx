/**
 * One quote as the reader sees it: the speaker's exact words from the dataset (text only, never
 * HTML) in a <blockquote cite>, captioned with who said it, their role, and which report has it.
 */
import type { ReactNode } from 'react';
import type { Quote, Timeline } from '../dataset/model';
import { safeHttpUrl } from '../dataset/safeUrl';
import { parseIsoDate, isDatePoint } from '../dataset/isoDate';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/useT';
import { rich } from '../i18n/rich';
import { Bdi } from '../i18n/StoryLang';

/** Props of QuoteBlock. */
export interface QuoteBlockProps {
  quote: Quote;
  timeline: Timeline;
  locale: string;
  /** Controls after the caption, e.g. "Read in context". */
  actions?: ReactNode;
  /** Highlight the speaker (the selected event's speakers). */
  highlightSpeaker?: boolean;
}

/** The `cite` URL of a quote: the report's own address when it is http(s), else the quote's place here. */
export function citeOf(quote: Quote, timeline: Timeline): string {
  const url = timeline.sourceById.get(quote.source)?.url;
  return (url && safeHttpUrl(url)) || `#quote=${encodeURIComponent(quote.id)}`;
}

/** A quote with its caption. */
export function QuoteBlock({ quote, timeline, locale, actions, highlightSpeaker }: QuoteBlockProps) {
  const t = useT();
  const speaker = timeline.personById.get(quote.speaker);
  const source = timeline.sourceById.get(quote.source);
  const published = source ? parseIsoDate(source.published) : null;
  return (
    <figure className="my-4" data-quote-id={quote.id}>
      <blockquote cite={citeOf(quote, timeline)} className="border-s-4 border-mark ps-4 font-serif text-[1.05rem] leading-relaxed text-fg">
        <p>
          <span aria-hidden="true">{t('quotes.open')}</span>
          <Bdi>{quote.text}</Bdi>
          <span aria-hidden="true">{t('quotes.close')}</span>
        </p>
      </blockquote>
      <figcaption className="mt-1 ps-5 text-sm text-muted">
        —{' '}
        {(() => {
          const name = <span className={highlightSpeaker ? 'font-semibold text-fg' : 'font-semibold'}><Bdi>{speaker?.name ?? quote.speaker}</Bdi></span>;
          return speaker?.role ? rich(t, 'quotes.speakerRole', { speaker: name, role: <Bdi>{speaker.role}</Bdi> }) : name;
        })()}
        {source && (
          <>
            {' · '}
            <cite className="not-italic">
              {published && isDatePoint(published)
                ? rich(t, 'source.creditDated', { publisher: <Bdi>{source.publisher}</Bdi>, headline: <Bdi>{source.headline}</Bdi>, date: <Bdi>{formatDate(published, locale)}</Bdi> })
                : rich(t, 'source.credit', { publisher: <Bdi>{source.publisher}</Bdi>, headline: <Bdi>{source.headline}</Bdi> })}
            </cite>
          </>
        )}
        {actions}
      </figcaption>
    </figure>
  );
}
