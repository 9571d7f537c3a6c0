/**
 * "Copy link" for the selected event. Inside an embed the link points at the embed's own page
 * (never the host's, which it cannot and must not read); when the build knew the published address
 * (SITE_URL), at the event's own page (event/<id>.html), whose preview shows the event. Falls back to selecting the text when the
 * clipboard is refused, as it is in many sandboxed frames.
 */
import { useState } from 'react';
import { withoutPymParams } from '../embed/pymChild';
import { publishedSite, sharedEventLink } from '../embed/eventPage';
import { useT } from '../i18n/useT';

/** Props of CopyLink. */
export interface CopyLinkProps {
  eventId: string;
}

/** The link to an event on this page. */
export function eventLink(eventId: string, href: string): string {
  const url = new URL(href);
  url.hash = `event=${encodeURIComponent(eventId)}`;
  return url.href;
}

/** A button that copies the event's link, with a visible fallback field. */
export function CopyLink({ eventId }: CopyLinkProps) {
  const t = useT();
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  // With SITE_URL set at build time, the event's own page, whose shared link previews the event.
  const link = typeof location === 'undefined' ? `#event=${eventId}` : sharedEventLink(eventId, withoutPymParams(location.href), publishedSite(document));
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('copied');
    } catch {
      setStatus('manual');
    }
  };
  return (
    // The confirmation goes under the button, whole, where it does not fit beside it (a 320 px
    // phone read "Link" beside the button and "copied." under it).
    <div className="mt-5 flex flex-wrap items-center gap-x-3 gap-y-2 border-t border-line pt-4 text-sm">
      <button type="button" onClick={copy} className="min-h-11 rounded-md border border-line bg-surface px-3 font-semibold hover:bg-grid">
        {t('panel.copyLink')}
      </button>
      <span role="status" className="whitespace-nowrap text-muted">{status === 'copied' ? t('panel.linkCopied') : ''}</span>
      {status === 'manual' && (
        <label className="block basis-full">
          <span className="text-muted">{t('panel.copyThisLink')}</span>
          <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} className="mt-1 w-full rounded border border-line bg-bg px-2 py-1" />
        </label>
      )}
    </div>
  );
}
