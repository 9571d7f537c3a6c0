/**
 * A link that the app handles itself on a plain click (a `#event=` link selects in place), while a
 * modified or middle click keeps the browser's own meaning (open in a new tab, and so on).
 */
import type { MouseEvent } from 'react';

/** An onClick handler that calls `action` for a plain left click only, instead of following the link. */
export function onPlainClick(action: () => void): (ev: MouseEvent<HTMLAnchorElement>) => void {
  return (ev) => {
    if (ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.button !== 0) return;
    ev.preventDefault();
    action();
  };
}
