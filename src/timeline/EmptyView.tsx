/**
 * What the plot says when the view holds no events: "No events between 3 and 9 May 2019", with
 * a button to each of the nearest events on either side (which moves there and focuses its mark).
 * Gestures pass through it to the plot; its buttons alone take taps and clicks.
 */
import type { TimelineEvent } from '../dataset/model';
import { formatEventDate } from '../format/dates';
import { useT } from '../i18n/useT';
import { Bdi } from '../i18n/StoryLang';

/** Props of EmptyView. */
export interface EmptyViewProps {
  /** The range in view in words (the toolbar's). */
  range: string;
  /** The nearest events before and after the view (chronological indices), or null. */
  before: number | null;
  after: number | null;
  events: readonly TimelineEvent[];
  locale: string;
  /** Moves to event i and focuses its mark. */
  onGoTo: (i: number) => void;
}

const BUTTON = 'pointer-events-auto min-h-11 max-w-full rounded-md border border-(--tl-border) bg-(--tl-surface) px-3 py-1.5 text-start text-sm text-(--tl-fg) hover:border-(--tl-muted)';

/** The empty view's message. */
export function EmptyView({ range, before, after, events, locale, onGoTo }: EmptyViewProps) {
  const t = useT();
  const link = (i: number, dir: 'earlier' | 'later') => {
    const e = events[i]!;
    return (
      <button type="button" className={BUTTON} onClick={() => onGoTo(i)} data-nearest={dir}>
        <span className="block text-xs text-(--tl-muted)">{dir === 'earlier' ? <><span aria-hidden="true" className="inline-block rtl:-scale-x-100">←</span> {t('timeline.earlier')}</> : <>{t('timeline.later')} <span aria-hidden="true" className="inline-block rtl:-scale-x-100">→</span></>} · <Bdi>{formatEventDate(e, locale)}</Bdi></span>
        <Bdi className="block font-serif">{e.title}</Bdi>
      </button>
    );
  };
  // The card lies over the plot, and a gesture started on it (a pinch, a swipe, a drag, ctrl +
  // wheel) is the plot's, as anywhere else on it: only its buttons take pointer and touch input,
  // the rest lets it through to the plot's SVG, where d3-zoom and the touch guards listen. A touch
  // started on a button is handed to the plot as well (data-over-plot, detachedTouches.ts), so a
  // pinch begun there zooms the chart, and the button still takes a tap.
  return (
    <div role="status" data-empty-view="" data-over-plot="" className="pointer-events-none absolute inset-x-2 top-4 flex justify-center">
      <div className="max-w-full rounded-lg border border-(--tl-border) bg-(--tl-bg) p-3 text-center shadow-sm">
        <p className="text-sm text-(--tl-fg)">{t('timeline.noneInView', { range })}</p>
        <div className="mt-2 flex flex-wrap justify-center gap-2">
          {before !== null && link(before, 'earlier')}
          {after !== null && link(after, 'later')}
        </div>
      </div>
    </div>
  );
}
