/**
 * A polite, dismissable note when the page's link names something this timeline does not have
 * ("#event=does-not-exist", a misspelt person): the rest of the link still applies and the page
 * stays usable, but the reader is told why nothing is selected. The status region is always in the
 * DOM so that screen readers announce the note when it appears.
 */
import { useState } from 'react';

/** Props of LinkNotice. */
export interface LinkNoticeProps {
  /** What the link named that the dataset lacks, as parseHash reports it ('event "x"'). */
  unknown: readonly string[];
}

/** The note, or an empty status region. */
export function LinkNotice({ unknown }: LinkNoticeProps) {
  const key = unknown.join('\n');
  const [dismissed, setDismissed] = useState<string | null>(null);
  const show = unknown.length > 0 && dismissed !== key;
  // Only made when shown: constructing an Intl formatter is costly, and the notice is rare.
  const names = show && new Intl.ListFormat('en', { type: 'conjunction' }).format(unknown.map((u) => u.replace(/"([^"]*)"/, '“$1”')));
  return (
    <div role="status" className="needs-js">
      {show && (
        <div data-link-notice="" className="mb-3 flex items-start justify-between gap-3 rounded-md border border-line bg-surface px-3 py-2 text-sm">
          <p className="py-2.5">
            This link asks for {names}, which {unknown.length === 1 ? 'is' : 'are'} not in this timeline.
            {' '}Showing the timeline without {unknown.length === 1 ? 'it' : 'them'}.
          </p>
          <button type="button" onClick={() => setDismissed(key)} className="grid size-11 shrink-0 place-items-center rounded-md text-muted hover:bg-grid hover:text-fg" aria-label="Dismiss this note">
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2"><path d="M5 5l10 10M15 5L5 15" /></svg>
          </button>
        </div>
      )}
    </div>
  );
}
