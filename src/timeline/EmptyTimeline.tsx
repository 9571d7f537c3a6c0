/**
 * What stands in for the timeline when a dataset has no events: a plain sentence in the same
 * frame, instead of an axis over an arbitrary stretch of time with nothing on it.
 */

/** Props of EmptyTimeline. */
export interface EmptyTimelineProps {
  /** Optional heading id that labels the region (as Timeline's). */
  labelledBy?: string;
}

/** The empty state. */
export function EmptyTimeline({ labelledBy }: EmptyTimelineProps) {
  return (
    <section
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : 'Timeline'}
      data-empty="true"
      className="timeline my-3 rounded-lg border border-dashed border-(--tl-border) bg-(--tl-surface) px-4 py-10 text-center"
    >
      <p className="font-serif text-xl">No events yet</p>
      <p className="mt-1 text-sm text-(--tl-muted)">This timeline has no events to show. Check back later.</p>
    </section>
  );
}
