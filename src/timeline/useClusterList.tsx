/**
 * Wires ClusterList into the timeline: which cluster is open, opening one when zooming cannot
 * separate its events (a click, Enter, or an arrow-key step onto one of them), stepping through
 * the list, and closing it when its cluster leaves the frame. TimelineChart.tsx calls `activate` for a
 * cluster, `step` for each arrow-key move, and renders `element`.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type JSX, type RefObject } from 'react';
import type { TimelineEvent } from '../dataset/model';
import { formatEventDate } from '../format/dates';
import type { Frame } from './useFrame';
import type { PlacedCluster } from './layout';
import { ClusterList } from './ClusterList';
import { cannotSeparate, clusterMembers, noneApartAt } from './clusterMembers';
import type { Span } from './zoomLimits';
import type { SpanIndex } from './visibleSlice';
import { rangeLabel } from './rangeLabel';
import { useT } from '../i18n/useT';
import type { Translate } from '../i18n/i18n';

/** Inputs of useClusterList. */
export interface ClusterListOptions {
  frame: Frame;
  events: readonly TimelineEvent[];
  /** The events grouped by length (visibleSlice.ts), to find a cluster's members. */
  index: SpanIndex;
  /** The span zooming to a cluster would show (its members, padded, within the zoom limit). */
  targetOf: (c: PlacedCluster) => Span;
  /** Moves the view to show event i (useNavigation). */
  goTo: (i: number, moveFocus: boolean) => void;
  /** Focuses event i's mark once the move under way draws it (useNavigation). */
  focusWhenDrawn: (i: number) => void;
  /** Zooms to show a span. */
  show: (span: Span) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  setActive: (i: number) => void;
  svg: RefObject<SVGSVGElement | null>;
  locale: string;
  /** Px from the top of the plot box to the list's top, and the most height it may take (it covers the lanes). */
  top: number;
  maxHeight: number;
  width: number;
  /** Time runs right to left: the plot is mirrored, so the list stands at the mirrored place. */
  mirrored: boolean;
}

interface Open {
  bin: number;
  focus: { index: number; seq: number } | null;
}

/** State and handlers of the opened cluster list. */
export function useClusterList(o: ClusterListOptions): {
  activate: (bin: number, moveFocus: boolean) => void;
  step: (next: number) => void;
  noteFocus: (el: Element) => void;
  element: JSX.Element | null;
} {
  const t = useT();
  const [open, setOpen] = useState<Open | null>(null);
  const seq = useRef(0);
  const { layout } = o.frame;

  /** The drawn cluster holding event i, and its members, when zooming cannot separate them. */
  const inseparable = useCallback((c: PlacedCluster): number[] | null => {
    const members = clusterMembers(o.index, c, new Set(layout.marks.map((m) => m.index)));
    const target = o.targetOf(c);
    if (cannotSeparate(target, o.frame.view, o.frame.layoutInput.scale)) return members;
    return noneApartAt(o.frame.layoutInput, target, members) ? members : null;
  }, [layout, o]);

  const openAt = useCallback((c: PlacedCluster, focusIndex: number | null) => {
    setOpen({ bin: c.key, focus: focusIndex === null ? null : { index: focusIndex, seq: ++seq.current } });
  }, []);
  // Members are worked out from the frame being drawn, so the list always matches its pill.
  const cluster = open ? layout.clusters.find((c) => c.key === open.bin) : undefined;
  const { index } = o;
  const members = useMemo(
    () => (cluster ? clusterMembers(index, cluster, new Set(layout.marks.map((m) => m.index))) : []),
    [cluster, layout, index],
  );

  const activate = useCallback((bin: number, moveFocus: boolean) => {
    const c = layout.clusters.find((k) => k.key === bin);
    if (!c) return;
    const members = inseparable(c);
    // Focus goes into the list (a dialog) whichever way it was opened.
    if (members && members.length > 0) return openAt(c, members[0]!);
    // One zoom, as a click gives; a keyboard opening then focuses the cluster's first event.
    o.show(o.targetOf(c));
    const first = clusterMembers(o.index, c, new Set(layout.marks.map((m) => m.index)))[0];
    if (moveFocus && first !== undefined) o.focusWhenDrawn(first);
  }, [layout, inseparable, openAt, o]);

  const step = useCallback((next: number) => {
    if (open && members.includes(next)) {
      setOpen({ ...open, focus: { index: next, seq: ++seq.current } });
      return;
    }
    const c = layout.clusters.find((k) => clusterMembers(o.index, k, new Set(layout.marks.map((m) => m.index))).includes(next));
    const inList = c ? inseparable(c) : null;
    if (c && inList?.includes(next)) openAt(c, next);
    else {
      setOpen(null);
      stepping.current = next;
      o.goTo(next, true);
    }
  }, [open, members, layout, inseparable, openAt, o]);

  // A step that had to zoom in ends, at the finest zoom, on the cluster still holding the event
  // (useNavigation focuses it): open that cluster's list at the event.
  const stepping = useRef<number | null>(null);
  const noteFocus = useCallback((el: Element) => {
    const target = stepping.current;
    const key = el.getAttribute('data-cluster');
    if (el.closest('[data-cluster-list]')) return;
    stepping.current = null;
    const c = key === null || target === null ? undefined : layout.clusters.find((k) => String(k.key) === key);
    const inList = c ? inseparable(c) : null;
    if (c && inList?.includes(target!)) openAt(c, target!);
  }, [layout, inseparable, openAt]);

  // A zoom or pan that removes the cluster closes its list.
  useEffect(() => {
    if (open && !layout.clusters.some((c) => c.key === open.bin)) setOpen(null);
  }, [open, layout]);

  const close = (restoreFocus: boolean) => {
    const bin = open?.bin;
    setOpen(null);
    if (restoreFocus && bin !== undefined) o.svg.current?.querySelector<SVGGElement>(`[data-cluster="${bin}"]`)?.focus();
  };
  const element = open && cluster && members.length > 0 ? (
    <ClusterList
      members={members}
      events={o.events}
      label={listLabel(members.map((i) => o.events[i]!), o.locale, t) ?? t('timeline.clusterList', { count: members.length, range: rangeLabel(cluster.from, cluster.to, o.locale, 'day') })}
      dateOf={(i) => formatEventDate(o.events[i]!, o.locale)}
      focus={open.focus}
      selectedId={o.selectedId}
      anchorX={o.mirrored ? o.width - (cluster.x0 + cluster.x1) / 2 : (cluster.x0 + cluster.x1) / 2}
      mirrored={o.mirrored}
      width={o.width}
      top={o.top}
      maxHeight={o.maxHeight}
      onSelect={o.onSelect}
      onFocusIndex={o.setActive}
      onLeave={step}
      onClose={close}
    />
  ) : null;
  return { activate, step, noteFocus, element };
}

/** "10 events, 2019" when every member is dated alike (as they are written); else null. */
function listLabel(members: readonly TimelineEvent[], locale: string, t: Translate): string | null {
  const first = members[0];
  if (!first || members.some((e) => e.start.iso !== first.start.iso || e.end?.iso !== first.end?.iso)) return null;
  return t('timeline.clusterList', { count: members.length, range: formatEventDate(first, locale) });
}
