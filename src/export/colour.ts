/**
 * Computed CSS colours as plain `#rrggbb` (and an opacity), which every SVG renderer reads:
 * browsers report `color-mix()` and wide-gamut colours in forms that resvg, Inkscape and older
 * tools do not. Resolved by painting one pixel on a canvas and reading it back.
 */

/** A colour as hex and its alpha (0–1). */
export interface Rgba { hex: string; alpha: number }

let ctx: CanvasRenderingContext2D | null = null;
const cache = new Map<string, Rgba | null>();

/** `value` (any CSS colour) as hex + alpha; null for `none`, transparent or an unparsable value. */
export function resolveColour(value: string): Rgba | null {
  const key = value.trim();
  if (!key || key === 'none' || key === 'transparent') return null;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  ctx ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true });
  let out: Rgba | null = null;
  if (ctx) {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = '#000';
    ctx.fillStyle = key;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    if (a) out = { hex: `#${[r, g, b].map((c) => (c ?? 0).toString(16).padStart(2, '0')).join('')}`, alpha: Math.round(((a ?? 0) / 255) * 1000) / 1000 };
  }
  cache.set(key, out);
  return out;
}
