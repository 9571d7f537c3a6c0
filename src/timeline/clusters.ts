/**
 * Dense moments: events are counted in fixed bins and a bin holding more than fit becomes one
 * cluster, drawn with its count. Bins are equal slices of the base scale (storyScale.ts), anchored to
 * its start and sized in powers of two, so clusters stay put while the reader pans and only regroup
 * when the zoom crosses a factor of two; on the chronological scale they are equal spans of time. Counting uses binary search per bin and per group (visibleSlice.ts), so the work
 * follows the number of bins on screen, not the number of events: 100,000 events cost no more.
 */
import { lowerBound, meets, midOf, type SpanIndex } from './visibleSlice';
import type { StoryScale } from './storyScale';

/** How time is cut into bins. */
export interface Bins {
  /** The longest bin, ms: events shorter than this are binned by their middle, longer ones drawn as spans. */
  size: number;
  /** The bin holding instant t. */
  key: (t: number) => number;
  /** The first instant of bin `key`, ms. */
  start: (key: number) => number;
}

/** Whether a cluster's bin holds event `e`: events are binned by their middle. */
export function inBin(c: Pick<Cluster, 'start' | 'end'>, e: { t0: number; t1: number }): boolean {
  const mid = midOf(e);
  return mid >= c.start && mid < c.end;
}

/** Bins of `binMs` ms anchored to the epoch. */
export function timeBins(binMs: number): Bins {
  return { size: binMs, key: (t) => Math.floor(t / binMs), start: (key) => key * binMs };
}

/** Bins of `binU` units of a base scale. */
export function scaleBins(scale: StoryScale, binU: number): Bins {
  return {
    size: binU * scale.maxRate,
    key: (t) => Math.floor(scale.unit(t) / binU + 1e-9),
    start: (key) => scale.time(key * binU),
  };
}

/** Events gathered into one bin because they would not fit side by side. */
export interface Cluster {
  /** Bin number: floor(mid / binMs). Unique among the clusters of one layout. */
  key: number;
  /** Bin bounds, ms. */
  start: number;
  end: number;
  /** How many events it holds. */
  count: number;
  /** Earliest start and latest end of its members, ms (what "zoom to fit" shows). */
  from: number;
  to: number;
}

/** What a window holds at one zoom. */
export interface Binned {
  /** Events drawn one by one (chronological indices, ascending). */
  singles: number[];
  /** Bins folded into clusters, in time order. */
  clusters: Cluster[];
  /** Bin size, ms. */
  binMs: number;
}

/**
 * A bin size near `binPx` pixels, rounded to a power of two so that it changes in steps: of ms
 * (`perPx` ms per px, at least 1 ms) or, with `min` 0, of base-scale units.
 */
export function binSize(perPx: number, binPx: number, min = 1): number {
  return 2 ** Math.round(Math.log2(Math.max(min, binPx * perPx)));
}

/** Bins the events of [from, to): bins with more than `maxPerBin` events become clusters. */
export function binEvents(index: SpanIndex, from: number, to: number, bins: Bins, maxPerBin: number): Binned {
  const binMs = bins.size;
  const singles: number[] = [];
  const clusters: Cluster[] = [];
  const { events } = index;
  // Groups whose spans are shorter than a bin behave as points here; longer ones are drawn as spans.
  const small = index.groups.filter((g) => g.point || g.maxDuration < binMs);
  const wide = index.groups.filter((g) => !(g.point || g.maxDuration < binMs));
  const cursors = small.map((g) => lowerBound(g.mids, bins.start(bins.key(from))));
  for (let key = bins.key(from); bins.start(key) < to; key++) {
    const start = bins.start(key);
    const end = bins.start(key + 1);
    let count = 0;
    let lo = Infinity;
    let hi = -Infinity;
    const ends = small.map((g, n) => {
      const stop = lowerBound(g.mids, end);
      const first = cursors[n]!;
      if (stop > first) {
        count += stop - first;
        lo = Math.min(lo, events[g.order[first]!]!.t0);
        hi = Math.max(hi, events[g.order[stop - 1]!]!.t1);
      }
      return stop;
    });
    if (count > maxPerBin) {
      clusters.push({ key, start, end, count, from: lo, to: hi });
    } else if (count > 0) {
      small.forEach((g, n) => {
        for (let j = cursors[n]!; j < ends[n]!; j++) singles.push(g.order[j]!);
      });
    }
    ends.forEach((e, n) => { cursors[n] = e; });
    // Skip empty stretches in one jump instead of bin by bin.
    const next = Math.min(...small.map((g, n) => (cursors[n]! < g.mids.length ? g.mids[cursors[n]!]! : Infinity)));
    if (next !== Infinity && bins.key(next) > key + 1) key = bins.key(next) - 1;
  }
  for (const g of wide) {
    const half = g.maxDuration / 2;
    const stop = lowerBound(g.mids, to + half);
    for (let j = lowerBound(g.mids, from - half); j < stop; j++) {
      const i = g.order[j]!;
      if (meets(events[i]!, from, to)) singles.push(i);
    }
  }
  // A short event is binned by its middle, so one whose middle lies outside the window's bins was
  // not met above, though its span may reach in. "Short" is beside the bins' largest size in ms
  // (on the gaps and sequential scales, that of the sparsest stretch): there a month-long range
  // can count as short beside two-day bins, and the Mueller report (22 March – 18 April) went
  // undrawn in a view from 18 April. Such an event is drawn on its own, as a long one is.
  const first = bins.start(bins.key(from));
  let last = bins.key(to);
  if (bins.start(last) >= to) last--;
  const past = bins.start(last + 1);
  for (const g of small) {
    const half = g.maxDuration / 2;
    const edges: [number, number][] = [[from - half, first], [past, to + half]];
    for (const [a, b] of edges) {
      const stop = lowerBound(g.mids, b);
      for (let j = lowerBound(g.mids, a); j < stop; j++) {
        const i = g.order[j]!;
        if (meets(events[i]!, from, to)) singles.push(i);
      }
    }
  }
  singles.sort((a, b) => a - b);
  return { singles, clusters, binMs };
}

/** Adds an event that found no room to the cluster of its bin, creating the cluster if needed. */
export function foldIntoCluster(clusters: Map<number, Cluster>, mid: number, t0: number, t1: number, bins: Bins): void {
  const key = bins.key(mid);
  const c = clusters.get(key);
  if (c) {
    c.count++;
    c.from = Math.min(c.from, t0);
    c.to = Math.max(c.to, t1);
  } else {
    clusters.set(key, { key, start: bins.start(key), end: bins.start(key + 1), count: 1, from: t0, to: t1 });
  }
}
