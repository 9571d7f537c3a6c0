/**
 * Where to move the view so that one event can be seen as a mark of its own: for the arrow keys
 * (which step through every event in date order, even those folded into clusters) and for
 * "go to event" requests. Tries the current zoom first, then zooms in by halves (of the base scale,
 * so it works alike on every story scale) around the event until it stands alone or the zoom limit
 * is reached.
 */
import { layoutFrame, type LayoutInput } from './layout';
import { midOf } from './visibleSlice';
import type { Span } from './zoomLimits';

/** What to do to show an event. */
export interface NavigationTarget {
  /** The span to move to, or null when the event is already in view as a mark. */
  view: Span | null;
  /** False when even the finest zoom keeps the event in a cluster (many events at one instant). */
  alone: boolean;
}

/** Keeps a span of the same length inside [0, 1]. */
function within(span: Span): Span {
  const len = Math.min(span.to - span.from, 1);
  const from = Math.min(Math.max(span.from, 0), 1 - len);
  return { from, to: from + len };
}

/** Options of viewShowing, beyond those of a layout. */
export interface NavigationInput extends Omit<LayoutInput, 'x' | 'view'> {
  /** Current view, ms. */
  view: Span;
  /** Shortest span the zoom allows, in base-scale units (1 / the largest zoom factor). */
  finest: number;
  /** Keep the mark at least this far from the plot's edges, px. */
  edge: number;
  /** Centre the event even if it is already in view ("go to event"). */
  centre?: boolean;
}

/** The time span of a span of base units. */
function timeSpan(input: NavigationInput, u: Span): Span {
  return { from: input.scale.time(u.from), to: input.scale.time(u.to) };
}

function placedAlone(input: NavigationInput, u: Span, i: number): number | null {
  const k = input.width / (u.to - u.from);
  const x = (t: number) => (input.scale.unit(t) - u.from) * k;
  const mark = layoutFrame({ ...input, x, view: timeSpan(input, u) }).marks.find((m) => m.index === i);
  return mark ? mark.geometry.cx : null;
}

/** The view that shows event `i` alone, as close to the current one as possible. */
export function viewShowing(input: NavigationInput, i: number): NavigationTarget {
  const e = input.index.events[i];
  if (!e) return { view: null, alone: false };
  const { scale } = input;
  const current = { from: scale.unit(input.view.from), to: scale.unit(input.view.to) };
  const cx = placedAlone(input, current, i);
  if (!input.centre && cx !== null && cx >= input.edge && cx <= input.width - input.edge) return { view: null, alone: true };
  const mid = scale.unit(midOf(e));
  let len = current.to - current.from;
  for (;;) {
    const u = within({ from: mid - len / 2, to: mid + len / 2 });
    if (placedAlone(input, u, i) !== null) return { view: timeSpan(input, u), alone: true };
    if (len <= input.finest * 1.0001) return { view: timeSpan(input, u), alone: false };
    len = Math.max(input.finest, len / 2);
  }
}
