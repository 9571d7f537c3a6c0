/**
 * The vertical timeline's slim sticky bar: where in time the reader is (the date of the row at the
 * top of the screen), zoom out / in (how much room time gets) and the scale.
 */
import { useId, type Ref } from 'react';
import { SCALE_KINDS, type ScaleKind } from '../timeline/storyScale';
import { useT } from '../i18n/useT';
import { Bdi } from '../i18n/StoryLang';

/** Props of VerticalBar. */
export interface VerticalBarProps {
  /** The bar's element: the line under which the rows are read (`here`). */
  barRef?: Ref<HTMLDivElement>;
  /** The date at the top of the screen, in words ('' before the first row). */
  here: string;
  onZoomIn: () => void;
  onZoomOut: () => void;
  /** At the limits the buttons say so (aria-disabled) and stay focusable. */
  atMost: boolean;
  atLeast: boolean;
  /** Zoom does nothing on the sequential scale (evenly spaced): the buttons are left out. */
  zoomable: boolean;
  scale: ScaleKind;
  onScaleChange: (kind: ScaleKind) => void;
}

// 44 CSS px, the target size WCAG 2.2 asks for, whatever the reader's text size: the icons do not
// grow with the text, and buttons in rem were 88 px at 200% text, stacking the bar to 273 px.
const BUTTON = 'grid size-[44px] place-items-center rounded-md border border-line bg-surface text-fg aria-disabled:text-muted';

/** The bar. */
export function VerticalBar(p: VerticalBarProps) {
  const t = useT();
  const scaleId = useId();
  const guard = (off: boolean, f: () => void) => () => { if (!off) f(); };
  return (
    // Wraps rather than run off the screen when the reader's text is larger (200% on a phone): the
    // date and the zoom buttons on one line, the scale, whole, on the next. (A select is as wide as
    // its longest option: squeezed in beside the buttons at 320 px it showed "Gaps cu".)
    <div ref={p.barRef} className="needs-js sticky top-0 z-20 -mx-3 flex flex-wrap items-center gap-x-2 gap-y-1 border-b border-line bg-bg/95 px-3 py-1 backdrop-blur-sm">
      <output className="min-w-0 grow truncate font-ui text-sm font-semibold tabular-nums"><Bdi>{p.here}</Bdi></output>
      {p.zoomable && (
        <div role="toolbar" aria-label={t('zoom.toolbar')} className="flex shrink-0 gap-1.5">
          <button type="button" className={BUTTON} aria-label={t('zoom.out')} aria-disabled={p.atLeast || undefined} onClick={guard(p.atLeast, p.onZoomOut)}>
            <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14"><path d="M2 7h10" className="stroke-current" strokeWidth="2" /></svg>
          </button>
          <button type="button" className={BUTTON} aria-label={t('zoom.in')} aria-disabled={p.atMost || undefined} onClick={guard(p.atMost, p.onZoomIn)}>
            <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14"><path d="M2 7h10M7 2v10" className="stroke-current" strokeWidth="2" /></svg>
          </button>
        </div>
      )}
      <label htmlFor={scaleId} className="sr-only">{t('zoom.scale')}</label>
      <select id={scaleId} value={p.scale} onChange={(e) => p.onScaleChange(e.target.value as ScaleKind)}
        className="min-h-[44px] min-w-0 max-w-36 shrink rounded-md border border-line bg-surface px-2 font-ui text-sm text-fg">
        {SCALE_KINDS.map((k) => <option key={k} value={k}>{t(`scaleShort.${k}`)}</option>)}
      </select>
    </div>
  );
}
