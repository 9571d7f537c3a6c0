import { describe, expect, it } from 'vitest';
import { SHARE_CARD_HEIGHT, SHARE_CARD_WIDTH, shareTags } from '../../src/embed/shareTags';
import { eventCardPath, eventPagePath, publishedSite, sharedEventLink } from '../../src/embed/eventPage';

const card = {
  type: 'article' as const, title: 'Pompeo and Lavrov hold talks in Sochi', description: 'Tuesday, May 14, 2019. Talks.',
  url: 'https://n.example/s/event/sochi-talks.html', image: 'https://n.example/s/event/sochi-talks.png', imageAlt: 'The talks on the timeline',
  siteName: 'The Example Times', language: 'en-GB',
};
const byKey = (tags: ReturnType<typeof shareTags>) => Object.fromEntries(tags.map((t) => [t.attrs.property ?? t.attrs.name, t.attrs.content]));

describe('shareTags', () => {
  it('gives the Open Graph tags a preview needs, with the image size', () => {
    expect(byKey(shareTags(card))).toMatchObject({
      'og:type': 'article', 'og:title': card.title, 'og:description': card.description, 'og:url': card.url,
      'og:site_name': 'The Example Times', 'og:locale': 'en_GB', 'og:image': card.image, 'og:image:alt': card.imageAlt,
      'og:image:width': String(SHARE_CARD_WIDTH), 'og:image:height': String(SHARE_CARD_HEIGHT), 'og:image:type': 'image/png',
    });
  });
  it('gives a large-image Twitter card', () => {
    expect(byKey(shareTags(card))).toMatchObject({ 'twitter:card': 'summary_large_image', 'twitter:title': card.title, 'twitter:image': card.image, 'twitter:image:alt': card.imageAlt });
  });
  it('leaves out what it is not given; og: as property, twitter: as name', () => {
    const tags = shareTags({ ...card, siteName: undefined, language: undefined });
    expect(byKey(tags)).not.toHaveProperty('og:site_name');
    expect(byKey(tags)).not.toHaveProperty('og:locale');
    for (const t of tags) expect(t.attrs.property?.startsWith('og:') || t.attrs.name?.startsWith('twitter:')).toBe(true);
  });
  it('is 1.91:1', () => {
    expect(SHARE_CARD_WIDTH / SHARE_CARD_HEIGHT).toBeCloseTo(1.9, 1);
  });
});

describe('event pages', () => {
  it('live in event/ beside their cards', () => {
    expect(eventPagePath('sochi-talks')).toBe('event/sochi-talks.html');
    expect(eventCardPath('sochi-talks')).toBe('event/sochi-talks.png');
  });
  it('are the link to share when the site is known and the page shows the built-in story', () => {
    expect(sharedEventLink('sochi-talks', 'https://n.example/s/?theme=dark#event=x', 'https://n.example/s/')).toBe('https://n.example/s/event/sochi-talks.html');
    expect(sharedEventLink('sochi-talks', 'http://127.0.0.1:4173/embed.html', 'https://n.example/s/')).toBe('https://n.example/s/event/sochi-talks.html');
  });
  it('fall back to this page with #event= without a site, or for another dataset', () => {
    expect(sharedEventLink('sochi-talks', 'https://n.example/s/?theme=dark', null)).toBe('https://n.example/s/?theme=dark#event=sochi-talks');
    expect(sharedEventLink('sochi-talks', 'https://n.example/s/?data=other.json', 'https://n.example/s/')).toBe('https://n.example/s/?data=other.json#event=sochi-talks');
  });
  it('read the published site from the page, only an http(s) one', () => {
    const doc = (site?: string) => ({ getElementById: () => ({ dataset: site === undefined ? {} : { site } }) }) as unknown as Document;
    expect(publishedSite(doc('https://n.example/s/'))).toBe('https://n.example/s/');
    expect(publishedSite(doc())).toBeNull();
    expect(publishedSite(doc('javascript:alert(1)'))).toBeNull();
    expect(publishedSite(doc('not a url'))).toBeNull();
  });
});
