/**
 * The words around a downloaded image or share card: its title, the line under it, and the credit
 * line naming the reports. Pure, from the model; src/export/imageSvg.ts draws them.
 */
import type { Timeline } from '../dataset/model';
import type { Translate } from '../i18n/i18n';

/** The text drawn around the chart. */
export interface ImageText {
  /** The heading (the story's title, or an event's). */
  title: string;
  /** The line under it: the range in view, or the story's title under an event's. */
  subtitle: string;
  /** "Sources: publisher, “headline” · …", and the address when known. */
  credit: string;
}

/** The credit line: every report the timeline is built from, then the page's address (if given); `t` words "Sources". */
export function creditLine(timeline: Pick<Timeline, 'sources'>, t: Translate, address?: string): string {
  const sources = timeline.sources.map((s) => t('source.credit', { publisher: s.publisher, headline: s.headline })).join(' · ');
  const parts = [sources ? t('image.sources', { sources }) : '', address ?? ''].filter(Boolean);
  return parts.join(' — ');
}

export { fileStem } from '../download/saveFile';

/** The page's address as shared: no hash (selection), no pym parameters. */
export function shareAddress(href: string): string {
  const url = new URL(href);
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (['initialWidth', 'childId', 'parentTitle', 'parentUrl', 'embed'].includes(key)) url.searchParams.delete(key);
  }
  url.pathname = url.pathname.replace(/embed\.html$/, '');
  return url.href;
}
