/**
 * The time axis: grid lines across the plot, fine tick labels under the axis line and period labels
 * under those. Decorative (aria-hidden): the range in view is told by the toolbar's <output>, and
 * the dates of events by their marks' names and the app's list.
 */
import type { StoryTicks } from './storyTicks';
import { LABEL_OFFSET, labelEnd } from './ticks';
import { useStoryLang } from '../i18n/StoryLang';

/** Props of Axis. */
export interface AxisProps {
  /** Ticks and collapsed gaps for the view (storyTicks.ts). */
  ticks: StoryTicks;
  /** The view scale, ms → px. */
  x: (t: number) => number;
  /** Plot width, px. */
  width: number;
  /** Where grid lines start, px from the top. */
  gridTop: number;
  /** Where the axis line is, px from the top. */
  axisY: number;
  /** Width of one label character, px, to keep the pinned period label clear of the next. */
  charWidth: number;
  /** Size of the labels, px (follows the reader's text size). */
  fontSize: number;
}

/** Vertical lines at the ticks, from `top` to `bottom` px, as one path's data (pixel-aligned); none without ticks. */
function gridPath(ticks: readonly { t: number }[], x: (t: number) => number, top: number, bottom: number): string | undefined {
  let d = '';
  for (const t of ticks) d += `M${Math.round(x(t.t)) + 0.5} ${top}V${bottom}`;
  return d || undefined;
}

/** Grid, axis line and labels. */
export function Axis({ ticks, x, width, gridTop, axisY, charWidth, fontSize }: AxisProps) {
  // Its labels are dates in the story's locale.
  const storyLang = useStoryLang();
  const row1 = axisY + fontSize * 1.4;
  // A label that would run past the plot's right edge is left out rather than cut.
  const fits = (t: { t: number; label: string }) => labelEnd(x(t.t), t.label, charWidth) <= width;
  const row2 = axisY + fontSize * 3;
  // ticks.ts pins the context only where it clears the first period label.
  const pinContext = ticks.context !== null;
  return (
    <g aria-hidden="true" lang={storyLang} data-axis-unit={ticks.unit} className="font-ui tabular-nums">
      {/* Each set of grid lines is one path: a zoom moves every line in every frame, and one
          attribute is cheaper to write (and nothing to create or remove) than two per line. */}
      <path d={gridPath(ticks.minor, x, gridTop, axisY)} className="stroke-(--tl-grid)" />
      <path d={gridPath(ticks.major.filter((t) => !t.runStart), x, gridTop, row2 + 4)} className="stroke-(--tl-border)" />
      <line x1={0} x2={width} y1={axisY + 0.5} y2={axisY + 0.5} className="stroke-(--tl-border)" />
      {ticks.breaks.map((b) => {
        // A collapsed gap: the axis is cut by two slanted strokes, with the gap's length between.
        const a = x(b.from);
        const c = x(b.to);
        const mid = (a + c) / 2;
        const room = (text: string) => c - a >= text.length * (charWidth - 1) + 6;
        const text = room(b.label) ? b.label : room(b.short) ? b.short : '';
        return (
          <g key={`b${b.from}`} data-break={b.label}>
            <rect x={a} y={gridTop} width={Math.max(0, c - a)} height={axisY - gridTop} className="fill-(--tl-bg) opacity-70" />
            <rect x={a + 2} y={axisY - 3} width={Math.max(0, c - a - 4)} height={7} className="fill-(--tl-surface)" />
            <path d={`M${a - 3} ${axisY + 6}l6 -12M${c - 3} ${axisY + 6}l6 -12`} strokeWidth={1.5} className="stroke-(--tl-muted)" />
            {text && (
              <text unicodeBidi="plaintext" x={mid} y={row1} textAnchor="middle" fontSize={fontSize * 0.92} className="fill-(--tl-muted) italic">{text}</text>
            )}
          </g>
        );
      })}
      {ticks.minor.filter((t) => t.label && fits(t)).map((t, i) => (
        <text unicodeBidi="plaintext" key={`l${i}`} x={x(t.t) + LABEL_OFFSET} y={row1} fontSize={fontSize} className="fill-(--tl-muted)">
          {t.label}
        </text>
      ))}
      {pinContext && (
        <text unicodeBidi="plaintext" x={LABEL_OFFSET} y={row2} fontSize={fontSize} className="fill-(--tl-fg) font-semibold">{ticks.context}</text>
      )}
      {ticks.major.filter((t) => t.label && fits(t)).map((t, i) => (
        <text unicodeBidi="plaintext" key={`L${i}`} x={x(t.t) + LABEL_OFFSET} y={row2} fontSize={fontSize} className="fill-(--tl-fg) font-semibold">
          {t.label}
        </text>
      ))}
    </g>
  );
}
