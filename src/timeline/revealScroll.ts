/**
 * How far to scroll the page to show a box: the least distance that brings it wholly into the part
 * of the viewport not covered (by the phone's bottom sheet), else its top to the top. A deep link
 * scrolls no further than needed to show the timeline; one whose chart fits at the top stays there.
 */

/** A box in page coordinates (px from the top of the document). */
export interface PageBox {
  top: number;
  bottom: number;
}

/**
 * The scrollY that shows `box` from `current`: `current` itself when the box is already in view
 * within the room left by `covered` px at the bottom of a `height` px viewport; otherwise the
 * nearest position that fits it, aligning its top (less `margin`) when it is taller than the room.
 * Never negative.
 */
export function scrollToShow(box: PageBox, current: number, height: number, covered = 0, margin = 8): number {
  const room = Math.max(0, height - covered);
  const top = box.top - margin;
  const bottom = box.bottom + margin;
  if (top >= current && bottom <= current + room) return current;
  if (bottom - top > room || top < current) return Math.max(0, top);
  return Math.max(0, bottom - room);
}
