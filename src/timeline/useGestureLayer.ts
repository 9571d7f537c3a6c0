/**
 * The gesture layer (GestureLayer.tsx, gesturePaint.ts), loaded apart from the page's first view,
 * which does not need it: its code is fetched when the reader first reaches for the plot (a pointer
 * or a finger over it). Until it is there, and in a browser that cannot paint it, a gesture's
 * frames are drawn by the SVG, as every other frame is.
 */
import { useCallback, useRef, useState } from 'react';
import type { GestureLayer } from './GestureLayer';

type Layer = typeof GestureLayer;

let loading: Promise<Layer | null> | null = null;
/** The layer once loaded (null: not yet, or it cannot paint here), for plots drawn after that. */
let loaded: Layer | null = null;

/** The gesture layer component, or null until it has loaded; `load` starts loading it (once per page). */
export function useGestureLayer(): { Layer: Layer | null; load: () => void } {
  const [Layer, setLayer] = useState<Layer | null>(() => loaded);
  const asked = useRef(Layer !== null);
  const load = useCallback(() => {
    if (asked.current) return;
    asked.current = true;
    loading ??= import('./GestureLayer').then((m) => (m.canPaintGestures ? m.GestureLayer : null), () => null);
    void loading.then((L) => {
      loaded = L;
      if (L) setLayer(() => L);
    });
  }, []);
  return { Layer, load };
}
