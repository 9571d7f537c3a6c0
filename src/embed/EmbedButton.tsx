/**
 * The header's "Embed" button. The dialog (and its preview frames) exists only while open, so the
 * prerendered page carries just the button and hydrates without touching `location`; its code is
 * a separate chunk, loaded on the first click, since few readers ever open it.
 */
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import type { Timeline } from '../dataset/model';
import type { PageOptions } from '../app/pageOptions';
import { useT } from '../i18n/useT';

/** Shown instead of the dialog when its chunk cannot be fetched (offline, a deploy in between). */
function Unavailable() {
  const t = useT();
  return <span role="alert" className="self-center text-sm font-semibold text-accent">{t('header.embedUnavailable')}</span>;
}

// A failed chunk must not throw into the header (no error boundary there): it degrades to a message.
const EmbedDialog = lazy(() =>
  import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog }), () => ({ default: Unavailable })),
);

/** Props of EmbedButton. */
export interface EmbedButtonProps {
  timeline: Timeline;
  /** The page's options, for the dialog. */
  options: PageOptions;
  /** The selected event, for the dialog. */
  selectedId: string | null;
  /** Classes of the button, shared with the header's other actions. */
  className: string;
}

/** A button that opens the embed-code dialog; focus comes back to it when the dialog closes. */
export function EmbedButton({ timeline, options, selectedId, className }: EmbedButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    // Browsers restore focus after a modal dialog, but not when it is removed rather than closed.
    button.current?.focus();
  }, []);
  return (
    <>
      <button ref={button} type="button" className={className} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('header.embed')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog timeline={timeline} options={options} selectedId={selectedId} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
