/**
 * A cluster: a pill with the number of events it stands for, over a faint line spanning their dates
 * (drawn by the plot, one path for all the clusters of a band: ClusterSpans). A button ("12 events,
 * 13–14 May 2019 — zoom in") that zooms to fit its members. It carries no data-event-id: only
 * event marks do.
 */
import { memo } from 'react';
import { offset } from './offset';
import { pillHeight } from './bandScene';

/** Props of ClusterMark. */
export interface ClusterMarkProps {
  /** Stable key of the cluster's bin (unique in its band, not across rows). */
  bin: number;
  /** In lanes by person or topic, its row's key (facets.ts, rowKey); undefined in lanes by time. */
  row?: string;
  /** Pill edges, px. */
  x0: number;
  x1: number;
  /** Top of the cluster row and its height, px. */
  y: number;
  height: number;
  /** The count as shown ("12", "1.2K"). */
  label: string;
  /** Accessible name. */
  name: string;
  /** Under a filter, how many of its events match (a badge; 0 fades it); null without a filter. */
  matches?: number | null;
  /** 0 when it holds the tab stop, else -1. */
  tabIndex: number;
  /** Called when activated, with the bin key and the row's key ('' in lanes by time). */
  onActivate: (bin: number, row: string) => void;
}

/**
 * One cluster. Drawn in a group moved to its pill's left edge, everything in it relative to that:
 * clusters are keyed by their slot, so a zoom re-uses each one for another bin in every frame, and
 * the pill (one bin wide) and its count stay put inside the group while the group moves. The group
 * is all that a move changes: what it holds (ClusterPill) is memoised apart, so a cluster that only
 * moved writes one attribute and its five elements are not compared again (a zoom in lanes by
 * person moves a hundred and more of them in every frame).
 */
export function ClusterMark({ x0, x1, y, ...pill }: ClusterMarkProps) {
  return (
    <g transform={`translate(${x0} ${y})`}>
      <ClusterPill {...pill} width={offset(x1, x0)} />
    </g>
  );
}

/** What a cluster's group holds: everything of ClusterMarkProps but where it is, and the pill's width, px. */
type ClusterPillProps = Omit<ClusterMarkProps, 'x0' | 'x1' | 'y'> & { width: number };

/** The button (its target and pill, and a filter's badge) and the count beside it: five elements, no more. */
const ClusterPill = memo(function ClusterPill(p: ClusterPillProps) {
  const pill = pillHeight(p.height);
  const mid = p.height / 2;
  const matches = p.matches ?? null;
  const w = p.width;
  return (
    <>
    <g
      role="button"
      tabIndex={p.tabIndex}
      aria-label={p.name}
      data-cluster={p.bin}
      data-row={p.row}
      data-matches={matches ?? undefined}
      className="group cursor-zoom-in outline-none!"
      onClick={() => p.onActivate(p.bin, p.row ?? '')}
    >
      {/* The target (the lane's height, at least 24 px) and focus ring; then the pill. */}
      <rect x={-2} y={1} width={w + 4} height={p.height - 2} rx={8} strokeWidth={2.5} fill="none" stroke="none" pointerEvents="all"
        className="group-focus-visible:stroke-(--tl-focus)" />
      <rect x={0} y={mid - pill / 2} width={w} height={pill} rx={pill / 2}
        className={`fill-(--tl-cluster) ${matches === 0 ? 'opacity-30' : 'group-hover:opacity-85'}`} />
      {matches !== null && matches > 0 && (
        <g aria-hidden="true" data-match-badge="" transform={`translate(${w - 1} ${mid - pill / 2 + 1})`}>
          <circle r={9} strokeWidth={2} className="fill-(--tl-accent) stroke-(--tl-surface)" />
          <text dy="0.35em" textAnchor="middle" className="fill-(--tl-accent-fg) font-ui text-[11px] font-bold tabular-nums">{matches > 99 ? '99+' : matches}</text>
        </g>
      )}
    </g>
    {/* The count sits beside the button, not in it: "1.2K" is not the words of its name ("1,234
        events, …"), which axe (label-content-name-mismatch) and speech input require. Clicks pass
        through it to the pill below. */}
    <text aria-hidden="true" x={w / 2} y={mid} dy="0.35em" textAnchor="middle" pointerEvents="none"
      className="fill-(--tl-surface) font-ui text-[0.75rem] font-semibold tabular-nums">
      {p.label}
    </text>
    </>
  );
});

/** Where the members' dates of each cluster of one band start and end, px, and the band's cluster row. */
export interface ClusterSpansProps {
  spans: { x0: number; x1: number }[];
  /** Middle of the cluster row, px. */
  y: number;
}

/** The faint lines under a band's pills, spanning their members' dates: one path for them all. */
export function ClusterSpans({ spans, y }: ClusterSpansProps) {
  if (!spans.length) return null;
  const d = spans.map((s) => `M${s.x0} ${y}H${s.x1}`).join('');
  return <path aria-hidden="true" d={d} strokeWidth={3} strokeLinecap="round" className="stroke-(--tl-cluster) opacity-40" />;
}
