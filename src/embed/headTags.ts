/**
 * The <head> tags of the built pages (scripts/prerender.ts writes them) and, for
 * index.html?embed=1, of the embed at run time (startEmbed). Plain data, not markup: the caller
 * escapes the attribute values (prerender) or sets them through the DOM (startEmbed).
 */
import type { Timeline } from '../dataset/model';

/** One tag: a <link> or <meta> with its attributes. */
export interface HeadTag {
  tag: 'link' | 'meta';
  attrs: Record<string, string>;
}

/**
 * The embed's own tags: kept out of search results (the full page is the one to find) and pointing
 * search engines at the full page. `canonical` is relative to the embed page ("./" by default).
 */
export function embedHeadTags(canonical = './'): HeadTag[] {
  return [
    { tag: 'meta', attrs: { name: 'robots', content: 'noindex' } },
    { tag: 'link', attrs: { rel: 'canonical', href: canonical } },
  ];
}

/** The tags for the full page (`embed` false) or the embed page: oEmbed discovery on both. */
export function headTags(timeline: Timeline, embed: boolean): HeadTag[] {
  const oembed: HeadTag = {
    tag: 'link',
    attrs: { rel: 'alternate', type: 'application/json+oembed', href: './oembed.json', title: timeline.title },
  };
  return embed ? [oembed, ...embedHeadTags()] : [oembed];
}

