/**
 * The one place d3-zoom (and d3-selection) touch the DOM. d3-zoom owns the gesture state on the
 * SVG node (`__zoom`); React state holds only the immutable ZoomTransform it reports. Buttons,
 * keys, the overview and "go to event" all move the view through `zoom.transform`, so that the
 * next gesture starts from where the view really is instead of snapping back.
 *
 * Scroll is never trapped: the filter lets d3-zoom see only ctrl/⌘ + wheel (which is also what a
 * trackpad pinch sends); a horizontal wheel or shift + wheel pans here; a plain vertical wheel is
 * left alone so the host page scrolls. On touch, the plot has `touch-action: pan-y` (Timeline.tsx),
 * so a vertical swipe scrolls the page while horizontal drags and pinches reach d3-zoom.
 */
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { constrainX, scaleExtent, spanFor, transformFor, type Span } from './zoomLimits';
import { animateTransform, reducedMotion, toTransform } from './zoomMotion';

/** Options of useZoom. */
export interface UseZoomOptions {
  /** What k = 1 shows: every event plus a margin. */
  extent: Span;
  /** Plot width, px; 0 before it has been measured. */
  width: number;
  /** The view to start from (the dataset's `view`), else everything. */
  initial: Span | null;
}

/** What the timeline's components can do with the view. */
export interface ZoomApi {
  /** The current transform (base scale → view scale). */
  transform: ZoomTransform;
  /** The span of time in view. */
  view: Span;
  /** The zoom limits [fit all, finest]. */
  kExtent: [number, number];
  /** Moves to show `span`, animated unless the reader prefers reduced motion or `animate` is false. */
  show: (span: Span, animate?: boolean) => void;
  /** Zooms by `factor` around the pixel `at` (the middle of the plot by default). */
  zoomBy: (factor: number, at?: number) => void;
}

type Zoom = ZoomBehavior<SVGSVGElement, unknown>;

