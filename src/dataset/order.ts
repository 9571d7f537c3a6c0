/**
 * The one chronological order of events: the list, the arrow keys, the published file and the
 * tests all use it. By the start of the span the date could denote, then by its end; events with
 * the same span keep the order the dataset gives them (the editor's: "Statement 1 … Statement 12",
 * where ordering by id put "statement-10" before "statement-2"). Array.prototype.sort is stable,
 * so ties come out the same on every machine and every load.
 */

/** What the order reads of an event: its span in ms since the epoch (`t0` inclusive, `t1` exclusive). */
export interface Chronological {
  t0: number;
  t1: number;
}

/**
 * Compares two events chronologically, for Array.prototype.sort. Compares rather than subtracts:
 * a difference of two times is a new heap number each call until V8 optimises the caller, which
 * over 100,000 events checked once on load was megabytes of garbage.
 */
export function chronologically(a: Chronological, b: Chronological): number {
  if (a.t0 !== b.t0) return a.t0 < b.t0 ? -1 : 1;
  if (a.t1 !== b.t1) return a.t1 < b.t1 ? -1 : 1;
  return 0;
}

/** True when the events are already in chronological order (one comparison each, where sorting costs about log n). */
export function isChronological(events: readonly Chronological[]): boolean {
  for (let i = 1; i < events.length; i++) {
    if (chronologically(events[i - 1] as Chronological, events[i] as Chronological) > 0) return false;
  }
  return true;
}
