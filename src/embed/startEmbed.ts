/**
 * Embed-mode wiring, run once by main.tsx before the app renders: the embed's <head> tags (for
 * index.html?embed=1, which was not prerendered as an embed) and, inside a frame, auto-height for
 * the host page — pym.js's child protocol and AMP's embed-size message.
 *
 * Nothing here may break the embed: sandboxed frames (opaque origin) throw on storage and
 * sometimes on history, hosts send arbitrary messages, and the parent may be gone. Every step is
 * guarded, and a failed step only loses its own feature.
 */
import type { PageOptions } from '../app/pageOptions';
import { embedHeadTags, type HeadTag } from './headTags';
import { watchHeight, type HeightWatcher } from './height';
import { ampSizeMessage, parsePixels, parsePymMessage, pymHeightMessage, readPymParams } from './pymChild';

/** Adds the tag, or updates the existing one of the same name/rel. DOM calls only: CSP-safe. */
function applyHeadTag(doc: Document, t: HeadTag): void {
  const key = t.tag === 'meta' ? 'name' : 'rel';
  const el = doc.head.querySelector(`${t.tag}[${key}="${CSS.escape(t.attrs[key] ?? '')}"]`) ?? doc.head.appendChild(doc.createElement(t.tag));
  for (const [name, value] of Object.entries(t.attrs)) el.setAttribute(name, value);
}

/** The full page for this embed: the same folder, with the same dataset when `?data=` names one. */
export function canonicalHref(options: PageOptions): string {
  return options.data ? `./?data=${encodeURIComponent(options.data.href)}` : './';
}

/** True when the page runs inside a frame (any origin: the check reads no cross-origin property). */
function isFramed(): boolean {
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
}

function post(message: string | object): void {
  try {
    window.parent.postMessage(message, '*');
  } catch {
    // The parent went away (the host removed the frame); nothing to size.
  }
}

/**
 * Starts embed mode. Returns the height watcher when framed (tests and hot reload can stop it),
 * else null. Height goes to `window.parent` only; the target origin is '*' because the host is
 * unknown and a height is not a secret.
 */
export function startEmbed(options: PageOptions): HeightWatcher | null {
  try {
    for (const t of embedHeadTags(canonicalHref(options))) applyHeadTag(document, t);
  } catch (error) {
    console.warn('Could not add the embed’s head tags:', error);
  }
  if (!isFramed()) return null;

  // parentTitle and parentUrl are ignored on purpose: the embed has no use for the host's address.
  const { childId } = readPymParams(location.search);
  const watcher = watchHeight(document, (height) => {
    post(ampSizeMessage(height));
    if (childId) post(pymHeightMessage(childId, height));
  });

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    // Only our parent, only pym's format, only addressed to us; anything else is dropped unread.
    if (!childId || event.source !== window.parent) return;
    const message = parsePymMessage(event.data, childId);
    // `width`: the host resized. The frame's own width follows by CSS; a new height may follow.
    if (message?.type === 'width' && parsePixels(message.payload) !== null) watcher.measureNow();
  });
  return watcher;
}