/** Attaches d3-zoom to the SVG in `ref` and returns the transform and the ways to move it. */
export function useZoom(ref: RefObject<SVGSVGElement | null>, { extent, width, initial }: UseZoomOptions): ZoomApi {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const zoomRef = useRef<Zoom | null>(null);
  const cancel = useRef<(() => void) | null>(null);
  const gesture = useRef(0);
  const latest = useRef<ZoomTransform | null>(null);
  const limits = useRef({ width, kExtent: scaleExtent(extent, Math.max(1, width)) });
  const kExtent = scaleExtent(extent, Math.max(1, width));
  const w = Math.max(1, width);

  const apply = useCallback((t: { k: number; x: number }) => {
    const node = ref.current;
    const z = zoomRef.current;
    if (!node || !z) return;
    const { width: cw, kExtent: ke } = limits.current;
    select(node).call(z.transform, toTransform(constrainX(t, cw, ke)));
  }, [ref]);

  const stop = () => {
    cancel.current?.();
    cancel.current = null;
  };

  // Attach once the plot has a size; detach on unmount. A layout effect, declared first, so that
  // the limits and the initial view below are applied to an attached behaviour.
  const measured = width > 0;
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node || !measured) return;
    const z: Zoom = d3zoom<SVGSVGElement, unknown>()
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        if (event.type === 'mousedown') return (event as MouseEvent).button === 0;
        return !(event as MouseEvent).button;
      })
      // The wheel step: d3's default, a little gentler for line-based wheels.
      .wheelDelta((e: WheelEvent) => -e.deltaY * (e.deltaMode === 1 ? 0.04 : e.deltaMode ? 1 : 0.002) * (e.ctrlKey ? 5 : 1))
      .constrain((t) => toTransform(constrainX(t, limits.current.width, limits.current.kExtent)))
      .duration(reducedMotion() ? 0 : 250)
      .on('start', (e: { sourceEvent: Event | null }) => { if (e.sourceEvent) stop(); })
      .on('zoom', (e: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        // Gestures can fire several events per frame: render the latest once, just before the
        // next paint (no lag). Programmatic moves render at once.
        if (!e.sourceEvent) {
          cancelAnimationFrame(gesture.current);
          gesture.current = 0;
          return setTransform(e.transform);
        }
        latest.current = e.transform;
        if (!gesture.current) {
          gesture.current = requestAnimationFrame(() => {
            gesture.current = 0;
            if (latest.current) setTransform(latest.current);
          });
        }
      });
    zoomRef.current = z;
    const sel = select(node);
    sel.call(z);

    // Horizontal wheels and shift + wheel pan; a plain vertical wheel is never prevented.
    const onWheel = (e: WheelEvent) => {
      // ctrl/⌘ + wheel belongs to d3-zoom, which skips preventDefault at the zoom limits: without
      // this the browser would zoom the whole page once the timeline can zoom no further.
      if (e.ctrlKey || e.metaKey) return e.preventDefault();
      const horizontal = Math.abs(e.deltaX) > Math.abs(e.deltaY);
      if (!horizontal && !e.shiftKey) return;
      e.preventDefault();
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? limits.current.width : 1;
      const d = (horizontal ? e.deltaX : e.deltaY) * unit;
      const t = node.__zoom ?? zoomIdentity;
      stop();
      select(node).call(z.transform, toTransform(constrainX({ k: t.k, x: t.x - d }, limits.current.width, limits.current.kExtent)));
    };
    node.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      stop();
      node.removeEventListener('wheel', onWheel);
      sel.on('.zoom', null);
      zoomRef.current = null;
    };
  }, [ref, measured]);

  // Keep the limits current, and keep the same span in view when the width changes.
  useLayoutEffect(() => {
    if (!measured) return;
    const prev = limits.current.width;
    limits.current = { width, kExtent: scaleExtent(extent, width) };
    zoomRef.current?.scaleExtent(limits.current.kExtent).extent([[0, 0], [width, 1]]).translateExtent([[0, -Infinity], [width, Infinity]]);
    const node = ref.current;
    const t = node?.__zoom ?? zoomIdentity;
    if (prev > 0 && prev !== width) apply({ k: t.k, x: (t.x * width) / prev });
  }, [width, extent, measured, ref, apply]);

  // The first view: the dataset's, else everything. Again when the dataset changes.
  useLayoutEffect(() => {
    if (!measured) return;
    apply(initial ? transformFor(initial, extent, limits.current.width) : { k: 1, x: 0 });
    // Only on a new dataset or the first measurement: later resizes keep the reader's view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [extent, initial, measured]);

  const show = useCallback((span: Span, animate = true) => {
    const node = ref.current;
    if (!node || !zoomRef.current) return;
    const cw = limits.current.width;
    const target = transformFor(span, extent, cw);
    stop();
    const from = node.__zoom ?? zoomIdentity;
    if (!animate || reducedMotion()) return apply(target);
    cancel.current = animateTransform(from, target, cw, apply);
  }, [ref, extent, apply]);

  const zoomBy = useCallback((factor: number, at?: number) => {
    const node = ref.current;
    if (!node) return;
    const t = node.__zoom ?? zoomIdentity;
    const cw = limits.current.width;
    const p = at ?? cw / 2;
    const [kMin, kMax] = limits.current.kExtent;
    const k = Math.min(kMax, Math.max(kMin, t.k * factor));
    // Keep the instant under `p` where it is.
    const x = p - ((p - t.x) / t.k) * k;
    show(spanFor(constrainX({ k, x }, cw, limits.current.kExtent), extent, cw));
  }, [ref, show, extent]);

  const view = spanFor(transform, extent, w);
  return { transform, view, kExtent, show, zoomBy };
}

declare global {
  interface SVGSVGElement {
    /** d3-zoom's transform, stored on the node. */
    __zoom?: ZoomTransform;
  }
}
