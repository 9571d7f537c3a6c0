/**
 * Focus + context: the whole story as a density strip, with the window in view marked. Drag the
 * window to pan, drag its edges to zoom, press elsewhere to centre the view there. Pointer-only and
 * hidden from assistive technology: the toolbar, keys and the app's list do the same for everyone.
 */
import { useRef, type PointerEvent } from 'react';
import type { Span } from './zoomLimits';

/** Props of Overview. */
export interface OverviewProps {
  /** Everything (the base domain). */
  extent: Span;
  /** The span in view. */
  view: Span;
  /** Width and height of the strip, px. */
  width: number;
  height: number;
  /** Density bars as an SVG path (density.ts), drawn from 7 px below the top. */
  path: string;
  /** Moves the view. */
  onShow: (span: Span, animate: boolean) => void;
  /** Handle hit width, px. */
  handle: number;
}

type Drag = { mode: 'move' | 'from' | 'to'; x: number; view: Span } | null;

/** The overview strip. */
export function Overview({ extent, view, width, height, path, onShow, handle }: OverviewProps) {
  const drag = useRef<Drag>(null);
  const msPerPx = (extent.to - extent.from) / Math.max(1, width);
  const px = (t: number) => (t - extent.from) / msPerPx;
  const a = px(view.from);
  const b = Math.max(a + 6, px(view.to));

  const down = (mode: 'move' | 'from' | 'to' | 'jump') => (e: PointerEvent<SVGElement>) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    (e.currentTarget.ownerSVGElement ?? e.currentTarget).setPointerCapture?.(e.pointerId);
    if (mode === 'jump') {
      const box = e.currentTarget.getBoundingClientRect();
      const t = extent.from + (e.clientX - box.left) * msPerPx;
      const len = view.to - view.from;
      onShow({ from: t - len / 2, to: t + len / 2 }, true);
      return;
    }
    drag.current = { mode, x: e.clientX, view };
  };
  const move = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const dt = (e.clientX - d.x) * msPerPx;
    const min = msPerPx * 4;
    if (d.mode === 'move') onShow({ from: d.view.from + dt, to: d.view.to + dt }, false);
    else if (d.mode === 'from') onShow({ from: Math.min(d.view.from + dt, d.view.to - min), to: d.view.to }, false);
    else onShow({ from: d.view.from, to: Math.max(d.view.to + dt, d.view.from + min) }, false);
  };
  const up = () => { drag.current = null; };

  return (
    <svg aria-hidden="true" width={width} height={height} className="block touch-none select-none"
      onPointerMove={move} onPointerUp={up} onPointerCancel={up}>
      <rect x={0} y={0} width={width} height={height} rx={4} className="fill-(--tl-bg) cursor-pointer" onPointerDown={down('jump')} />
      <path d={path} transform="translate(0 7)" className="pointer-events-none fill-(--tl-mark-uncertain)" />
      <rect x={a} y={1} width={b - a} height={height - 2} rx={3} fillOpacity={0.07} strokeWidth={1.25}
        className="cursor-grab fill-(--tl-mark) stroke-(--tl-mark) active:cursor-grabbing" onPointerDown={down('move')} />
      {[['from', a], ['to', b]].map(([mode, x]) => (
        <g key={mode as string} className="cursor-ew-resize" onPointerDown={down(mode as 'from' | 'to')}>
          <rect x={(x as number) - handle / 2} y={0} width={handle} height={height} className="fill-transparent" />
          <rect x={(x as number) - 2} y={height / 2 - 8} width={4} height={16} rx={2} className="fill-(--tl-mark)" />
        </g>
      ))}
    </svg>
  );
}
