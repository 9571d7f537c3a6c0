/**
 * The event mark an input landed in. Marks have no listeners of their own (Mark.tsx): the plot's
 * SVG answers clicks and hover for all of them (Plot.tsx), and the timeline's section their focus
 * (TimelineChart.tsx). Not the SVG: in Chromium an SVG element with focus listeners becomes a tab
 * stop of its own.
 */

/** The mark's group (it carries data-event-id) that `target` is in, or null. */
export function markOf(target: EventTarget | null): SVGGElement | null {
  return target instanceof Element ? target.closest<SVGGElement>('g[data-event-id]') : null;
}

/** The event id of a mark's group. */
export function markId(mark: SVGGElement): string {
  return mark.getAttribute('data-event-id') ?? '';
}
