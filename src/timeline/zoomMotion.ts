/**
 * Programmatic moves of the view (buttons, keys, "go to event", clusters): a brief smooth
 * zoom-and-pan, or none at all when the reader prefers reduced motion. Each frame goes through
 * `apply`, which useZoom routes to d3-zoom's `zoom.transform`.
 */
import { interpolateZoom } from 'd3-interpolate';
import { easeCubicInOut } from 'd3-ease';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { AxisTransform } from './zoomLimits';

/** True when the reader asked the system for less motion. */
export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** A horizontal-only d3 ZoomTransform. */
export function toTransform({ k, x }: AxisTransform): ZoomTransform {
  return zoomIdentity.translate(x, 0).scale(k);
}

/**
 * Animates from `from` to `to` on a plot `width` px wide (van Wijk and Nuij's smooth zoom, in base
 * pixels [centre, 0, visible width]), calling `apply` each frame. Returns a function that stops it.
 */
export function animateTransform(from: AxisTransform, to: AxisTransform, width: number, apply: (t: AxisTransform) => void): () => void {
  const view = (t: AxisTransform): [number, number, number] => [(width / 2 - t.x) / t.k, 0, width / t.k];
  const interp = interpolateZoom(view(from), view(to));
  // Brief: long journeys are sped up rather than allowed to drag on.
  const duration = Math.min(600, Math.max(200, interp.duration * 0.6));
  const start = performance.now();
  let frame = 0;
  const tick = (now: number) => {
    const p = Math.min(1, (now - start) / duration);
    const [c, , visible] = interp(easeCubicInOut(p));
    const k = width / visible;
    apply({ k, x: width / 2 - c * k });
    frame = p < 1 ? requestAnimationFrame(tick) : 0;
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}
