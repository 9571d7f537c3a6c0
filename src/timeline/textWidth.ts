/**
 * Title widths for lane packing and truncation, measured once per title with a canvas (cheap, and
 * the only honest way to know where text ends) and estimated where there is no canvas (tests, SSR).
 */

/** Measures text in one font; results are cached by string. */
export interface TextMeasure {
  /** Width of `text`, px. */
  width: (text: string) => number;
  /** Cuts `text` to fit `room` px, ending with an ellipsis; '' when nothing fits. */
  fit: (text: string, room: number) => string;
}

/**
 * A measurer for a CSS font shorthand such as "14px Georgia". `size` is used to estimate without a
 * canvas; `canvas: false` always estimates, so the prerendered plot and the first client render
 * (which hydrates it) lay out identically.
 */
export function textMeasure(font: string, size: number, canvas = true): TextMeasure {
  const cache = new Map<string, number>();
  let ctx: CanvasRenderingContext2D | null = null;
  if (canvas && typeof document !== 'undefined') {
    ctx = document.createElement('canvas').getContext('2d');
    if (ctx) ctx.font = font;
  }
  const measure = (text: string): number => (ctx ? ctx.measureText(text).width : text.length * size * 0.52);
  const width = (text: string): number => {
    let w = cache.get(text);
    if (w === undefined) cache.set(text, (w = measure(text)));
    return w;
  };
  const fit = (text: string, room: number): string => {
    const full = width(text);
    if (full <= room) return text;
    const ellipsis = width('…');
    if (room <= ellipsis) return '';
    // Cut by the average glyph width, then back off to a word boundary when one is close.
    let n = Math.floor(((room - ellipsis) / full) * text.length);
    let cut = text.slice(0, n);
    while (n > 0 && measure(cut) + ellipsis > room) cut = text.slice(0, --n);
    const space = cut.lastIndexOf(' ');
    if (space > cut.length * 0.6) cut = cut.slice(0, space);
    cut = cut.replace(/[\s,;:–—-]+$/, '');
    return cut ? `${cut}…` : '';
  };
  return { width, fit };
}
