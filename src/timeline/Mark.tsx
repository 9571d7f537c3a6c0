/**
 * One event on the plot: a focusable button (in the marks' single tab stop) named by its title and
 * date, drawn by precision (marks.ts): a dot for a sure date, a dashed hollow band for a month or a
 * year, a solid band for a range. The visible title is decorative (aria-hidden): the name carries it.
 */
import { memo } from 'react';
import type { MarkKind } from './marks';

/** Props of Mark. */
export interface MarkProps {
  /** The event's id, written to data-event-id. */
  id: string;
  /** Chronological index of the event. */
  index: number;
  /** How the date is drawn. */
  kind: MarkKind;
  /** Glyph edges and centre, px. */
  x0: number;
  x1: number;
  cx: number;
  /** A span too narrow to draw, shown as a point-sized glyph of its kind. */
  collapsed: boolean;
  /** Top of the lane, px. */
  y: number;
  /** Lane height, px (the target's height). */
  height: number;
  /** Where the title starts, px. */
  labelX: number;
  /** The title as shown (maybe truncated; '' when hidden). */
  label: string;
  /** Width of the shown title, px. */
  labelWidth: number;
  /** Accessible name: the whole title and the date. */
  name: string;
  /** 0 for the one mark in the tab order, else -1. */
  tabIndex: number;
  /** Drawn as selected (aria-pressed). */
  selected: boolean;
  /** Filtered out by the reader: drawn faint, still reachable. */
  faded: boolean;
  /** Title size, px. */
  fontSize: number;
  /** Called with the event id on click or tap. */
  onActivate: (id: string) => void;
  /** Called with the chronological index when the mark gets focus. */
  onFocusIndex: (index: number) => void;
}

const R = 5;

function Glyph({ kind, x0, x1, cx, collapsed, mid, band, selected }: Pick<MarkProps, 'kind' | 'x0' | 'x1' | 'cx' | 'collapsed' | 'selected'> & { mid: number; band: number }) {
  const sel = selected ? 'stroke-(--tl-selected)' : '';
  if (kind === 'point') {
    return <circle cx={cx} cy={mid} r={selected ? R + 1 : R} className={selected ? 'fill-(--tl-selected)' : 'fill-(--tl-mark)'} />;
  }
  if (collapsed) {
    return kind === 'range'
      ? <rect x={cx - R} y={mid - R} width={2 * R} height={2 * R} rx={2} className={selected ? 'fill-(--tl-selected)' : 'fill-(--tl-range)'} />
      : <circle cx={cx} cy={mid} r={R - 0.75} strokeWidth={2} strokeDasharray="2.5 1.6" className={`fill-(--tl-surface) ${sel || 'stroke-(--tl-mark-uncertain)'}`} />;
  }
  const common = { x: x0, y: mid - band / 2, width: Math.max(1, x1 - x0), height: band, rx: 4 };
  return kind === 'range'
    ? <rect {...common} strokeWidth={1.5} className={`fill-[color-mix(in_srgb,var(--tl-range)_24%,var(--tl-surface))] ${sel || 'stroke-(--tl-range)'}`} />
    : <rect {...common} strokeWidth={1.5} strokeDasharray="5 3" className={`fill-[color-mix(in_srgb,var(--tl-mark-uncertain)_7%,var(--tl-surface))] ${sel || 'stroke-(--tl-mark-uncertain)'}`} />;
}

/** One event mark. */
export const Mark = memo(function Mark(p: MarkProps) {
  const mid = p.height / 2;
  const band = p.height - 10;
  const left = Math.min(p.x0, p.cx - 12) - 3;
  const right = Math.max(p.x1, p.cx + 12, p.label ? p.labelX + p.labelWidth : 0) + 3;
  return (
    <>
    <g
      role="button"
      tabIndex={p.tabIndex}
      aria-label={p.name}
      aria-pressed={p.selected}
      data-event-id={p.id}
      data-faded={p.faded ? 'true' : undefined}
      transform={`translate(0 ${p.y})`}
      className="group cursor-pointer outline-none!"
      onClick={() => p.onActivate(p.id)}
      onFocus={() => p.onFocusIndex(p.index)}
    >
      {/* The target: unpainted (fill none, hit all) until hovered or focused. */}
      <rect x={left} y={1} width={right - left} height={p.height - 2} rx={6} strokeWidth={2.5} fill="none" stroke="none" pointerEvents="all"
        className="group-hover:fill-[color-mix(in_srgb,var(--tl-mark)_7%,transparent)] group-focus-visible:stroke-(--tl-focus)" />
      <g className={p.faded ? 'opacity-30' : undefined}>
        <Glyph kind={p.kind} x0={p.x0} x1={p.x1} cx={p.cx} collapsed={p.collapsed} mid={mid} band={band} selected={p.selected} />
      </g>
    </g>
    {/* The title sits beside the button, not in it: a title cut to "Followin…" is not the words
        of the mark's name, which axe (label-content-name-mismatch) and speech input require. Clicks
        pass through it to the target rect below. */}
    {p.label && (
      <text aria-hidden="true" x={p.labelX} y={p.y + mid} dy="0.35em" pointerEvents="none"
        className={`font-serif ${p.selected ? 'font-semibold' : ''} ${p.faded ? 'fill-(--tl-muted)' : 'fill-(--tl-fg)'}`}
        fontSize={p.fontSize}>
        {p.label}
      </text>
    )}
    </>
  );
});
