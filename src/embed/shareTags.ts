/**
 * The Open Graph and Twitter card tags of the built pages (scripts/prerender.ts writes them):
 * what a link preview shows when a page is shared. Plain data, escaped by the caller. Every URL is
 * absolute, as the Open Graph protocol requires (https://ogp.me/#metadata).
 */
import type { HeadTag } from './headTags';

/** What a shared link previews. */
export interface ShareCard {
  /** The page's title. */
  title: string;
  /** One or two sentences. */
  description: string;
  /** Absolute URL of the page (its canonical address). */
  url: string;
  /** Absolute URL of the card image (PNG, SHARE_CARD_WIDTH × SHARE_CARD_HEIGHT). */
  image: string;
  /** What the image shows, for readers who cannot see it. */
  imageAlt: string;
  /** The site's name (og:site_name); left out when empty. */
  siteName?: string;
  /** BCP 47 language of the page, e.g. "en". */
  language?: string;
  /** "website" for the story, "article" for an event's page. */
  type: 'website' | 'article';
}

/** The card image's size, px: the 1.91:1 that Facebook, LinkedIn and X all crop least. */
export const SHARE_CARD_WIDTH = 1200;
export const SHARE_CARD_HEIGHT = 630;

/** og:locale wants "en_GB"-style tags: a BCP 47 tag's language and region. */
function ogLocale(language: string): string | null {
  const m = /^([a-z]{2,3})(?:-([A-Z]{2}))?/i.exec(language);
  if (!m?.[1]) return null;
  return m[2] ? `${m[1].toLowerCase()}_${m[2].toUpperCase()}` : m[1].toLowerCase();
}

/** The og:* and twitter:* tags for `card`. */
export function shareTags(card: ShareCard): HeadTag[] {
  const og = (property: string, content: string): HeadTag => ({ tag: 'meta', attrs: { property, content } });
  const tw = (name: string, content: string): HeadTag => ({ tag: 'meta', attrs: { name, content } });
  const locale = card.language ? ogLocale(card.language) : null;
  return [
    og('og:type', card.type),
    og('og:title', card.title),
    og('og:description', card.description),
    og('og:url', card.url),
    ...(card.siteName ? [og('og:site_name', card.siteName)] : []),
    ...(locale ? [og('og:locale', locale)] : []),
    og('og:image', card.image),
    og('og:image:type', 'image/png'),
    og('og:image:width', String(SHARE_CARD_WIDTH)),
    og('og:image:height', String(SHARE_CARD_HEIGHT)),
    og('og:image:alt', card.imageAlt),
    tw('twitter:card', 'summary_large_image'),
    tw('twitter:title', card.title),
    tw('twitter:description', card.description),
    tw('twitter:image', card.image),
    tw('twitter:image:alt', card.imageAlt),
  ];
}
