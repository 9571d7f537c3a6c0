/**
 * The timeline's toolbar: zoom out, zoom in, fit all, "Busiest week", the scale (a native <select>:
 * chronological, collapsed gaps, sequential), and the range in view as a polite <output>. Buttons
 * stay focusable at the zoom limits (aria-disabled) so focus never drops.
 */
import { memo, useId } from 'react';
import { SCALE_KINDS, type ScaleKind } from './storyScale';
import { FACETS, type Facet } from './facets';
import { useT } from '../i18n/useT';
import { Bdi } from '../i18n/StoryLang';

/** Props of ZoomControls. */
export interface ZoomControlsProps {
  /** The range in view, in words. */
  range: string;
  /** Zoom in one step. */
  onZoomIn: () => void;
  /** Zoom out one step. */
  onZoomOut: () => void;
  /** Show every event. */
  onFitAll: () => void;
  /** Show the busiest week; absent when the story has no such week. */
  onBusiest: (() => void) | null;
  /** At the finest zoom: zoom in does nothing. */
  atFinest: boolean;
  /** Showing everything: zoom out and fit all do nothing. */
  atAll: boolean;
  /** Thumb-sized buttons (44 px). */
  compact: boolean;
  /** Id of the plot the buttons control. */
  controls: string;
  /** The base scale in use. */
  scale: ScaleKind;
  /** Picks another base scale. */
  onScaleChange: (kind: ScaleKind) => void;
  /** Lanes by person or topic, or null for lanes by time. */
  facet: Facet | null;
  /** Picks another lane layout. */
  onFacetChange: (facet: Facet | null) => void;
}

const BASE =
  'inline-flex items-center justify-center rounded-md border border-(--tl-border) bg-(--tl-surface) text-(--tl-fg) ' +
  'font-ui text-sm hover:border-(--tl-muted) aria-disabled:cursor-default aria-disabled:text-(--tl-muted) aria-disabled:hover:border-(--tl-border)';

/** Toolbar of the timeline. Memoised: a zoom's frames leave its props as they were (TimelineChart.tsx). */
export const ZoomControls = memo(function ZoomControls(p: ZoomControlsProps) {
  const t = useT();
  const scaleId = useId();
  const lanesId = useId();
  const size = p.compact ? 'h-11 min-w-11' : 'h-8 min-w-8';
  // A label's box grows with it: a long translation ("Semaine la plus chargée") on a narrow screen
  // goes to the next row of the toolbar, and only one wider than the row itself wraps, inside its button.
  const text = p.compact ? 'min-h-11 px-3 py-1' : 'min-h-8 px-2.5 py-0.5';
  const guard = (off: boolean, f: () => void) => () => { if (!off) f(); };
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 pb-2">
      <div role="toolbar" aria-label={t('zoom.toolbar')} aria-controls={p.controls} className="needs-js flex flex-wrap items-center gap-1.5">
        <button type="button" className={`${BASE} ${size}`} aria-label={t('zoom.out')} aria-disabled={p.atAll || undefined} onClick={guard(p.atAll, p.onZoomOut)}>
          <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14"><path d="M2 7h10" className="stroke-current" strokeWidth="2" /></svg>
        </button>
        <button type="button" className={`${BASE} ${size}`} aria-label={t('zoom.in')} aria-disabled={p.atFinest || undefined} onClick={guard(p.atFinest, p.onZoomIn)}>
          <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14"><path d="M2 7h10M7 2v10" className="stroke-current" strokeWidth="2" /></svg>
        </button>
        <button type="button" className={`${BASE} ${text}`} aria-disabled={p.atAll || undefined} onClick={guard(p.atAll, p.onFitAll)}>
          {t('zoom.fitAll')}
        </button>
        {p.onBusiest && (
          <button type="button" className={`${BASE} ${text}`} onClick={p.onBusiest}>
            {t('zoom.busiest')}
          </button>
        )}
      </div>
      {/* A label and its list: the list goes under its label when the two do not fit a row (a
          larger text size), and is never wider than the row. */}
      <div className="needs-js flex max-w-full flex-wrap items-center gap-1.5">
        <label htmlFor={scaleId} className="shrink-0 font-ui text-sm text-(--tl-muted)">{t('zoom.scale')}</label>
        <select id={scaleId} value={p.scale} onChange={(e) => p.onScaleChange(e.target.value as ScaleKind)}
          className={`${BASE} ${text} min-w-0 max-w-full pe-1.5`}>
          {SCALE_KINDS.map((k) => <option key={k} value={k}>{t(`scale.${k}`)}</option>)}
        </select>
      </div>
      <div className="needs-js flex max-w-full flex-wrap items-center gap-1.5">
        <label htmlFor={lanesId} className="shrink-0 font-ui text-sm text-(--tl-muted)">{t('zoom.lanes')}</label>
        <select id={lanesId} value={p.facet ?? 'time'} onChange={(e) => p.onFacetChange(e.target.value === 'time' ? null : (e.target.value as Facet))}
          className={`${BASE} ${text} min-w-0 max-w-full pe-1.5`}>
          {(['time', ...FACETS] as const).map((k) => <option key={k} value={k}>{t(`lanes.${k}`)}</option>)}
        </select>
      </div>
      {/* One line of its own on narrow screens, so a longer range never re-wraps the toolbar (and
          moves what is below it). */}
      <output aria-live="polite" className="ms-auto min-w-0 truncate font-ui text-sm text-(--tl-muted) tabular-nums max-sm:basis-full max-sm:text-end">
        {p.range ? <Bdi>{p.range}</Bdi> : null}
      </output>
    </div>
  );
});
