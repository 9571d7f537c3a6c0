/**
 * A copy of the live plot SVG that stands on its own: every colour, stroke and font the page's
 * stylesheet gives it written onto the elements as presentation attributes (a file has no
 * stylesheet, and CSS variables would not resolve), no interaction attributes, only the marks and
 * clusters in view, and each mark titled with its event's name. Runs in the browser.
 */
import { resolveColour } from './colour';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Properties copied from the computed style; colours are resolved to hex. */
const COLOURS = ['fill', 'stroke'] as const;
const PLAIN = ['stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'font-family', 'font-size', 'font-weight', 'font-style', 'letter-spacing', 'text-anchor', 'dominant-baseline'] as const;

function copyStyle(from: Element, to: Element, view: Window): void {
  const s = view.getComputedStyle(from);
  for (const prop of COLOURS) {
    const c = resolveColour(s.getPropertyValue(prop));
    to.setAttribute(prop, c ? c.hex : 'none');
    if (c && c.alpha < 1) to.setAttribute(`${prop}-opacity`, String(c.alpha));
  }
  for (const prop of ['fill-opacity', 'stroke-opacity'] as const) {
    const v = s.getPropertyValue(prop);
    if (v && v !== '1') to.setAttribute(prop, String(Number(v) * Number(to.getAttribute(prop) ?? 1)));
  }
  const opacity = s.getPropertyValue('opacity');
  if (opacity && opacity !== '1') to.setAttribute('opacity', opacity);
  if (['text', 'tspan', 'g', 'svg'].includes(from.tagName)) {
    for (const prop of PLAIN) {
      const v = s.getPropertyValue(prop);
      if (v && v !== 'normal' && v !== 'none' && v !== 'auto') to.setAttribute(prop, v);
    }
  } else {
    for (const prop of ['stroke-width', 'stroke-dasharray'] as const) {
      const v = s.getPropertyValue(prop);
      if (v && v !== 'none') to.setAttribute(prop, v);
    }
  }
}

function strip(el: Element): void {
  for (const attr of [...el.attributes]) {
    const n = attr.name;
    if (n === 'class' || n === 'style' || n === 'tabindex' || n === 'role' || n === 'pointer-events' || n.startsWith('aria-') || n.startsWith('on')) el.removeAttribute(n);
  }
}

/** Whether the element is drawn (not display: none / visibility: hidden). */
function shown(el: Element, view: Window): boolean {
  const s = view.getComputedStyle(el);
  return s.display !== 'none' && s.visibility !== 'hidden';
}

/**
 * The standalone copy of `plot` (the timeline's `svg[role="group"]`), `width`×`height` in its own
 * coordinates. Marks and clusters wholly outside the view are left out.
 */
export function standalonePlot(plot: SVGSVGElement): { svg: SVGSVGElement; width: number; height: number } {
  const view = plot.ownerDocument.defaultView ?? window;
  const box = plot.getBoundingClientRect();
  const vb = plot.viewBox.baseVal;
  const width = vb && vb.width ? vb.width : box.width;
  const height = vb && vb.height ? vb.height : box.height;
  const inView = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.right > box.left && r.left < box.right;
  };

  const copy = (from: Element): Element | null => {
    if (!shown(from, view)) return null;
    // Marks and clusters: only those in view; a mark carries its event's name as a tooltip.
    const isMark = from.hasAttribute('data-event-id');
    if ((isMark || from.hasAttribute('data-cluster')) && !inView(from)) return null;
    const to = plot.ownerDocument.createElementNS(SVG_NS, from.tagName);
    for (const attr of [...from.attributes]) to.setAttribute(attr.name, attr.value);
    strip(to);
    copyStyle(from, to, view);
    const name = from.getAttribute('aria-label');
    if (isMark && name) {
      const title = plot.ownerDocument.createElementNS(SVG_NS, 'title');
      title.textContent = name;
      to.append(title);
    }
    for (const node of [...from.childNodes]) {
      if (node.nodeType === Node.TEXT_NODE) to.append(node.textContent ?? '');
      else if (node instanceof view.Element) {
        const child = copy(node);
        if (child) to.append(child);
      }
    }
    return to;
  };

  const svg = copy(plot) as SVGSVGElement;
  for (const a of ['id', 'width', 'height', 'ref']) svg.removeAttribute(a);
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('overflow', 'hidden');
  return { svg, width, height };
}
