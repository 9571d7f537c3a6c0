/**
 * While a reader's gesture runs (a wheel zoom or pan, a drag, a pinch), the bands it moves, and on
 * a plot of one band its axis, are painted here, on a canvas laid over the plot, instead of in the SVG: a gesture's frame then
 * repaints one canvas rather than creating, changing, restyling and laying out again a hundred and
 * more SVG elements (`npm run bench` measures the zoom frames, in every scale and lane layout). The SVG
 * keeps those as the gesture found them, undisplayed (Plot.tsx), and draws them at the view
 * the gesture ends at. Decorative: what assistive technology reads is the SVG.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { AxisScene } from './axisScene';
import type { BandScene } from './bandScene';
import { canPaintOffscreen, paintAxis, paintScenes, readPaintStyle, type Ctx, type PaintStyle } from './gesturePaint';
import { compactNumber } from '../format/intl';
import { afterPaint } from '../app/afterPaint';

export { canPaintGestures } from './gesturePaint';

/** Props of GestureLayer. */
export interface GestureLayerProps {
  /** The scenes to paint, in order; null between gestures (the layer is hidden and one pixel big). */
  scenes: readonly BandScene[] | null;
  /** The axis to paint under them (a plot of one band), or null when the SVG draws it. */
  axis: AxisScene | null;
  /** The plot's width, px, and the part of its height painted: from `top`, `height` px. */
  width: number;
  top: number;
  height: number;
  /** Mirrored as the plot is (time running right to left). */
  mirrored: boolean;
  /** Title size, px. */
  fontSize: number;
  locale: string;
  /** The plot's SVG, whose custom properties give the colours and fonts. */
  svg: SVGSVGElement | null;
}

/** The canvas over the plot during a gesture, painted after every render. */
export function GestureLayer(p: GestureLayerProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  // Read between gestures, once a frame has painted: the styles are clean then, and reading them costs
  // no style recalculation, which in a gesture's first frame (the SVG just changed) cost ~30 ms at 4×
  // CPU on 10,000 events. Read again when the system's theme or the text size changes.
  const style = useRef<PaintStyle | null>(null);
  const idle = p.scenes === null;
  const svg = p.svg;
  useEffect(() => {
    if (!idle || !svg) return;
    let cancel = () => {};
    const read = () => {
      style.current = null;
      cancel();
      cancel = afterPaint(() => { style.current = readPaintStyle(svg); });
    };
    read();
    const dark = matchMedia('(prefers-color-scheme: dark)');
    dark.addEventListener('change', read);
    return () => {
      cancel();
      dark.removeEventListener('change', read);
    };
  }, [idle, svg, p.fontSize]);
  // Counts repeat from frame to frame; Intl's format is not free.
  const count = useMemo(() => {
    const format = compactNumber(p.locale);
    const words = new Map<number, string>();
    return (n: number) => {
      let w = words.get(n);
      if (w === undefined) words.set(n, (w = format.format(n)));
      return w;
    };
  }, [p.locale]);
  // Painted through an OffscreenCanvas (gesturePaint.ts, Ctx), whose frames the canvas shows.
  const surface = useRef<HTMLCanvasElement | OffscreenCanvas | null>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas || !p.svg) return;
    surface.current ??= canPaintOffscreen && typeof canvas.transferControlToOffscreen === 'function' ? canvas.transferControlToOffscreen() : canvas;
    const target = surface.current;
    if (!p.scenes) {
      if (target.width !== 1) target.width = target.height = 1;
      return;
    }
    const dpr = window.devicePixelRatio || 1;
    const w = Math.ceil(p.width * dpr);
    const h = Math.ceil(p.height * dpr);
    if (target.width !== w) target.width = w;
    if (target.height !== h) target.height = h;
    const ctx = target.getContext('2d') as Ctx | null;
    if (!ctx) return;
    style.current ??= readPaintStyle(p.svg); // a gesture begun before the idle read
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, w, h);
    ctx.setTransform(dpr, 0, 0, dpr, 0, -p.top * dpr);
    if (p.axis) paintAxis(ctx, p.axis, style.current, p.mirrored);
    paintScenes(ctx, p.scenes, style.current, { fontSize: p.fontSize, mirrored: p.mirrored, count });
  });
  return (
    <canvas ref={ref} aria-hidden="true" data-gesture-layer=""
      style={{ top: p.top, width: p.width, height: p.height }}
      className={`pointer-events-none absolute left-0 ${p.mirrored ? 'tl-mirror' : ''} ${p.scenes ? '' : 'hidden'}`} />
  );
}
