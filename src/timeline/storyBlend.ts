/**
 * Switching base scales without losing the reader: every frame of a brief animation draws a blend
 * of the two scales. Both are piecewise linear in time, so their blend over the union of their
 * knots is piecewise linear too, and exactly (1 − p)·a + p·b everywhere: each mark slides from its
 * old place to its new one.
 */
import { easeCubicInOut } from 'd3-ease';
import type { Piece, StoryScale } from './storyScale';

/** Above this many knots a switch is instant: rebuilding the blend every frame would cost more than it shows. */
export const MAX_MORPH_KNOTS = 4000;

function knots(s: StoryScale): number[] {
  const out = s.pieces.map((p) => p.t0);
  out.push(s.pieces[s.pieces.length - 1]!.t1);
  return out;
}

/** The scale (1 − p)·a + p·b, for p in [0, 1]; its kind is b's. */
export function blendScales(a: StoryScale, b: StoryScale, p: number): StoryScale {
  if (p >= 1) return b;
  const ts = [...new Set([...knots(a), ...knots(b)])].sort((x, y) => x - y);
  const us = ts.map((t) => (1 - p) * a.unit(t) + p * b.unit(t));
  // Normalise so that the blend still spans [0, 1] (the two extents may differ slightly).
  const lo = us[0]!;
  const hi = us[us.length - 1]!;
  const norm = (u: number) => (u - lo) / Math.max(1e-12, hi - lo);
  const pieces: Piece[] = [];
  let maxRate = 0;
  for (let i = 0; i + 1 < ts.length; i++) {
    const piece = { t0: ts[i]!, t1: ts[i + 1]!, u0: norm(us[i]!), u1: norm(us[i + 1]!), gap: false };
    pieces.push(piece);
    if (piece.u1 > piece.u0) maxRate = Math.max(maxRate, (piece.t1 - piece.t0) / (piece.u1 - piece.u0));
  }
  const T = Float64Array.from(ts);
  const U = Float64Array.from(us, norm);
  const find = (arr: Float64Array, v: number) => {
    let lo2 = 1;
    let hi2 = arr.length - 1;
    while (lo2 < hi2) {
      const m = (lo2 + hi2) >>> 1;
      if (arr[m]! < v) lo2 = m + 1;
      else hi2 = m;
    }
    return lo2;
  };
  const lerp = (from: Float64Array, to: Float64Array, v: number) => {
    const i = find(from, v);
    const x0 = from[i - 1]!;
    const x1 = from[i]!;
    return x1 === x0 ? to[i - 1]! : to[i - 1]! + ((v - x0) / (x1 - x0)) * (to[i]! - to[i - 1]!);
  };
  return {
    kind: b.kind,
    extent: { from: ts[0]!, to: ts[ts.length - 1]! },
    pieces,
    unit: (t) => lerp(T, U, t),
    time: (u) => lerp(U, T, u),
    maxRate: Math.max(maxRate, a.maxRate, b.maxRate),
  };
}

/**
 * Calls `step` with blends from `a` to `b` on animation frames for `duration` ms, ending with `b`
 * itself. Returns a function that stops it (after which `step` is not called again).
 */
export function morphScale(a: StoryScale, b: StoryScale, step: (s: StoryScale) => void, duration = 350): () => void {
  if (a.pieces.length + b.pieces.length > MAX_MORPH_KNOTS) {
    step(b);
    return () => {};
  }
  const start = performance.now();
  let frame = requestAnimationFrame(function tick(now) {
    const p = Math.min(1, (now - start) / duration);
    step(p >= 1 ? b : blendScales(a, b, easeCubicInOut(p)));
    frame = p < 1 ? requestAnimationFrame(tick) : 0;
  });
  return () => cancelAnimationFrame(frame);
}
