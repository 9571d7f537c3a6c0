/**
 * "Download": a disclosure menu (a button with aria-expanded and the list it shows, the WAI-ARIA
 * "disclosure" pattern rather than role="menu", so that Tab and screen readers behave as on any
 * list of buttons). It closes on Escape (focus back on the button), on a press or focus outside
 * it, and after a choice. Entries are data (downloadItems.ts): other exports append entries.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { DownloadItem } from './downloadItems';
import { useT } from '../i18n/useT';

/** Props of Downloads. */
export interface DownloadsProps {
  /** The entries, in order. */
  items: readonly DownloadItem[];
  /** Classes of the disclosure button. */
  className: string;
}

const ITEM = 'flex min-h-11 w-full items-center rounded px-3 text-start text-sm font-semibold text-fg hover:bg-grid focus-visible:bg-grid';

/** The Download button and its menu. */
export function Downloads({ items, className }: DownloadsProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // A layout effect: the listeners are live as soon as the menu shows (Preact runs plain effects a
  // frame later, and a press outside in that frame must still close it).
  useLayoutEffect(() => {
    if (!open) return;
    const outside = (e: Event) => {
      if (e.target instanceof Node && !box.current?.contains(e.target)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // The panel's own Escape handler (App) must not also close the event panel.
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    window.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [open]);

  const choose = async (item: DownloadItem) => {
    setOpen(false);
    button.current?.focus();
    try {
      setError('');
      await item.run();
    } catch (e) {
      setError(t('downloads.failed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <div ref={box} className="relative">
      <button ref={button} type="button" className={`${className} inline-flex items-center gap-1.5`} aria-expanded={open} aria-controls="downloads" onClick={() => setOpen((o) => !o)}>
        {t('downloads.button')}
        <svg aria-hidden="true" viewBox="0 0 20 20" className={`size-4 transition-transform ${open ? 'rotate-180' : ''}`} fill="none" stroke="currentColor" strokeWidth="2"><path d="M5 8l5 5 5-5" /></svg>
      </button>
      <ul id="downloads" hidden={!open} aria-label={t('downloads.menu')} className="mt-1 w-max min-w-56 max-w-[calc(100vw-1.5rem)] rounded-md border border-line bg-surface p-1 shadow-lg">
        {items.map((item) => (
          <li key={item.key}>
            <button type="button" data-download={item.key} className={ITEM} onClick={() => void choose(item)}>{item.label}</button>
          </li>
        ))}
      </ul>
      {error && <p role="alert" className="mt-1 text-sm text-accent">{error}</p>}
    </div>
  );
}
