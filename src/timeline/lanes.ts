/**
 * Non-overlapping rows ("lanes") for marks and their titles.
 *
 * Items arrive sorted by their left edge. Each prefers the lowest lane where its glyph and its whole
 * title fit; failing that, the lane where it costs the least title of the item before it (that title
 * is truncated, or hidden when too little is left); failing that, it does not fit and the caller
 * folds it into a cluster. Greedy and O(items · lanes), which is what a zoom frame can afford.
 */

/** An item to place: a glyph from x0 to x1 and a title that wants `labelWidth` px after `labelX`. */
export interface LaneItem {
  x0: number;
  x1: number;
  /** Where the title starts, px. */
  labelX: number;
  /** Width of the whole title, px. */
  labelWidth: number;
}

/** Where an item went. */
export interface LanePlacement {
  /** Lane number from 0, or -1 when it fits nowhere. */
  lane: number;
  /** Room for the title, px: the whole width, less when truncated, 0 when hidden. */
  labelRoom: number;
}

/** Options of assignLanes. */
export interface LaneOptions {
  /** How many lanes there are. */
  lanes: number;
  /** Space kept between neighbours in a lane, px. */
  gap: number;
  /** Titles with less room than this are hidden rather than truncated to a stub, px. */
  minLabel: number;
}

/** Places items (sorted by x0) in lanes; returns one placement per item, in the same order. */
export function assignLanes(items: readonly LaneItem[], { lanes, gap, minLabel }: LaneOptions): LanePlacement[] {
  const fullEnd = new Array<number>(lanes).fill(-Infinity);
  const glyphEnd = new Array<number>(lanes).fill(-Infinity);
  const last = new Array<number>(lanes).fill(-1);
  const out: LanePlacement[] = items.map(() => ({ lane: -1, labelRoom: 0 }));
  items.forEach((item, i) => {
    let lane = -1;
    for (let l = 0; l < lanes; l++) {
      if (fullEnd[l]! + gap <= item.x0) { lane = l; break; }
    }
    if (lane < 0) {
      // Every lane's title reaches this item: truncate the title that loses least.
      let best = Infinity;
      for (let l = 0; l < lanes; l++) {
        if (glyphEnd[l]! + gap <= item.x0 && fullEnd[l]! < best) { best = fullEnd[l]!; lane = l; }
      }
      if (lane < 0) return;
      const prev = last[lane]!;
      const p = items[prev]!;
      const room = Math.max(0, item.x0 - gap - p.labelX);
      out[prev]!.labelRoom = room >= minLabel ? Math.min(room, out[prev]!.labelRoom) : 0;
    }
    const labelEnd = item.labelX + item.labelWidth;
    out[i] = { lane, labelRoom: item.labelWidth };
    glyphEnd[lane] = item.x1;
    fullEnd[lane] = Math.max(item.x1, labelEnd);
    last[lane] = i;
  });
  return out;
}
