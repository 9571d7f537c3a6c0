/**
 * The one place d3-zoom (and d3-selection) touch the DOM. d3-zoom owns the gesture state on the
 * SVG node (`__zoom`); React state holds only the immutable ZoomTransform it reports. Gestures are
 * d3-zoom's; every other move (buttons, keys, double-click and double-tap, the overview, shift +
 * wheel, "go to event") goes through one function, `moveTo`, which animates with zoomMotion.ts
 * and sets each step through `zoom.transform`, so that the next gesture starts from where the view
 * really is instead of snapping back.
 *
 * Scroll is never trapped: the filter lets d3-zoom see only ctrl/⌘ + wheel (which is also what a
 * trackpad pinch sends); a horizontal wheel or shift + wheel pans here; a plain vertical wheel is
 * left alone so the host page scrolls. On touch, the plot has `touch-action: pan-y` and a one-finger
 * swipe is judged by its first movement (touchGesture.ts): a vertical one never reaches d3-zoom, so
 * the page (or the page around an iframe) scrolls; a horizontal one pans; two fingers pinch-zoom.
 *
 * useZoom also owns the base scale being drawn: when the reader switches scales, it morphs from the
 * old to the new one (storyBlend.ts) while the span of time in view stays put.
 */
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { pointer, select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { constrainX, fitInset, scaleExtent, spanFor, transformFor, type AxisTransform, type Span } from './zoomLimits';
import { animateTransform, reducedMotion, toTransform } from './zoomMotion';
import type { StoryScale } from './storyScale';
import type { TimelineEvent } from '../dataset/model';
import { morphScale } from './storyBlend';
import { guardTouchScroll } from './touchGesture';
import { forwardDetachedTouches } from './detachedTouches';
import { afterFrame } from './afterFrame';

/** Options of useZoom. */
export interface UseZoomOptions {
  /** The base scale the reader chose: k = 1 shows its whole extent (every event plus a margin). */
  scale: StoryScale;
  /** Plot width, px (before measurement, the width the page is prerendered at). */
  width: number;
  /** The view to start from (the dataset's `view`, or the app's choice), else everything. */
  initial: Span | null;
  /** Identity of the dataset: when it changes, the view starts again from `initial`. */
  resetKey: unknown;
  /** The events, chronological: a fitted span keeps room for the marks on its ends (fitInset). */
  events: readonly TimelineEvent[];
}

/** What the timeline's components can do with the view. */
export interface ZoomApi {
  /** The current transform (base scale → view scale). */
  transform: ZoomTransform;
  /** The base scale being drawn: `scale`, or a blend on the way to it while switching. */
  scale: StoryScale;
  /** The zoom limits [fit all, finest]. */
  kExtent: [number, number];
  /** Moves to show `span`, animated unless the reader prefers reduced motion or `animate` is false. */
  show: (span: Span, animate?: boolean) => void;
  /** Moves to show `span`, with room at its ends for the marks there (fitInset), animated likewise. */
  fit: (span: Span) => void;
  /** Zooms by `factor` around the pixel `at` (the middle of the plot by default). */
  zoomBy: (factor: number, at?: number) => void;
  /** A reader's gesture (wheel zoom or pan, drag, pinch) is under way. */
  moving: boolean;
}

type Zoom = ZoomBehavior<SVGSVGElement, unknown>;

/** Attaches d3-zoom to the SVG in `ref` and returns the transform and the ways to move it. */
export function useZoom(ref: RefObject<SVGSVGElement | null>, { scale: target, width, initial, resetKey, events }: UseZoomOptions): ZoomApi {
  // The first render already shows the first view (the dataset's), so the prerendered page shows
  // what the app will: its layout effect below then sets the same transform on d3-zoom.
  const [transform, setTransform] = useState<ZoomTransform>(() =>
    toTransform(constrainX(firstView(initial, events, target, width), width, scaleExtent(target, width))));
  const [scale, setScale] = useState(target);
  const drawn = useRef(scale);
  const zoomRef = useRef<Zoom | null>(null);
  const cancel = useRef<(() => void) | null>(null);
  const gesture = useRef<(() => void) | null>(null);
  // A reader's gesture (wheel, drag, pinch) is under way: from its first step to d3-zoom's end of
  // it (for a wheel, 150 ms after the last turn).
  const [moving, setMoving] = useState(false);
  const moved = useRef(false);
  const latest = useRef<ZoomTransform | null>(null);
  const limits = useRef({ width, kExtent: scaleExtent(scale, width) });
  const kExtent = scaleExtent(scale, width);

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

  /**
   * The one way the view moves other than by a gesture: to `to`, held within the limits, animated
   * (unless the reader prefers reduced motion or `animate` is false). Stops any move under way.
   */
  const moveTo = useCallback((to: AxisTransform, animate: boolean) => {
    const node = ref.current;
    if (!node || !zoomRef.current) return;
    const { width: cw, kExtent: ke } = limits.current;
    const end = constrainX(to, cw, ke);
    stop();
    if (!animate || reducedMotion()) return apply(end);
    cancel.current = animateTransform(node.__zoom ?? zoomIdentity, end, cw, apply);
  }, [ref, apply]);

  /** Zooms by `factor` around the pixel `at`, keeping the instant under it where it is. */
  const zoomBy = useCallback((factor: number, at?: number) => {
    const t = ref.current?.__zoom ?? zoomIdentity;
    const [kMin, kMax] = limits.current.kExtent;
    const p = at ?? limits.current.width / 2;
    const k = Math.min(kMax, Math.max(kMin, t.k * factor));
    moveTo({ k, x: p - ((p - t.x) / t.k) * k }, true);
  }, [ref, moveTo]);

  // Attach on mount, detach on unmount. A layout effect, declared first, so that the limits and
  // the initial view below are applied to an attached behaviour.
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const z: Zoom = zoom<SVGSVGElement, unknown>()
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        if (event.type === 'mousedown') return (event as MouseEvent).button === 0;
        return !(event as MouseEvent).button;
      })
      // The wheel step: d3's default, a little gentler for line-based wheels.
      .wheelDelta((e: WheelEvent) => -e.deltaY * (e.deltaMode === 1 ? 0.04 : e.deltaMode ? 1 : 0.002) * (e.ctrlKey ? 5 : 1))
      .constrain((t) => toTransform(constrainX(t, limits.current.width, limits.current.kExtent)))
      .on('start', (e: { sourceEvent: Event | null }) => {
        if (e.sourceEvent) stop();
        // A wheel zoom under way: marks moving under a resting pointer show no tooltip
        // (TimelineChart.tsx), which would flicker on and off. Clicks still reach them.
        if (e.sourceEvent?.type === 'wheel') node.setAttribute('data-wheeling', '');
      })
      .on('end', (e: { sourceEvent: Event | null }) => {
        node.removeAttribute('data-wheeling');
        // Only a gesture's end: a programmatic move's (a wheel pan's step, below) is no end of one.
        if (!e.sourceEvent) return;
        moved.current = false;
        setMoving(false);
      })
      .on('zoom', (e: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        // Gestures can fire several events per frame: render the latest once, in a task of its own
        // after the frame that delivered them (afterFrame.ts). Programmatic moves render at once.
        if (!e.sourceEvent) {
          gesture.current?.();
          gesture.current = null;
          // The same view again (the first view, already drawn) is no reason to render.
          return setTransform((drawnNow) => (sameTransform(drawnNow, e.transform) ? drawnNow : e.transform));
        }
        // Moving from the first step, not from the press (a click on a mark changes nothing), and
        // said with that step's render, not in a render of its own.
        moved.current = true;
        latest.current = e.transform;
        gesture.current ??= afterFrame(() => {
          gesture.current = null;
          if (moved.current) setMoving(true);
          if (latest.current) setTransform(latest.current);
        });
      });
    zoomRef.current = z;
    const sel = select(node);
    sel.call(z);
    // Double-click (shift: out) and double-tap zoom by the buttons' path, not d3-zoom's own
    // transition. d3-zoom calls this listener for a double tap too, with the touchend event.
    sel.on('dblclick.zoom', (e: MouseEvent | TouchEvent) => {
      const at = pointer('changedTouches' in e ? e.changedTouches[0]! : e, node)[0];
      zoomBy(e.shiftKey ? 0.5 : 2, at);
    });
    const unguard = guardTouchScroll(node);
    const unforward = forwardDetachedTouches(node);

    // Horizontal wheels and shift + wheel pan; a plain vertical wheel is never prevented.
    let panEnd: ReturnType<typeof setTimeout> | undefined;
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
      // A gesture too: moving until 150 ms after its last turn, as d3-zoom's wheel zoom is.
      setMoving(true);
      clearTimeout(panEnd);
      panEnd = setTimeout(() => setMoving(false), 150);
      moveTo({ k: t.k, x: t.x - d }, false);
    };
    node.addEventListener('wheel', onWheel, { passive: false });
    // A mouse press ends a gesture's frames: a click in the 150 ms after a wheel's last turn (for
    // as long as a trackpad's momentum lasts) is on what the reader sees, and while the gesture runs
    // the marks it moves are painted on the gesture layer, not drawn in the SVG (Plot.tsx, which
    // then finds the mark drawn under the click).
    const onPress = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse') return;
      clearTimeout(panEnd);
      setMoving(false);
    };
    node.addEventListener('pointerdown', onPress, { capture: true });
    return () => {
      stop();
      clearTimeout(panEnd);
      gesture.current?.();
      gesture.current = null;
      unguard();
      unforward();
      node.removeEventListener('wheel', onWheel);
      node.removeEventListener('pointerdown', onPress, { capture: true });
      sel.on('.zoom', null);
      zoomRef.current = null;
    };
  }, [ref, moveTo, zoomBy]);

  // Keep the limits current, and keep the same span in view when the width changes. (d3-zoom's
  // extent and translateExtent are left at their defaults: the constrain above replaces the only
  // use it makes of them, as nothing here zooms through d3-zoom's own transitions.)
  useLayoutEffect(() => {
    const prev = limits.current.width;
    limits.current = { width, kExtent: scaleExtent(drawn.current, width) };
    zoomRef.current?.scaleExtent(limits.current.kExtent);
    const t = ref.current?.__zoom ?? zoomIdentity;
    if (prev !== width) apply({ k: t.k, x: (t.x * width) / prev });
  }, [width, ref, apply]);

  // A new base scale: a new dataset starts from its first view (below); a switch of kind keeps the
  // span of time in view and morphs the marks from their old places to their new ones.
  const morph = useRef<(() => void) | null>(null);
  const lastKey = useRef(resetKey);
  useLayoutEffect(() => {
    const from = drawn.current;
    const sameData = lastKey.current === resetKey;
    lastKey.current = resetKey;
    if (from === target) return;
    morph.current?.();
    const node = ref.current;
    const cw = limits.current.width;
    const span = node?.__zoom ? spanFor(node.__zoom, from, cw) : null;
    const step = (s: StoryScale) => {
      drawn.current = s;
      limits.current = { width: cw, kExtent: scaleExtent(s, cw) };
      zoomRef.current?.scaleExtent(limits.current.kExtent);
      setScale(s);
      if (span) apply(transformFor(span, s, cw));
    };
    if (!span || !sameData || reducedMotion()) return step(target);
    stop();
    morph.current = morphScale(from, target, step);
  }, [target, resetKey, ref, apply]);
  useLayoutEffect(() => () => morph.current?.(), []);

  // The first view: the dataset's, else everything. Again when the dataset changes.
  useLayoutEffect(() => {
    apply(firstView(initial, events, drawn.current, limits.current.width));
    // Only on a new dataset: later resizes and scale switches keep the reader's view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resetKey, initial]);

  const show = useCallback((span: Span, animate = true) => {
    moveTo(transformFor(span, drawn.current, limits.current.width), animate);
  }, [moveTo]);
  const fit = useCallback((span: Span) => {
    const { width: w } = limits.current;
    moveTo(transformFor(span, drawn.current, w, fitInset(span, events, drawn.current, w)), true);
  }, [moveTo, events]);

  return { transform, scale, kExtent, show, fit, zoomBy, moving };
}

declare global {
  interface SVGSVGElement {
    /** d3-zoom's transform, stored on the node. */
    __zoom?: ZoomTransform;
  }
}

/** Whether two transforms show the same view. */
function sameTransform(a: ZoomTransform, b: ZoomTransform): boolean {
  return a.k === b.k && a.x === b.x && a.y === b.y;
}

/** The first view: `initial` (the dataset's, or the page's) fitted to the plot, else everything. */
function firstView(initial: Span | null, events: readonly TimelineEvent[], scale: StoryScale, width: number): AxisTransform {
  return initial ? transformFor(initial, scale, width, fitInset(initial, events, scale, width)) : { k: 1, x: 0 };
}
