/**
 * A position relative to a moved group's origin, px, rounded to a hundredth of a pixel. Marks and
 * clusters are drawn in a group moved to them (Mark.tsx, ClusterMark.tsx): the same offset computed
 * at another zoom differs in its last bits, which would rewrite (and redraw) a part that has not
 * moved.
 */
export function offset(x: number, origin: number): number {
  return Math.round((x - origin) * 100) / 100;
}
