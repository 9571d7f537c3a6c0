/**
 * The oEmbed 1.0 "rich" response for the built story (dist/oembed.json, written by
 * scripts/oembed.ts): CMSs that read oEmbed (WordPress, Ghost, Medium-style editors) paste the
 * page's address and get the iframe. Static, so it ignores `maxwidth`/`maxheight`; the iframe is
 * fluid (width 100%), `width` names a typical article column, and `height` holds the whole embed
 * in any column from 300 px up (src/embed/frameHeight.ts).
 */
import type { Timeline } from '../dataset/model';
import { iframeSnippet } from './snippet';

/** An oEmbed 1.0 rich response (https://oembed.com/ §2.3.4, §2.3.4.4). */
export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
}

/** The site address when SITE_URL is not set (the `vite preview` address). */
export const DEFAULT_SITE_URL = 'http://localhost:4173/';

/** The column width the oEmbed height is given for: a typical article body. */
export const OEMBED_WIDTH = 730;

/**
 * Reads SITE_URL: an absolute http(s) folder address, given a trailing slash. Returns the URL and
 * whether the default was used, or an error sentence for a bad value.
 */
export function siteUrlFrom(value: string | undefined): { url: string; defaulted: boolean } | { error: string } {
  if (value === undefined || value.trim() === '') return { url: DEFAULT_SITE_URL, defaulted: true };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { error: `SITE_URL=${JSON.stringify(value)} is not an absolute address; give e.g. https://example.org/timelines/story/` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: `SITE_URL must be http(s), not ${url.protocol}` };
  if (url.username || url.password) return { error: 'SITE_URL must not carry a user name or password' };
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { url: url.href, defaulted: false };
}

/** Options of the response. */
export interface OEmbedOptions {
  /** The site folder holding index.html and embed.html (see siteUrlFrom). */
  siteUrl: string;
  /** The iframe's height, px: the plain snippet's (src/embed/frameHeight.ts), which holds the embed at every width. */
  height: number;
  /** Who publishes the embed; the site's host name by default. */
  providerName?: string;
}

/** The oEmbed response for `timeline` hosted at `options.siteUrl`. */
export function oembedResponse(timeline: Timeline, options: OEmbedOptions): OEmbedRich {
  const site = new URL(options.siteUrl);
  const height = Math.round(options.height);
  return {
    version: '1.0',
    type: 'rich',
    title: timeline.title,
    provider_name: options.providerName?.trim() || site.hostname,
    provider_url: site.href,
    html: iframeSnippet({ src: new URL('embed.html', site).href, title: timeline.title, height }),
    width: OEMBED_WIDTH,
    height,
    // A day: the story is rebuilt when its reports change, not by the minute.
    cache_age: 86_400,
  };
}
