/**
 * Paints band scenes (bandScene.ts) on a 2D canvas, as the plot's SVG draws them (Mark.tsx,
 * ClusterMark.tsx): while a reader's gesture runs, its frames are painted here instead of
 * re-rendering a hundred SVG elements and more per frame (GestureLayer.tsx). Shapes and sizes come
 * from the same definitions as the SVG's (marks.ts's kinds, bandScene.ts's sizes), colours and
 * fonts from the plot's CSS custom properties, read once per gesture.
 */
import { direction } from 'direction';
import { GAP_TEXT_SCALE, SLANT, type AxisScene } from './axisScene';
import type { BandScene, ClusterScene, MarkScene } from './bandScene';
import { COLLAPSED_DASH, POINT_R, UNCERTAIN_DASH, glyphBand, pillHeight } from './bandScene';
import { drawnWidth, labelLeft } from './titleLabel';

/**
 * A 2D context: an OffscreenCanvas's (GestureLayer.tsx), else a canvas element's. Setting the font
 * of a canvas in the document styles the page first, and a gesture's frame sets it after changing
 * the DOM; an OffscreenCanvas's font depends on no element.
 */
export type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * Whether this browser can paint a gesture's frames (a 2D canvas with roundRect: Chrome 99, Safari
 * 16, Firefox 112); where it cannot, the SVG draws them as it draws every other frame.
 */
export const canPaintGestures = typeof CanvasRenderingContext2D === 'function' && typeof CanvasRenderingContext2D.prototype.roundRect === 'function';

/** Whether an OffscreenCanvas can be painted on in the same way. */
export const canPaintOffscreen = typeof OffscreenCanvasRenderingContext2D === 'function' && typeof OffscreenCanvasRenderingContext2D.prototype.roundRect === 'function';

/** The plot's colours and fonts, as CSS values. */
export interface PaintStyle {
  mark: string;
  selected: string;
  range: string;
  uncertain: string;
  surface: string;
  /** The page's background, grid lines, and the axis line and periods' lines. */
  bg: string;
  grid: string;
  border: string;
  cluster: string;
  fg: string;
  muted: string;
  accent: string;
  accentFg: string;
  /** The font families of titles and of counts. */
  titleFamily: string;
  uiFamily: string;
  /** The root font size, px (a count is 0.75rem). */
  rem: number;
  /** CSS letter-spacing and word-spacing of the plot ("normal", or px): the reader's text settings. */
  letterSpacing: string;
  wordSpacing: string;
}

/** Reads the plot's paint style from `el` (the SVG, where its custom properties apply). */
export function readPaintStyle(el: Element): PaintStyle {
  const s = getComputedStyle(el);
  // The palette is app.css's alone: these properties are set on every plot, in both schemes.
  const v = (name: string) => s.getPropertyValue(name).trim();
  return {
    mark: v('--tl-mark'),
    selected: v('--tl-selected'),
    range: v('--tl-range'),
    uncertain: v('--tl-mark-uncertain'),
    surface: v('--tl-surface'),
    bg: v('--tl-bg'),
    grid: v('--tl-grid'),
    border: v('--tl-border'),
    cluster: v('--tl-cluster'),
    fg: v('--tl-fg'),
    muted: v('--tl-muted'),
    accent: v('--tl-accent'),
    accentFg: v('--tl-accent-fg'),
    titleFamily: v('--tl-font'),
    uiFamily: v('--tl-font-ui'),
    rem: parseFloat(getComputedStyle(document.documentElement).fontSize),
    letterSpacing: s.letterSpacing,
    wordSpacing: s.wordSpacing,
  };
}

/** How a frame is painted besides its scenes. */
export interface PaintOptions {
  /** Title size, px. */
  fontSize: number;
  /** Time runs right to left: the canvas is mirrored whole by CSS, as the SVG is, and text is painted mirrored so that it reads the right way. */
  mirrored: boolean;
  /** A cluster's count as shown ("12", "1.2K"). */
  count: (n: number) => string;
}

/**
 * Paints `scenes` in order, then the whole titles of the selected and focused marks over them
 * (with a plate of the surface colour, as TitleOverlay draws them), in the context's current
 * transform (plot px).
 */
