/**
 * The build's page per event (`event/<id>.html`, scripts/prerender.ts): a page whose shared link
 * previews that event (its own title and card), which opens the app on it. The app offers these
 * links ("Copy link", the embed dialog) only when the build knew where the site is published
 * (SITE_URL; the prerender writes it to `<div id="root" data-site>`), and only for the built-in
 * dataset: a `?data=` dataset has no such pages.
 */

/** The folder the event pages are written to, relative to the site. */
export const EVENT_DIR = 'event';

/** Path of an event's page relative to the site folder: `event/<id>.html`. */
export function eventPagePath(id: string): string {
  return `${EVENT_DIR}/${encodeURIComponent(id)}.html`;
}

/** Path of an event's share card relative to the site folder: `event/<id>.png`. */
export function eventCardPath(id: string): string {
  return `${EVENT_DIR}/${encodeURIComponent(id)}.png`;
}

/** The story's share card, relative to the site folder. */
export const STORY_CARD_PATH = 'card.png';

/** The published site folder the build recorded on the page, or null (not set, or not an http(s) folder). */
export function publishedSite(doc: Document): string | null {
  const raw = doc.getElementById('root')?.dataset.site;
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The link to share for an event: its page on the published site when there is one (`site` given
 * and the page at `href` shows the built-in dataset), else this page with `#event=<id>`.
 * Pym's parameters are the caller's to drop.
 */
export function sharedEventLink(id: string, href: string, site: string | null): string {
  const page = new URL(href);
  if (site && !page.searchParams.has('data')) return new URL(eventPagePath(id), site).href;
  page.hash = `event=${encodeURIComponent(id)}`;
  return page.href;
}
