/**
 * Where to move the view so that one event can be seen as a mark of its own: for the arrow keys
 * (which step through every event in date order, even those folded into clusters) and for
 * "go to event" requests. Tries the current zoom first, then zooms in by halves around the event
 * until it stands alone or the zoom limit is reached.
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

/** Keeps a span of the same length inside the extent. */
function within(span: Span, extent: Span): Span {
  const len = Math.min(span.to - span.from, extent.to - extent.from);
  const from = Math.min(Math.max(span.from, extent.from), extent.to - len);
  return { from, to: from + len };
}

/** Options of viewShowing, beyond those of a layout. */
export interface NavigationInput extends Omit<LayoutInput, 'x' | 'view'> {
  /** Current view. */
  view: Span;
  /** All events plus margin: the view never leaves it. */
  extent: Span;
  /** Shortest span the zoom allows, ms. */
  finest: number;
  /** Keep the mark at least this far from the plot's edges, px. */
  edge: number;
  /** Centre the event even if it is already in view ("go to event"). */
  centre?: boolean;
}

function placedAlone(input: NavigationInput, view: Span, i: number): number | null {
  const k = input.width / (view.to - view.from);
  const x = (t: number) => (t - view.from) * k;
  const mark = layoutFrame({ ...input, x, view }).marks.find((m) => m.index === i);
  return mark ? mark.geometry.cx : null;
}

/** The view that shows event `i` alone, as close to the current one as possible. */
export function viewShowing(input: NavigationInput, i: number): NavigationTarget {
  const e = input.index.events[i];
  if (!e) return { view: null, alone: false };
  const cx = placedAlone(input, input.view, i);
  if (!input.centre && cx !== null && cx >= input.edge && cx <= input.width - input.edge) return { view: null, alone: true };
  const mid = midOf(e);
  let len = input.view.to - input.view.from;
  for (;;) {
    const view = within({ from: mid - len / 2, to: mid + len / 2 }, input.extent);
    if (placedAlone(input, view, i) !== null) return { view, alone: true };
    if (len <= input.finest) return { view, alone: false };
    len = Math.max(input.finest, len / 2);
  }
}
