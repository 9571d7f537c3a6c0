/**
 * The chart as a picture a desk can publish: one standalone SVG with the title, the line under it
 * (the range in view), the plot as on screen (axis, marks, labels; src/export/standalonePlot.ts),
 * and the credit line with the sources — in the page's fonts and theme colours. Used by "Download
 * image" (SVG and PNG) and, at build time, for the share cards (scripts/share-cards.ts).
 * Runs in the browser: fonts and colours are read from the page's computed styles.
 */
import type { ImageText } from './imageText';
import { standalonePlot } from './standalonePlot';
import { resolveColour } from './colour';
import { wrapText } from './wrap';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Size and type of the picture. */
export interface ImageLayout {
  /** Total width, px; the plot's own width plus the margins by default. */
  width?: number;
  /** Total height, px; by default what the content needs. Given, the plot is fitted to the room left. */
  height?: number;
  /** Title size, px (24 by default). */
  titleSize?: number;
}

/** The timeline's plot on the page, or null when there is none (a dataset error, say). */
export function findPlot(doc: Document): SVGSVGElement | null {
  return doc.querySelector<SVGSVGElement>('section.timeline svg[role="group"]');
}

/** The range in view as the toolbar states it ("May 13 – 15, 2019"). */
export function rangeInView(doc: Document): string {
  return doc.querySelector('section.timeline output')?.textContent?.trim() ?? '';
}

function colourOf(doc: Document, name: string, fallback: string): string {
  const raw = doc.defaultView?.getComputedStyle(doc.documentElement).getPropertyValue(name) ?? '';
  return resolveColour(raw)?.hex ?? fallback;
}

function fontOf(doc: Document, selector: string, fallback: string): string {
  const el = doc.querySelector(selector);
  return (el && doc.defaultView?.getComputedStyle(el).fontFamily) || fallback;
}

/** The picture as SVG markup (with the XML declaration's worth of namespace), or null without a plot. */
export function imageSvg(doc: Document, text: ImageText, layout: ImageLayout = {}): string | null {
  const plot = findPlot(doc);
  if (!plot) return null;
  const { svg: chart, width: plotW, height: plotH } = standalonePlot(plot);
  const pad = 24;
  const width = Math.round(layout.width ?? plotW + 2 * pad);
  const inner = width - 2 * pad;
  const titleSize = layout.titleSize ?? 24;
  const serif = fontOf(doc, '#story-title', 'Georgia, serif');
  const sans = fontOf(doc, 'body', 'system-ui, sans-serif');
  const bg = colourOf(doc, '--tl-bg', '#ffffff');
  const fg = colourOf(doc, '--tl-fg', '#1b1d22');
  const muted = colourOf(doc, '--tl-muted', '#555b66');
  const line = colourOf(doc, '--tl-border', '#d9d6cf');

  const ctx = doc.createElement('canvas').getContext('2d');
  const measure = (font: string) => (s: string) => {
    if (!ctx) return s.length * 0.55 * parseFloat(font);
    ctx.font = font;
    return ctx.measureText(s).width;
  };
  const titleFont = `600 ${titleSize}px ${serif}`;
  const titleLines = wrapText(text.title, inner, measure(titleFont), 3);
  const subSize = Math.round(titleSize * 0.6);
  const creditSize = Math.max(11, Math.round(titleSize * 0.5));
  const creditLines = wrapText(text.credit, inner, measure(`${creditSize}px ${sans}`), 4);

  const out = doc.createElementNS(SVG_NS, 'svg');
  const add = (parent: Element, tag: string, attrs: Record<string, string | number>, content?: string) => {
    const el = doc.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    if (content !== undefined) el.textContent = content;
    parent.append(el);
    return el;
  };
  const lines = (ls: string[], x: number, y: number, size: number, attrs: Record<string, string | number>) => {
    const t = add(out, 'text', { x, y, 'font-size': size, ...attrs });
    ls.forEach((l, i) => add(t, 'tspan', { x, dy: i === 0 ? 0 : Math.round(size * 1.3) }, l));
  };

  let y = pad;
  const titleY = y + titleSize;
  y = titleY + (titleLines.length - 1) * Math.round(titleSize * 1.3);
  const subY = text.subtitle ? y + Math.round(subSize * 1.7) : y;
  y = subY + 16;
  const creditH = creditLines.length * Math.round(creditSize * 1.3);
  const height = Math.round(layout.height ?? y + plotH * (inner / plotW) + 16 + creditH + pad);
  // The plot keeps its proportions, fitted into the room between the heading and the credit.
  const room = height - y - 16 - creditH - pad;
  const scale = Math.min(inner / plotW, room / plotH);
  const chartW = plotW * scale;
  const chartH = plotH * scale;

  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  out.setAttribute('role', 'img');
  add(out, 'title', {}, text.subtitle ? `${text.title} (${text.subtitle})` : text.title);
  add(out, 'rect', { width, height, fill: bg });
  lines(titleLines, pad, titleY, titleSize, { fill: fg, 'font-family': serif, 'font-weight': 600 });
  if (text.subtitle) lines([text.subtitle], pad, subY, subSize, { fill: muted, 'font-family': sans });
  chart.setAttribute('x', String(pad + (inner - chartW) / 2));
  chart.setAttribute('y', String(y + Math.max(0, (room - chartH) / 2)));
  chart.setAttribute('width', String(chartW));
  chart.setAttribute('height', String(chartH));
  out.append(chart);
  const creditTop = height - pad - creditH;
  add(out, 'line', { x1: pad, x2: width - pad, y1: creditTop - 8.5, y2: creditTop - 8.5, stroke: line });
  lines(creditLines, pad, creditTop + creditSize, creditSize, { fill: muted, 'font-family': sans });
  return new XMLSerializer().serializeToString(out);
}
