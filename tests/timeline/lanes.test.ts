import { describe, expect, it } from 'vitest';
import { assignLanes, type LaneItem } from '../../src/timeline/lanes';

const item = (x: number, labelWidth = 100): LaneItem => ({ x0: x - 5, x1: x + 5, labelX: x + 10, labelWidth });
const opts = { lanes: 3, gap: 6, minLabel: 30 };

describe('assignLanes', () => {
  it('marks far apart share the first lane with whole titles', () => {
    const p = assignLanes([item(0), item(200), item(400)], opts);
    expect(p.map((x) => x.lane)).toEqual([0, 0, 0]);
    expect(p.map((x) => x.labelRoom)).toEqual([100, 100, 100]);
  });
  it('a mark under the title of another goes up a lane rather than overlap', () => {
    const p = assignLanes([item(0), item(50), item(80)], opts);
    expect(p.map((x) => x.lane)).toEqual([0, 1, 2]);
    expect(p.every((x) => x.labelRoom === 100)).toBe(true);
  });
  it('when every lane is taken by titles, the title that loses least is truncated', () => {
    const p = assignLanes([item(0), item(20), item(40), item(90)], opts);
    expect(p[3]!.lane).toBe(0);
    expect(p[0]!.labelRoom).toBe(90 - 5 - 6 - 10);
  });
  it('a title with too little room is hidden, never shown as a stub', () => {
    const p = assignLanes([item(0), item(20), item(40), item(45)], opts);
    expect(p[3]!.lane).toBe(0);
    expect(p[0]!.labelRoom).toBe(0);
  });
  it('a mark that overlaps marks in every lane fits nowhere (the caller clusters it)', () => {
    const p = assignLanes([item(0), item(2), item(4), item(6)], opts);
    expect(p[3]!.lane).toBe(-1);
  });
  it('no two placed glyphs or shown titles overlap within a lane', () => {
    const items = Array.from({ length: 300 }, (_, i) => item(i * 7 + ((i * 37) % 11), 40 + ((i * 13) % 120)));
    const p = assignLanes(items, { lanes: 5, gap: 6, minLabel: 30 });
    for (let lane = 0; lane < 5; lane++) {
      const inLane = items.map((it, i) => ({ it, p: p[i]! })).filter((x) => x.p.lane === lane);
      for (let k = 1; k < inLane.length; k++) {
        const a = inLane[k - 1]!;
        const b = inLane[k]!;
        expect(Math.max(a.it.x1, a.it.labelX + a.p.labelRoom)).toBeLessThanOrEqual(b.it.x0);
      }
    }
  });
});
