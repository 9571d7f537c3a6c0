/**
 * Moving between events with the keyboard, and "go to event" requests: picks the view that shows
 * the event as a mark of its own (navigate.ts), moves there through useZoom, then puts focus on the
 * mark once it is drawn. Focus is moved for keyboard steps, and when the app asks for it back
 * (focusEvent: its panel closed), never for other requests from elsewhere.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { Frame } from './useFrame';
import type { ZoomApi } from './useZoom';
import { viewShowing } from './navigate';
import { inBin } from './clusters';
import { rowInput } from './frame';
import { firstRowOf, rowKey } from './facets';
import type { Layout } from './layout';
import { meets } from './visibleSlice';

/** Inputs of useNavigation. */
export interface NavigationOptions {
  frame: Frame;
  zoom: ZoomApi;
  svg: RefObject<SVGSVGElement | null>;
  /** Which event holds the marks' tab stop (-1: none yet). */
  active: number;
  /** Records which event holds the marks' tab stop. */
  setActive: (i: number) => void;
}

/** Returns goTo(i, moveFocus, centre), focusWhenDrawn(i), focusEvent(i), and noteFocus(element) for the plot's focus events. */
export function useNavigation({ frame, zoom, svg, active, setActive }: NavigationOptions) {
  const pending = useRef<number | null>(null);
  /** The plot element that last had focus, to notice when a zoom removes it from the DOM. */
  const lastFocused = useRef<Element | null>(null);
  const { layoutInput, view, layout, rowLayouts } = frame;
  // In lanes by person or topic an event is drawn in its rows, one lane each, where it folds into a
  // cluster sooner than in the plot's lanes: the view that shows it is the one that shows it in its
  // (first) row, and the cluster that holds it is that row's.
  const bandOf = useCallback((i: number): { input: typeof layoutInput; layout: Layout; row: string | null } => {
    const r = rowLayouts ? firstRowOf(rowLayouts, i) : undefined;
    return r ? { input: rowInput(layoutInput, r.row), layout: r.layout, row: rowKey(r.row) } : { input: layoutInput, layout, row: null };
  }, [rowLayouts, layoutInput, layout]);

  const goTo = useCallback((i: number, moveFocus: boolean, centre = false) => {
    const edge = Math.min(60, layoutInput.width / 6);
    const target = viewShowing({ ...bandOf(i).input, view, finest: 1 / zoom.kExtent[1], edge, centre }, i);
    setActive(i);
    if (target.view) zoom.show(target.view);
    if (moveFocus) pending.current = i;
  }, [layoutInput, bandOf, view, zoom, setActive]);

  /** Moves focus to event i's mark once a move already under way draws it (no move of its own). */
  const focusWhenDrawn = useCallback((i: number) => {
    setActive(i);
    pending.current = i;
  }, [setActive]);

  /**
   * Focuses event i's mark; where it is not drawn and `settle`, the cluster holding it, else the
   * marks' tab stop. `arrived` says whether the view is where a step was heading (the event in
   * it): a step settles only there, not in the render before its move starts. Returns whether
   * anything took focus.
   */
  const focusOn = useCallback((i: number, settle: boolean, arrived = true): boolean => {
    const node = svg.current;
    if (!node) return false;
    const e = layoutInput.index.events[i];
    if (!arrived && e && !meets(e, view.from, view.to)) settle = false;
    const mark = e ? node.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(e.id)}"]`) : null;
    const band = bandOf(i);
    const cluster = e ? band.layout.clusters.find((c) => inBin(c, e)) : undefined;
    const inRow = band.row === null ? '' : `[data-row="${CSS.escape(band.row)}"]`;
    const holder = cluster ? node.querySelector<SVGGElement>(`${inRow}[data-cluster="${cluster.key}"]`) : null;
    const target = mark ?? (settle ? holder ?? node.querySelector<SVGGElement>('[tabindex="0"]') : null);
    if (!target) return false;
    target.focus({ preventScroll: true });
    lastFocused.current = target;
    return true;
  }, [svg, bandOf, layoutInput, view]);

  // After each frame: focus the mark we were heading for, or the cluster that still holds it; and
  // when a zoom folded the focused mark into a cluster (removing it), keep focus in the plot.
  useEffect(() => {
    const lost = lastFocused.current !== null && !lastFocused.current.isConnected &&
      (document.activeElement === null || document.activeElement === document.body);
    const i = pending.current ?? (lost ? active : null);
    if (i === null) return;
    // A pending step settles on a cluster only at the finest zoom (many events at one instant).
    const settle = pending.current === null || zoom.transform.k >= zoom.kExtent[1] * 0.999;
    if (focusOn(i, settle, pending.current === null)) pending.current = null;
  });

  /** Puts focus back on event i where the view is now: its mark, or the cluster holding it. */
  const focusEvent = useCallback((i: number) => {
    setActive(i);
    focusOn(i, true);
  }, [focusOn, setActive]);

  /** Call from the plot's focus events. */
  const noteFocus = useCallback((el: Element | null) => { lastFocused.current = el; }, []);

  return { goTo, focusWhenDrawn, noteFocus, focusEvent };
}