export function paintScenes(ctx: Ctx, scenes: readonly BandScene[], style: PaintStyle, o: PaintOptions): void {
  const spacing = ctx as { letterSpacing?: string; wordSpacing?: string };
  if (style.letterSpacing !== 'normal' && 'letterSpacing' in ctx) spacing.letterSpacing = style.letterSpacing;
  if (style.wordSpacing !== 'normal' && 'wordSpacing' in ctx) spacing.wordSpacing = style.wordSpacing;
  // Marks drawn kind by kind (glyphs, then titles), band after band, rather than mark by mark: a
  // canvas parses its font again whenever it is set. The bands do not overlap, and a title is
  // laid out to end before the next mark, so what is drawn over what is the SVG's.
  lastFont = '';
  for (const scene of scenes) for (const m of scene.marks) paintGlyph(ctx, m, style);
  for (const scene of scenes) for (const m of scene.marks) paintTitle(ctx, m, style, o, false);
  for (const scene of scenes) paintSpans(ctx, scene, style);
  // Each cluster whole, in order, as the SVG draws them: its pill, a filter's badge, its count (a
  // badge runs over the next pill when the two touch).
  const size = 0.75 * style.rem;
  for (const scene of scenes) {
    for (const c of scene.clusters) {
      paintPill(ctx, scene, c, style);
      paintBadge(ctx, scene, c, style, o);
      setFont(ctx, `600 ${size}px ${style.uiFamily}`);
      ctx.fillStyle = style.surface;
      text(ctx, o.count(c.cluster.count), (c.x0 + c.x1) / 2, scene.clusterTop + scene.clusterHeight / 2 + 0.35 * size, 'center', o.mirrored);
    }
  }
  for (const scene of scenes) for (const m of scene.marks) if (m.whole) paintTitle(ctx, m, style, o, true);
}

/**
 * Paints the axis as Axis.tsx draws it: grid lines, the axis line, the collapsed gaps' cuts and
 * lengths, then the tick labels (the ticks' numerals as drawn, tabular where the font's default is).
 */
export function paintAxis(ctx: Ctx, a: AxisScene, s: PaintStyle, mirrored: boolean): void {
  const lines = (xs: readonly number[], bottom: number, colour: string) => {
    if (!xs.length) return;
    ctx.beginPath();
    for (const x of xs) {
      ctx.moveTo(x, a.gridTop);
      ctx.lineTo(x, bottom);
    }
    ctx.lineWidth = 1;
    ctx.strokeStyle = colour;
    ctx.stroke();
  };
  lines(a.minorGrid, a.axisY, s.grid);
  lines(a.majorGrid, a.majorBottom, s.border);
  ctx.beginPath();
  ctx.moveTo(0, a.axisY + 0.5);
  ctx.lineTo(a.width, a.axisY + 0.5);
  ctx.strokeStyle = s.border;
  ctx.stroke();
  lastFont = '';
  for (const c of a.cuts) {
    ctx.globalAlpha = 0.7;
    ctx.fillStyle = s.bg;
    ctx.fillRect(c.veil.x, c.veil.y, c.veil.width, c.veil.height);
    ctx.globalAlpha = 1;
    ctx.fillStyle = s.surface;
    ctx.fillRect(c.bar.x, c.bar.y, c.bar.width, c.bar.height);
    ctx.beginPath();
    for (const p of c.slants) {
      ctx.moveTo(p.x, p.y);
      ctx.lineTo(p.x + SLANT.dx, p.y + SLANT.dy);
    }
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = s.muted;
    ctx.stroke();
    if (!c.text) continue;
    setFont(ctx, `italic 400 ${a.fontSize * GAP_TEXT_SCALE}px ${s.uiFamily}`);
    ctx.fillStyle = s.muted;
    text(ctx, c.text, (c.x0 + c.x1) / 2, c.y, 'center', mirrored);
  }
  for (const l of a.labels) {
    const minor = l.kind === 'minor';
    setFont(ctx, `${minor ? 400 : 600} ${a.fontSize}px ${s.uiFamily}`);
    ctx.fillStyle = minor ? s.muted : s.fg;
    text(ctx, l.text, l.x, l.y, 'left', mirrored);
  }
}

