/**
 * The time axis (axisScene.ts): grid lines across the plot, fine tick labels under the axis line
 * and period labels under those. Decorative (aria-hidden): the range in view is told by the
 * toolbar's <output>, and the dates of events by their marks' names and the app's list.
 */
import { memo } from 'react';
import { GAP_TEXT_SCALE, SLANT, type AxisScene } from './axisScene';
import { useStoryLang } from '../i18n/StoryLang';

/** Props of Axis. */
export interface AxisProps {
  scene: AxisScene;
  /** Not drawn: a gesture's frames paint the axis on the canvas layer (Plot.tsx), this one keeps where it was. */
  hidden?: boolean;
}

/** Vertical lines at `xs` from `top` to `bottom` px, as one path's data; none without lines. */
function gridPath(xs: readonly number[], top: number, bottom: number): string | undefined {
  let d = '';
  for (const x of xs) d += `M${x} ${top}V${bottom}`;
  return d || undefined;
}

/** Grid, axis line, cuts and labels; drawn again only for a new scene. */
export const Axis = memo(function Axis({ scene: s, hidden }: AxisProps) {
  // Its labels are dates in the story's locale.
  const storyLang = useStoryLang();
  return (
    <g aria-hidden="true" lang={storyLang} data-axis-unit={s.unit} className={`font-ui tabular-nums ${hidden ? 'hidden' : ''}`}>
      {/* Each set of grid lines is one path: a zoom moves every line in every frame, and one
          attribute is cheaper to write (and nothing to create or remove) than two per line. */}
      <path d={gridPath(s.minorGrid, s.gridTop, s.axisY)} className="stroke-(--tl-grid)" />
      <path d={gridPath(s.majorGrid, s.gridTop, s.majorBottom)} className="stroke-(--tl-border)" />
      <line x1={0} x2={s.width} y1={s.axisY + 0.5} y2={s.axisY + 0.5} className="stroke-(--tl-border)" />
      {s.cuts.map((c) => (
        <g key={c.key} data-break={c.name}>
          <rect {...c.veil} className="fill-(--tl-bg) opacity-70" />
          <rect {...c.bar} className="fill-(--tl-surface)" />
          <path d={c.slants.map((p) => `M${p.x} ${p.y}l${SLANT.dx} ${SLANT.dy}`).join('')} strokeWidth={1.5} className="stroke-(--tl-muted)" />
          {c.text && (
            <text unicodeBidi="plaintext" x={(c.x0 + c.x1) / 2} y={c.y} textAnchor="middle" fontSize={s.fontSize * GAP_TEXT_SCALE} className="fill-(--tl-muted) italic">{c.text}</text>
          )}
        </g>
      ))}
      {s.labels.map((l) => (
        <text unicodeBidi="plaintext" key={l.key} x={l.x} y={l.y} fontSize={s.fontSize}
          className={l.kind === 'minor' ? 'fill-(--tl-muted)' : 'fill-(--tl-fg) font-semibold'}>
          {l.text}
        </text>
      ))}
    </g>
  );
});
