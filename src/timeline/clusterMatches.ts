/**
 * How many of a cluster's events pass the reader's filters, so that a bubble can say "2 of 12
 * match". A cluster holds the events whose mark instant (mid) falls in its bin and that are not
 * drawn as marks of their own (layout.ts folds those that found no lane into it). Counting walks
 * only the bin's events, by binary search in each span group (visibleSlice.ts).
 */
import { lowerBound, type SpanIndex } from './visibleSlice';
import type { Translate } from '../i18n/i18n';

/** The count of events in [start, end) (by mid), not among `drawn`, whose ids are in `matches`. */
export function clusterMatches(
  index: SpanIndex,
  bin: { start: number; end: number },
  drawn: ReadonlySet<number>,
  matches: ReadonlySet<string>,
): number {
  let n = 0;
  for (const g of index.groups) {
    const stop = lowerBound(g.mids, bin.end);
    for (let j = lowerBound(g.mids, bin.start); j < stop; j++) {
      const i = g.order[j]!;
      if (!drawn.has(i) && matches.has(index.events[i]!.id)) n++;
    }
  }
  return n;
}

/** A cluster's accessible name with its matches said after it: "…, 13–14 May 2019 — zoom in; 2 match the filters". */
export function withMatches(name: string, matches: number | null, t: Translate): string {
  if (matches === null) return name;
  return t('timeline.matches', { name, matches });
}
