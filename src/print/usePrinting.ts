/**
 * Whether the page is being printed, for parts that exist only on paper (the print view) and
 * would otherwise keep every event in the DOM: 'prerender' on the server, so the prerendered HTML
 * carries them for readers without JavaScript; 'print' while the browser prints; false on screen
 * (also while hydrating that markup).
 *
 * A print starts with `beforeprint` (Ctrl+P, the browser menu) or the print media query matching
 * (emulated print, some PDF printers). The update is synchronous, so the print view is in the DOM
 * before the browser lays the page out for paper.
 */
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let printing = false;
const listeners = new Set<() => void>();
let media: MediaQueryList | null = null;

function notify(): void {
  // flushSync: the browser lays out the printout right after `beforeprint` returns.
  flushSync(() => { for (const l of listeners) l(); });
}

function onBefore(): void { printing = true; notify(); }
function onAfter(): void { printing = false; notify(); }

function subscribe(onChange: () => void): () => void {
  if (listeners.size === 0) {
    media = matchMedia('print');
    media.addEventListener('change', notify);
    addEventListener('beforeprint', onBefore);
    addEventListener('afterprint', onAfter);
  }
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
    if (listeners.size > 0) return;
    media?.removeEventListener('change', notify);
    removeEventListener('beforeprint', onBefore);
    removeEventListener('afterprint', onAfter);
  };
}

/** What usePrinting reports. */
export type PrintState = 'prerender' | 'print' | false;

const snapshot = (): PrintState => (printing || (media ?? matchMedia('print')).matches ? 'print' : false);
// The server's render is the prerender. Hydrating its markup is not: the browser, not printing,
// hydrates the print view as nothing (its markup goes), rather than draw the whole story again
// only to take it out in the next render (embed.html's first long task on a phone).
const serverSnapshot = (): PrintState => (typeof document === 'undefined' ? 'prerender' : snapshot());

/** 'print' while printing, 'prerender' on the server, false on screen in the browser. */
export function usePrinting(): PrintState {
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot);
}
