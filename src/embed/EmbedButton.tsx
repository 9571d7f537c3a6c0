/**
 * The header's "Embed" button. The dialog (and its preview frames) exists only while open, so the
 * prerendered page carries just the button and hydrates without touching `location`.
 */
import { useCallback, useRef, useState } from 'react';
import type { Timeline } from '../dataset/model';
import { EmbedDialog } from './EmbedDialog';

/** Props of EmbedButton. */
export interface EmbedButtonProps {
  timeline: Timeline;
  /** Classes of the button, shared with the header's other actions. */
  className: string;
}

/** A button that opens the embed-code dialog; focus comes back to it when the dialog closes. */
export function EmbedButton({ timeline, className }: EmbedButtonProps) {
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
        Embed
      </button>
      {open && <EmbedDialog timeline={timeline} onClose={close} />}
    </>
  );
}
