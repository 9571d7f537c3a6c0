/**
 * What stands in for the timeline when a dataset has no events: a plain sentence in the same
 * frame, instead of an axis over an arbitrary stretch of time with nothing on it.
 */
import { useT } from '../i18n/useT';

/** Props of EmptyTimeline. */
export interface EmptyTimelineProps {
  /** Optional heading id that labels the region (as Timeline's). */
  labelledBy?: string;
}

/** The empty state. */
export function EmptyTimeline({ labelledBy }: EmptyTimelineProps) {
  const t = useT();
  return (
    <section
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : t('timeline.region')}
      data-empty="true"
      className="timeline my-3 rounded-lg border border-dashed border-(--tl-border) bg-(--tl-surface) px-4 py-10 text-center"
    >
      <p className="font-serif text-xl">{t('timeline.empty')}</p>
      <p className="mt-1 text-sm text-(--tl-muted)">{t('timeline.emptyBody')}</p>
    </section>
  );
}