/** Sets the context's font unless paintScenes already set that one (setting it parses it again). */
function setFont(ctx: Ctx, font: string): void {
  if (font === lastFont) return;
  ctx.font = font;
  lastFont = font;
}
/** The font paintScenes last set; '' at the start of each call (resizing a canvas resets its font). */
let lastFont = '';

/** A circle or rounded rectangle, filled and optionally stroked (dashed). */
function shape(ctx: Ctx, path: () => void, fill: string, stroke: string | null, width = 1, dash: readonly number[] = []): void {
  ctx.beginPath();
  path();
  ctx.fillStyle = fill;
  ctx.fill();
  if (!stroke) return;
  ctx.setLineDash(dash);
  ctx.lineWidth = width;
  ctx.strokeStyle = stroke;
  ctx.stroke();
  ctx.setLineDash([]);
}

/** `a` mixed into `b`, `share` of `a` (CSS color-mix, in sRGB): what Mark.tsx fills a band with. */
function mix(a: string, share: number, b: string): string {
  return `color-mix(in srgb, ${a} ${share}%, ${b})`;
}

/** A mark's glyph: a dot, a solid band for a range, a dashed hollow band for a month or a year. */
function paintGlyph(ctx: Ctx, m: MarkScene, s: PaintStyle): void {
  const mid = m.y + m.height / 2;
  const band = glyphBand(m.height);
  const sel = m.selected ? s.selected : null;
  ctx.globalAlpha = m.faded ? 0.3 : 1;
  if (m.kind === 'point') {
    shape(ctx, () => ctx.arc(m.cx, mid, m.selected ? POINT_R + 1 : POINT_R, 0, 2 * Math.PI), sel ?? s.mark, null);
  } else if (m.collapsed) {
    if (m.kind === 'range') shape(ctx, () => ctx.roundRect(m.cx - POINT_R, mid - POINT_R, 2 * POINT_R, 2 * POINT_R, 2), sel ?? s.range, null);
    else shape(ctx, () => ctx.arc(m.cx, mid, POINT_R - 0.75, 0, 2 * Math.PI), s.surface, sel ?? s.uncertain, 2, COLLAPSED_DASH);
  } else {
    const rect = () => ctx.roundRect(m.x0, mid - band / 2, Math.max(1, m.x1 - m.x0), band, 4);
    if (m.kind === 'range') shape(ctx, rect, mix(s.range, 24, s.surface), sel ?? s.range, 1.5);
    else shape(ctx, rect, mix(s.uncertain, 7, s.surface), sel ?? s.uncertain, 1.5, UNCERTAIN_DASH);
  }
  ctx.globalAlpha = 1;
}

/**
 * Text at x (its left edge, or with `align` right its right edge) on the baseline y, in the
 * direction of its first strong letter (unicode-bidi: plaintext, as the SVG draws titles). When
 * mirrored, it is painted flipped about the middle of its box, so that the canvas's mirror turns
 * it back.
 */
function text(ctx: Ctx, str: string, x: number, y: number, align: CanvasTextAlign, mirrored: boolean): void {
  const dir = direction(str) === 'rtl' ? 'rtl' : 'ltr';
  if (ctx.direction !== dir) ctx.direction = dir;
  ctx.textAlign = align;
  if (!mirrored) return ctx.fillText(str, x, y);
  const w = ctx.measureText(str).width;
  const centre = align === 'center' ? x : align === 'right' ? x - w / 2 : x + w / 2;
  ctx.save();
  ctx.translate(2 * centre, 0);
  ctx.scale(-1, 1);
  ctx.fillText(str, x, y);
  ctx.restore();
}

