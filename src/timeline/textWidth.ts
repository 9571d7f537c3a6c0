/**
 * Title widths for lane packing and truncation, measured once per title with a canvas (cheap, and
 * the only honest way to know where text ends) and estimated where there is no canvas (tests, SSR).
 */

/** Measures text in one font; results are cached by string. */
export interface TextMeasure {
  /** Width of `text`, px. */
  width: (text: string) => number;
  /**
   * The longest run of whole words from the start of `text` that fits `room` px with room left for
   * a drawn ellipsis (ELLIPSIS_PX); '' when not even the first word fits. Never cuts a word.
   */
  words: (text: string, room: number) => string;
  /** Breaks `text` into at most `max` lines of whole words, each fitting `room` px (the last may not). */
  lines: (text: string, room: number, max: number) => string[];
}

/** Room kept after a shortened title for its ellipsis, drawn as three dots (Mark.tsx), px. */
export const ELLIPSIS_PX = 12;

/**
 * A measurer for a CSS font shorthand such as "14px Georgia". `size` is used to estimate without a
 * canvas; `canvas: false` always estimates, so the prerendered plot and the first client render
 * (which hydrates it) lay out identically.
 */
export function textMeasure(font: string, size: number, canvas = true, spacing?: { letter: string; word: string }): TextMeasure {
  const cache = new Map<string, number>();
  let ctx: CanvasRenderingContext2D | null = null;
  if (canvas && typeof document !== 'undefined') {
    ctx = document.createElement('canvas').getContext('2d');
    if (ctx) {
      ctx.font = font;
      // The reader's spacing (CSS letter-spacing / word-spacing, "normal" or px) widens the text.
      if (spacing && spacing.letter !== 'normal' && 'letterSpacing' in ctx) ctx.letterSpacing = spacing.letter;
      if (spacing && spacing.word !== 'normal' && 'wordSpacing' in ctx) ctx.wordSpacing = spacing.word;
    }
  }
  const measure = (text: string): number => (ctx ? ctx.measureText(text).width : text.length * size * 0.52);
  const width = (text: string): number => {
    let w = cache.get(text);
    if (w === undefined) cache.set(text, (w = measure(text)));
    return w;
  };
  const words = (text: string, room: number): string => {
    if (width(text) <= room) return text;
    const parts = text.split(' ');
    let best = '';
    for (let n = 1; n < parts.length; n++) {
      const head = parts.slice(0, n).join(' ').replace(/[\s,;:–—-]+$/, '');
      if (width(head) + ELLIPSIS_PX > room) break;
      best = head;
    }
    return best;
  };
  const lines = (text: string, room: number, max: number): string[] => {
    const out: string[] = [];
    let rest = text;
    while (rest && out.length < max - 1 && width(rest) > room) {
      const head = words(rest, room + ELLIPSIS_PX);
      if (!head) break;
      out.push(head);
      rest = rest.slice(head.length).trimStart();
    }
    if (rest) out.push(rest);
    return out;
  };
  return { width, words, lines };
}
