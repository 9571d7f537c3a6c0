/**
 * What the app may ask of a timeline (the chart, src/timeline/TimelineChart.tsx, or the phone layout,
 * src/vertical/VerticalTimelineChart.tsx) about one event. The timeline owns its DOM: it alone finds the
 * event's mark or row, zooms or scrolls to it, and moves focus; the app only says what it wants.
 */

/** How the page itself scrolls to show the timeline, if at all. */
export interface PageReveal {
  /**
   * 'top': count from the top of the page, at once (a link: where the browser's jump to the list
   * entry left the page is no guide); 'here': from where the reader is, gliding unless the reader
   * asked for reduced motion (a selection under the bottom sheet).
   */
  from: 'top' | 'here';
  /** Px at the bottom of the viewport that the app covers (its bottom sheet); 0 when nothing does. */
  covered: number;
}

/** A request about one event; act once per `seq` (repeats of the same id are distinct requests). */
export interface FocusRequest {
  /** The event's id; an id the dataset lacks is ignored. */
  id: string;
  /** Increases with every request. */
  seq: number;
  /** Move the view to show the event as a mark of its own (a link, Back/Forward, "go to event"). */
  reveal: boolean;
  /** Put keyboard focus on the event's mark, or on the cluster holding it (closing its panel). */
  focus: boolean;
  /** Scroll the page to show the timeline; null: leave the page where it is. */
  page: PageReveal | null;
  /**
   * The reader has moved the page themselves (an event page scrolled while the app loaded): even
   * the phone's list, whose rows are the page, leaves it where it is. Otherwise the list brings a
   * revealed row into view, also on Back and Forward, which move no chart.
   */
  stay?: boolean;
}