/** A mark's title: its lines growing down from the lane's middle, a clipped last line, the drawn dots. */
function paintTitle(ctx: Ctx, m: MarkScene, s: PaintStyle, o: PaintOptions, plate: boolean): void {
  const l = m.label;
  if (!l.lines.length) return;
  const size = o.fontSize;
  const lineHeight = size * 1.2;
  const mid = m.y + m.height / 2;
  const textLeft = labelLeft(l);
  const n = l.lines.length - 1;
  const lastMid = mid + n * lineHeight;
  if (plate) {
    ctx.globalAlpha = 0.95;
    shape(ctx, () => ctx.roundRect(textLeft - 4, mid - lineHeight / 2 - 2, drawnWidth(l) + 8, l.lines.length * lineHeight + 4, 4), s.surface, null);
    ctx.globalAlpha = 1;
  }
  const colour = m.faded ? s.muted : s.fg;
  setFont(ctx, `${m.selected ? 600 : 400} ${size}px ${s.titleFamily}`);
  ctx.fillStyle = colour;
  // SVG's dy of 0.35em, from the middle line to the baseline.
  const baseline = 0.35 * size;
  const align = l.anchor === 'end' ? 'right' : 'left';
  const whole = l.clip ? n : n + 1;
  for (let i = 0; i < whole; i++) text(ctx, l.lines[i]!, l.x, mid + baseline + i * lineHeight, align, o.mirrored);
  if (l.clip) {
    ctx.save();
    ctx.beginPath();
    ctx.rect(textLeft, lastMid - lineHeight / 2, l.tail, lineHeight);
    ctx.clip();
    // The window is turned back about its own middle when mirrored, as the SVG's clip viewport is.
    if (o.mirrored) {
      ctx.translate(2 * textLeft + l.tail, 0);
      ctx.scale(-1, 1);
    }
    text(ctx, l.lines[n]!, l.clip === 'rtl' ? textLeft + l.tail : textLeft, lastMid + baseline, l.clip === 'rtl' ? 'right' : 'left', false);
    ctx.restore();
  }
  if (l.truncated) {
    // Three round dots, 3.5 px apart, 2.2 px across (Mark.tsx's path of zero-length segments).
    ctx.beginPath();
    for (let i = 0; i < 3; i++) {
      const x = textLeft + l.tail + 3 + i * 3.5;
      ctx.moveTo(x + 1.1, lastMid + size * 0.3);
      ctx.arc(x, lastMid + size * 0.3, 1.1, 0, 2 * Math.PI);
    }
    ctx.fillStyle = colour;
    ctx.fill();
  }
}

/** The faint lines under a band's pills, spanning their members' dates. */
function paintSpans(ctx: Ctx, scene: BandScene, s: PaintStyle): void {
  if (!scene.spans.length) return;
  ctx.beginPath();
  for (const sp of scene.spans) {
    ctx.moveTo(sp.x0, scene.spanY);
    ctx.lineTo(sp.x1, scene.spanY);
  }
  ctx.globalAlpha = 0.4;
  ctx.lineWidth = 3;
  ctx.lineCap = 'round';
  ctx.strokeStyle = s.cluster;
  ctx.stroke();
  ctx.lineCap = 'butt';
  ctx.globalAlpha = 1;
}

/** A cluster's pill. */
function paintPill(ctx: Ctx, scene: BandScene, c: ClusterScene, s: PaintStyle): void {
  const pill = pillHeight(scene.clusterHeight);
  const mid = scene.clusterTop + scene.clusterHeight / 2;
  ctx.globalAlpha = c.matches === 0 ? 0.3 : 1;
  shape(ctx, () => ctx.roundRect(c.x0, mid - pill / 2, c.x1 - c.x0, pill, pill / 2), s.cluster, null);
  ctx.globalAlpha = 1;
}

/** Under a filter, the badge of a cluster's matches on its pill's corner. */
function paintBadge(ctx: Ctx, scene: BandScene, c: ClusterScene, s: PaintStyle, o: PaintOptions): void {
  if (c.matches === null || c.matches === 0) return;
  const x = c.x1 - 1;
  const y = scene.clusterTop + scene.clusterHeight / 2 - pillHeight(scene.clusterHeight) / 2 + 1;
  shape(ctx, () => ctx.arc(x, y, 9, 0, 2 * Math.PI), s.accent, s.surface, 2);
  setFont(ctx, `700 11px ${s.uiFamily}`);
  ctx.fillStyle = s.accentFg;
  text(ctx, c.matches > 99 ? '99+' : String(c.matches), x, y + 0.35 * 11, 'center', o.mirrored);
}
