/**
 * The time axis: grid lines across the plot, fine tick labels under the axis line and period labels
 * under those. Decorative (aria-hidden): the range in view is told by the toolbar's <output>, and
 * the dates of events by their marks' names and the app's list.
 */
import { LABEL_OFFSET, type AxisTicks } from './ticks';

/** Props of Axis. */
export interface AxisProps {
  /** Ticks for the view (ticks.ts). */
  ticks: AxisTicks;
  /** The view scale, ms → px. */
  x: (t: number) => number;
  /** Plot width, px. */
  width: number;
  /** Where grid lines start, px from the top. */
  gridTop: number;
  /** Where the axis line is, px from the top. */
  axisY: number;
  /** Width of one label character, px. Unused: ticks.ts keeps labels apart and decides the pinned label. */
  charWidth?: number;
}

/** Grid, axis line and labels. */
export function Axis({ ticks, x, width, gridTop, axisY }: AxisProps) {
  // ticks.ts has already decided what fits: it pins the context only where it clears the first period label.
  const pinContext = ticks.context !== null;
  return (
    <g aria-hidden="true" data-axis-unit={ticks.unit} className="font-ui tabular-nums">
      {ticks.minor.map((t) => {
        const px = Math.round(x(t.t)) + 0.5;
        return <line key={`g${t.t}`} x1={px} x2={px} y1={gridTop} y2={axisY} className="stroke-(--tl-grid)" />;
      })}
      {ticks.major.map((t) => {
        const px = Math.round(x(t.t)) + 0.5;
        return <line key={`G${t.t}`} x1={px} x2={px} y1={gridTop} y2={axisY + 40} className="stroke-(--tl-border)" />;
      })}
      <line x1={0} x2={width} y1={axisY + 0.5} y2={axisY + 0.5} className="stroke-(--tl-border)" />
      {ticks.minor.filter((t) => t.label).map((t) => (
        <text key={`l${t.t}`} x={x(t.t) + LABEL_OFFSET} y={axisY + 17} className="fill-(--tl-muted) text-[12px]">
          {t.label}
        </text>
      ))}
      {pinContext && (
        <text x={LABEL_OFFSET} y={axisY + 36} className="fill-(--tl-fg) text-[12px] font-semibold">{ticks.context}</text>
      )}
      {ticks.major.filter((t) => t.label).map((t) => (
        <text key={`L${t.t}`} x={x(t.t) + LABEL_OFFSET} y={axisY + 36} className="fill-(--tl-fg) text-[12px] font-semibold">
          {t.label}
        </text>
      ))}
    </g>
  );
}
