/**
 * Focus + context: the whole story as a density strip, with the window in view marked. Drag the
 * window to pan, drag its edges to zoom, press elsewhere to centre the view there. Pointer-only and
 * hidden from assistive technology: the toolbar, keys and the app's list do the same for everyone.
 */
import { useRef, type PointerEvent } from 'react';
import type { Span } from './zoomLimits';
import type { StoryScale } from './storyScale';

/** Props of Overview. */
export interface OverviewProps {
  /** Time runs right to left: the strip is mirrored (app.css, .tl-mirror) and pointers read so. */
  mirrored?: boolean;
  /** The base scale: the strip draws all of it, as the plot does at zoom 1. */
  scale: StoryScale;
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

/** A drag in progress: what is dragged, where it started (px) and the view then (base units). */
type Drag = { mode: 'move' | 'from' | 'to'; x: number; view: Span } | null;

/** The overview strip. */
export function Overview({ scale, view, width, height, path, onShow, handle, mirrored }: OverviewProps) {
  const drag = useRef<Drag>(null);
  const w = Math.max(1, width);
  const px = (t: number) => scale.unit(t) * w;
  const a = px(view.from);
  const b = Math.max(a + 6, px(view.to));
  const units = { from: scale.unit(view.from), to: scale.unit(view.to) };
  const show = (u: Span, animate: boolean) => onShow({ from: scale.time(u.from), to: scale.time(u.to) }, animate);

  const down = (mode: 'move' | 'from' | 'to' | 'jump') => (e: PointerEvent<SVGElement>) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    (e.currentTarget.ownerSVGElement ?? e.currentTarget).setPointerCapture?.(e.pointerId);
    if (mode === 'jump') {
      const box = e.currentTarget.getBoundingClientRect();
      const u = (mirrored ? box.right - e.clientX : e.clientX - box.left) / w;
      const len = units.to - units.from;
      show({ from: u - len / 2, to: u + len / 2 }, true);
      return;
    }
    drag.current = { mode, x: e.clientX, view: units };
  };
  const move = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const du = (mirrored ? d.x - e.clientX : e.clientX - d.x) / w;
    const min = 4 / w;
    if (d.mode === 'move') show({ from: d.view.from + du, to: d.view.to + du }, false);
    else if (d.mode === 'from') show({ from: Math.min(d.view.from + du, d.view.to - min), to: d.view.to }, false);
    else show({ from: d.view.from, to: Math.max(d.view.to + du, d.view.from + min) }, false);
  };
  const up = () => { drag.current = null; };

  return (
    <svg aria-hidden="true" width={width} height={height} className={`block touch-pan-y select-none ${mirrored ? 'tl-mirror' : ''}`}
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
