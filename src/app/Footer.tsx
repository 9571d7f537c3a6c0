/**
 * The credit line: which reports the timeline is built from, and in an embed a link to the full
 * page (opened in a new tab, since the host page must not be navigated away).
 */
import { useSyncExternalStore } from 'react';
import type { Timeline } from '../dataset/model';
import { safeHttpUrl } from '../dataset/safeUrl';
import { withoutPymParams } from '../embed/pymChild';
import { useT } from '../i18n/useT';
import { rich } from '../i18n/rich';
import { Bdi } from '../i18n/StoryLang';

/** Props of Footer. */
export interface FooterProps {
  timeline: Timeline;
  embed: boolean;
}

/** The address of the full (non-embed) page for this one, keeping its options and hash. */
export function fullPageUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  url.pathname = url.pathname.replace(/embed\.html$/, '');
  return url.href;
}

const noSubscribe = () => () => {};

/** The full page's address, hydration-safe (the server renders the relative "./"). */
function useFullPageUrl(): string {
  return useSyncExternalStore(noSubscribe, () => fullPageUrl(withoutPymParams(location.href)), () => './');
}

/** The footer's element id. */
export const FOOTER_ID = 'page-footer';

/** The footer. */
export function Footer({ timeline, embed }: FooterProps) {
  const t = useT();
  const fullPage = useFullPageUrl();
  const sources = timeline.sources.map((s) => {
    const url = s.url ? safeHttpUrl(s.url) : null;
    const label = rich(t, 'source.credit', { publisher: <Bdi>{s.publisher}</Bdi>, headline: <Bdi>{s.headline}</Bdi> });
    return (
      <li key={s.id} className="inline after:content-['_·_'] last:after:content-none">
        {url ? <a href={url} rel="noopener noreferrer" target="_blank" className="underline underline-offset-2">{label}</a> : label}
      </li>
    );
  });
  // Nothing to credit and no page to link to: no footer rather than an empty "Sources:".
  if (sources.length === 0 && !embed) return null;
  return (
    <footer id={FOOTER_ID} className={`mx-auto max-w-[120rem] px-3 text-muted sm:px-5 ${embed ? 'pb-3 pt-2 text-xs' : 'mt-10 border-t border-line pb-10 pt-4 text-sm'}`}>
      <div>
        {sources.length > 0 && (
          <>
            <span className="font-semibold">{t('footer.sources')} </span>
            <ul className="inline">{sources}</ul>
          </>
        )}
        {embed && (
          <>
            {sources.length > 0 && ' · '}
            <a href={fullPage} target="_blank" rel="noopener" className="font-semibold underline underline-offset-2">
              {t('footer.fullTimeline')}<span className="sr-only"> {t('footer.newTab')}</span> ↗
            </a>
          </>
        )}
      </div>
    </footer>
  );
}
