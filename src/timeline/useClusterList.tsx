/**
 * Wires ClusterList into the timeline: which cluster is open, opening one when zooming cannot
 * separate its events (a click, Enter, or an arrow-key step onto one of them), stepping through
 * the list, and closing it when its cluster leaves the frame. TimelineChart.tsx calls `activate` for a
 * cluster, `step` for each arrow-key move, and renders `element`.
 *
 * A cluster belongs to a band: the plot's lanes (band ''), or one row by person or topic (its
 * rowKey), which has its own layout and its own events. Bins repeat from band to band, so a cluster
 * is named by both.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type JSX, type RefObject } from 'react';
import type { TimelineEvent } from '../dataset/model';
import { formatEventDate } from '../format/dates';
import { isolate } from '../i18n/isolate';
import type { Frame } from './useFrame';
import type { PlacedCluster } from './layout';
// Loaded when a list first opens: few stories have clusters that zooming cannot split, and the
// story page's first view does not need it (its weight budget, issue 14).
const ClusterList = lazy(() => import('./ClusterList').then((m) => ({ default: m.ClusterList })));
import { cannotSeparate, clusterMembers, noneApartAt } from './clusterMembers';
import type { Span } from './zoomLimits';
import type { SpanIndex } from './visibleSlice';
import { rangeLabel } from './rangeLabel';
import { rowInput } from './frame';
import { rowKey } from './facets';
import type { Layout } from './layout';
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
  /** The story's zone (Timeline.timeZone), whose days a cluster's range names. */
  timeZone: string;
  /**
   * Where the list of a cluster of band `band` ('' for the plot's lanes, else a row's key) stands:
   * px from the top of the plot box to its top, and the most height it may take.
   */
  place: (band: string) => { top: number; maxHeight: number };
  width: number;
  /** Time runs right to left: the plot is mirrored, so the list stands at the mirrored place. */
  mirrored: boolean;
}

interface Open {
  /** '' for the plot's lanes, else the row's key. */
  band: string;
  bin: number;
  focus: { index: number; seq: number } | null;
}

/** A cluster's members in its band: the events in its bin that the band does not draw as marks. */
function membersOf(b: Band, c: PlacedCluster): number[] {
  return clusterMembers(b.index, c, new Set(b.layout.marks.map((m) => m.index)));
}

/** What a band's clusters are drawn from. */
interface Band {
  layout: Layout;
  index: SpanIndex;
  input: Frame['layoutInput'];
}

