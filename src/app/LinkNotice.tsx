/**
 * A polite, dismissable note when the page's link names something this timeline does not have
 * ("#event=does-not-exist", a misspelt person): the rest of the link still applies and the page
 * stays usable, but the reader is told why nothing is selected. The status region is always in the
 * DOM so that screen readers announce the note when it appears.
 */
import { useState } from 'react';
import { useT } from '../i18n/useT';
import type { MessageId } from '../i18n/i18n';

// What the link named, as parseHash words it: `event "x"`, `person "x"`, …
const NAMED = /^(event|person|topic|scale|lanes) "([^"]*)"$/;

/** Props of LinkNotice. */
export interface LinkNoticeProps {
  /** What the link named that the dataset lacks, as parseHash reports it ('event "x"'). */
  unknown: readonly string[];
  /** The interface's language (BCP 47), for the list. */
  language: string;
}

/** The note, or an empty status region. */
export function LinkNotice({ unknown, language }: LinkNoticeProps) {
  const t = useT();
  const key = unknown.join('\n');
  const [dismissed, setDismissed] = useState<string | null>(null);
  const show = unknown.length > 0 && dismissed !== key;
  // Only made when shown: constructing an Intl formatter is costly, and the notice is rare.
  const names = !show ? '' : new Intl.ListFormat(language, { type: 'conjunction' }).format(unknown.map((u) => {
    const m = NAMED.exec(u);
    return m ? t(`link.${m[1]}` as MessageId, { name: m[2]! }) : u;
  }));
  return (
    <div role="status" className="needs-js">
      {show && (
        <div data-link-notice="" className="mb-3 flex items-start justify-between gap-3 rounded-md border border-line bg-surface px-3 py-2 text-sm">
          <p className="py-2.5">
            {t('link.notice', { names, count: unknown.length })}
          </p>
          <button type="button" onClick={() => setDismissed(key)} className="grid size-11 shrink-0 place-items-center rounded-md text-muted hover:bg-grid hover:text-fg" aria-label={t('link.dismiss')}>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2"><path d="M5 5l10 10M15 5L5 15" /></svg>
          </button>
        </div>
      )}
    </div>
  );
}
