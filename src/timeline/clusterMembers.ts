/**
 * Clusters that zooming cannot split: twelve statements at one instant, ten events dated only
 * "2019". Zooming in shows them no further apart, so such a cluster opens as a list instead
 * (ClusterList.tsx), and the arrow keys step through its members one by one. Pure, for tests.
 */
import type { StoryScale } from './storyScale';
import type { Cluster } from './clusters';
import { layoutFrame, type LayoutInput } from './layout';
import { lowerBound, type SpanIndex } from './visibleSlice';
import type { Span } from './zoomLimits';

/**
 * The chronological indices (ascending) of the events a cluster stands for: those whose mark
 * would sit in its bin (their middle instant, as clusters.ts bins them) and are not drawn.
 */
export function clusterMembers(index: SpanIndex, cluster: Pick<Cluster, 'start' | 'end'>, drawn: ReadonlySet<number>): number[] {
  const out: number[] = [];
  for (const g of index.groups) {
    const stop = lowerBound(g.mids, cluster.end);
    for (let j = lowerBound(g.mids, cluster.start); j < stop; j++) {
      const i = g.order[j]!;
      if (!drawn.has(i)) out.push(i);
    }
  }
  return out.sort((a, b) => a - b);
}

/**
 * True when zooming to `target` (a cluster's members, padded, within the zoom limit) would not
 * bring them meaningfully closer than the current `view`: then the cluster opens as a list.
 */
export function cannotSeparate(target: Span, view: Span, scale?: StoryScale): boolean {
  // Measured on the base scale, where zooming is linear, whatever the story scale.
  const len = (s: Span) => (scale ? scale.unit(s.to) - scale.unit(s.from) : s.to - s.from);
  return len(target) >= 0.75 * len(view);
}

/**
 * True when zooming to `target` would still draw none of `members` as a mark of its own: as good
 * as not zooming at all, so the cluster opens as a list at once rather than after a second click.
 */
export function noneApartAt(input: Omit<LayoutInput, 'x' | 'view'>, target: Span, members: readonly number[]): boolean {
  // The view scale that shows `target` on the base scale (any story scale).
  const u0 = input.scale.unit(target.from);
  const k = input.width / Math.max(1e-12, input.scale.unit(target.to) - u0);
  const layout = layoutFrame({ ...input, view: target, x: (t) => (input.scale.unit(t) - u0) * k });
  const drawn = new Set(layout.marks.map((m) => m.index));
  return !members.some((i) => drawn.has(i));
}

/** Keys that step between events, and where each goes from chronological index `i` of `count`. */
export function stepFrom(i: number, key: string, count: number, mirrored = false): number | null {
  // With time running right to left (`mirrored`), → goes to the event on the right: the earlier one.
  const later = mirrored ? 'ArrowLeft' : 'ArrowRight';
  const earlier = mirrored ? 'ArrowRight' : 'ArrowLeft';
  const next = key === 'Home' ? 0 : key === 'End' ? count - 1
    : key === later || key === 'ArrowDown' ? i + 1
      : key === earlier || key === 'ArrowUp' ? i - 1 : null;
  return next === null || next < 0 || next >= count || next === i ? null : next;
}
