/**
 * The embed's content height, and a watcher that reports it when it changes. The height is taken
 * from the bottom of the content, not from the document: the app's frame has a viewport-tall
 * min-height, and inside an iframe the viewport IS the iframe, so the document's own height could
 * grow with the frame but never shrink back (a panel opened then closed would leave a gap).
 */

function inFlow(el: Element, view: Window): boolean {
  const s = view.getComputedStyle(el);
  return s.display !== 'none' && s.display !== 'contents' && s.position !== 'fixed' && s.position !== 'absolute';
}

function px(value: string): number {
  const n = parseFloat(value);
  return Number.isFinite(n) ? n : 0;
}

/**
 * The chain of boxes from <body> down through single in-flow children (body → #root → the app's
 * frame), ending at the first box whose in-flow children are the content proper.
 */
export function flowChain(doc: Document): Element[] {
  const view = doc.defaultView;
  const chain: Element[] = [doc.body];
  if (!view) return chain;
  for (let box: Element = doc.body; ;) {
    const kids = [...box.children].filter((k) => inFlow(k, view));
    if (kids.length !== 1 || !kids[0]) return chain;
    box = kids[0];
    chain.push(box);
  }
}

/** The height in CSS pixels (rounded up) from the top of the document to the end of its content. */
export function contentHeight(doc: Document): number {
  const view = doc.defaultView;
  if (!view) return 0;
  const chain = flowChain(doc);
  const box = chain[chain.length - 1] ?? doc.body;
  const kids = [...box.children].filter((k) => inFlow(k, view));
  let bottom = 0;
  if (kids.length === 0) bottom = box.getBoundingClientRect().bottom;
  for (const kid of kids) bottom = Math.max(bottom, kid.getBoundingClientRect().bottom + px(view.getComputedStyle(kid).marginBottom));
  // Bottom padding, border and margin of every box on the way back up to the document.
  for (const el of chain) {
    const s = view.getComputedStyle(el);
    if (el !== box || kids.length > 0) bottom += px(s.paddingBottom) + px(s.borderBottomWidth);
    bottom += px(s.marginBottom);
  }
  return Math.max(0, Math.ceil(bottom + view.scrollY));
}

/** A running height watcher. */
export interface HeightWatcher {
  /** Measures now (outside the frame loop, e.g. when the parent asks) and reports a change. */
  measureNow: () => void;
  stop: () => void;
}

/**
 * Calls `onHeight` with the content height at once, then whenever it changes: a box anywhere in the
 * chain or its children resizing (ResizeObserver) or being replaced (MutationObserver), measured
 * at most once per animation frame and reported only when the value differs from the last.
 */
export function watchHeight(doc: Document, onHeight: (px: number) => void): HeightWatcher {
  const view = doc.defaultView;
  if (!view) return { measureNow: () => {}, stop: () => {} };
  let last = -1;
  let frame = 0;
  let watched: Element[] = [];

  const schedule = () => {
    if (frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      measureNow();
    });
  };
  const resize = new view.ResizeObserver(schedule);
  const mutation = new view.MutationObserver(schedule);

  // Re-aim both observers when the set of boxes changes (the skeleton replaced by the app, say).
  const sync = () => {
    const chain = flowChain(doc);
    const box = chain[chain.length - 1];
    const next = [doc.documentElement, ...chain, ...(box ? [...box.children] : [])];
    if (next.length === watched.length && next.every((el, i) => el === watched[i])) return;
    watched = next;
    resize.disconnect();
    mutation.disconnect();
    for (const el of next) resize.observe(el);
    for (const el of chain) mutation.observe(el, { childList: true });
  };

  const measureNow = () => {
    sync();
    const height = contentHeight(doc);
    if (height === last) return;
    last = height;
    onHeight(height);
  };

  // Once at once: an offscreen cross-origin frame may get no animation frames until scrolled to.
  measureNow();
  view.addEventListener('load', measureNow);
  return {
    measureNow,
    stop: () => {
      if (frame) view.cancelAnimationFrame(frame);
      resize.disconnect();
      mutation.disconnect();
      view.removeEventListener('load', measureNow);
    },
  };
}