/** State and handlers of the opened cluster list. */
export function useClusterList(o: ClusterListOptions): {
  activate: (bin: number, moveFocus: boolean, band?: string) => void;
  step: (next: number) => void;
  noteFocus: (el: Element) => void;
  element: JSX.Element | null;
} {
  const t = useT();
  const [open, setOpen] = useState<Open | null>(null);
  const seq = useRef(0);
  const { layout, rowLayouts, layoutInput } = o.frame;
  const { index } = o;
  /** The band `key` names in the frame being drawn, or undefined once it is gone. */
  const bandOf = useCallback((key: string): Band | undefined => {
    if (key === '') return { layout, index, input: layoutInput };
    const r = rowLayouts?.find((b) => rowKey(b.row) === key);
    return r ? { layout: r.layout, index: r.row.index, input: rowInput(layoutInput, r.row) } : undefined;
  }, [layout, rowLayouts, layoutInput, index]);

  /** A drawn cluster's members when zooming cannot separate them, else null. */
  const inseparable = useCallback((b: Band, c: PlacedCluster): number[] | null => {
    const members = membersOf(b, c);
    const target = o.targetOf(c);
    if (cannotSeparate(target, o.frame.view, b.input.scale)) return members;
    return noneApartAt(b.input, target, members) ? members : null;
  }, [o]);

  const openAt = useCallback((band: string, c: PlacedCluster, focusIndex: number | null) => {
    setOpen({ band, bin: c.key, focus: focusIndex === null ? null : { index: focusIndex, seq: ++seq.current } });
  }, []);
  // Members are worked out from the frame being drawn, so the list always matches its pill.
  const openBand = open ? bandOf(open.band) : undefined;
  const cluster = open ? openBand?.layout.clusters.find((c) => c.key === open.bin) : undefined;
  const members = useMemo(
    () => (openBand && cluster ? membersOf(openBand, cluster) : []),
    [openBand?.layout, openBand?.index, cluster], // eslint-disable-line react-hooks/exhaustive-deps -- a band is a new object in each render; what is read of it is its layout and index
  );

  const activate = useCallback((bin: number, moveFocus: boolean, band = '') => {
    const b = bandOf(band);
    const c = b?.layout.clusters.find((k) => k.key === bin);
    if (!b || !c) return;
    const members = inseparable(b, c);
    // Focus goes into the list (a dialog) whichever way it was opened.
    if (members && members.length > 0) return openAt(band, c, members[0]!);
    // One zoom, as a click gives; a keyboard opening then focuses the cluster's first event.
    o.show(o.targetOf(c));
    const first = membersOf(b, c)[0];
    if (moveFocus && first !== undefined) o.focusWhenDrawn(first);
  }, [bandOf, inseparable, openAt, o]);

  const step = useCallback((next: number) => {
    if (open && members.includes(next)) {
      setOpen({ ...open, focus: { index: next, seq: ++seq.current } });
      return;
    }
    // In the plot's lanes a step onto an event no zoom separates opens its cluster's list; in rows
    // by person or topic the arrows go on through such events (TimelineChart.tsx), as from a list.
    const plot = open?.band ? undefined : bandOf('');
    const c = plot?.layout.clusters.find((k) => membersOf(plot, k).includes(next));
    const inList = plot && c ? inseparable(plot, c) : null;
    if (c && inList?.includes(next)) openAt('', c, next);
    else {
      setOpen(null);
      stepping.current = next;
      o.goTo(next, true);
    }
  }, [open, members, bandOf, inseparable, openAt, o]);

  // A step that had to zoom in ends, at the finest zoom, on the cluster still holding the event
  // (useNavigation focuses it): open that cluster's list at the event.
  const stepping = useRef<number | null>(null);
  const noteFocus = useCallback((el: Element) => {
    const target = stepping.current;
    const key = el.getAttribute('data-cluster');
    if (el.closest('[data-cluster-list]')) return;
    stepping.current = null;
    const c = key === null || target === null ? undefined : layout.clusters.find((k) => String(k.key) === key);
    const inList = c ? inseparable(bandOf('')!, c) : null;
    if (c && inList?.includes(target!)) openAt('', c, target!);
  }, [layout, bandOf, inseparable, openAt]);

  // A zoom or pan that removes the cluster (or its row) closes its list.
  useEffect(() => {
    if (open && !cluster) setOpen(null);
  }, [open, cluster]);

  const close = (restoreFocus: boolean) => {
    setOpen(null);
    if (!restoreFocus || !open) return;
    const row = open.band ? `[data-row="${CSS.escape(open.band)}"]` : ':not([data-row])';
    o.svg.current?.querySelector<SVGGElement>(`[data-cluster="${open.bin}"]${row}`)?.focus();
  };
  const place = open ? o.place(open.band) : null;
  const element = open && cluster && place && members.length > 0 ? (
    <Suspense fallback={null}>
    <ClusterList
      members={members}
      events={o.events}
      label={listLabel(members.map((i) => o.events[i]!), o.locale, t) ?? t('timeline.clusterList', { count: members.length, range: isolate(rangeLabel(cluster.from, cluster.to, o.locale, 'day', o.timeZone)) })}
      dateOf={(i) => formatEventDate(o.events[i]!, o.locale)}
      focus={open.focus}
      selectedId={o.selectedId}
      anchorX={o.mirrored ? o.width - (cluster.x0 + cluster.x1) / 2 : (cluster.x0 + cluster.x1) / 2}
      mirrored={o.mirrored}
      width={o.width}
      top={place.top}
      maxHeight={place.maxHeight}
      onSelect={o.onSelect}
      onFocusIndex={o.setActive}
      onLeave={step}
      onClose={close}
    />
    </Suspense>
  ) : null;
  return { activate, step, noteFocus, element };
}

/** "10 events, 2019" when every member is dated alike (as they are written); else null. */
function listLabel(members: readonly TimelineEvent[], locale: string, t: Translate): string | null {
  const first = members[0];
  if (!first || members.some((e) => e.start.iso !== first.start.iso || e.end?.iso !== first.end?.iso)) return null;
  return t('timeline.clusterList', { count: members.length, range: isolate(formatEventDate(first, locale)) });
}
