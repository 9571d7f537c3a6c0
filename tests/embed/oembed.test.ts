import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/dataset/parse';
import type { Timeline } from '../../src/dataset/model';
import { DEFAULT_SITE_URL, oembedResponse, siteUrlFrom } from '../../src/embed/oembed';
import { estimateFrameHeight, frameHeightFrom, FONT_MARGIN, parseEmbedSize } from '../../src/embed/frameHeight';
import { headTags } from '../../src/embed/headTags';

function fixture(title?: string): Timeline {
  const raw = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/minimal.json'), 'utf8')) as Record<string, unknown>;
  if (title !== undefined) raw.title = title;
  const parsed = parseDataset(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.timeline;
}

describe('siteUrlFrom', () => {
  it('defaults, and says so', () => {
    expect(siteUrlFrom(undefined)).toEqual({ url: DEFAULT_SITE_URL, defaulted: true });
    expect(siteUrlFrom('  ')).toEqual({ url: DEFAULT_SITE_URL, defaulted: true });
  });
  it('makes a folder address of what it is given', () => {
    expect(siteUrlFrom('https://news.example/graphics/story')).toEqual({ url: 'https://news.example/graphics/story/', defaulted: false });
    expect(siteUrlFrom('https://news.example/s/?x=1#y')).toEqual({ url: 'https://news.example/s/', defaulted: false });
  });
  it('refuses relative, non-http and credentialled addresses', () => {
    for (const bad of ['news.example/story', 'ftp://news.example/', 'javascript:alert(1)', 'https://u:p@news.example/']) {
      expect(siteUrlFrom(bad)).toHaveProperty('error');
    }
  });
});

describe('oembedResponse', () => {
  const title = 'Pompeo & Putin: "a <new> start"';
  const response = oembedResponse(fixture(title), { siteUrl: 'https://news.example/s/', height: 612.6 });
  it('is a valid oEmbed 1.0 rich response', () => {
    expect(response).toMatchObject({ version: '1.0', type: 'rich', title, provider_name: 'news.example', provider_url: 'https://news.example/s/', width: 730, height: 613 });
    for (const key of ['html', 'width', 'height'] as const) expect(response[key]).toBeTruthy();
    expect(JSON.parse(JSON.stringify(response))).toEqual(response);
  });
  it('embeds the iframe of embed.html, with an escaped title', () => {
    expect(response.html).toMatch(/^<iframe src="https:\/\/news\.example\/s\/embed\.html\?layout=horizontal" /);
    expect(response.html).toContain('title="Pompeo &amp; Putin: &quot;a &lt;new&gt; start&quot;"');
    expect(response.html).toContain('loading="lazy"');
    expect(response.html).toContain('width="100%"');
    expect(response.html).toContain('height="613"');
  });
  it('takes a provider name when given one', () => {
    expect(oembedResponse(fixture(), { siteUrl: 'https://news.example/', height: 500, providerName: ' The Example Times ' }).provider_name).toBe('The Example Times');
  });
});

describe('the plain iframe height', () => {
  it('is estimated the same for the same story, and grows with a longer title', () => {
    expect(estimateFrameHeight(fixture('Short'))).toBe(estimateFrameHeight(fixture('Short')));
    expect(estimateFrameHeight(fixture('x'.repeat(200)))).toBeGreaterThan(estimateFrameHeight(fixture('Short')));
  });
  it('is the tallest measured column plus room for wider fonts, within bounds', () => {
    expect(frameHeightFrom([578, 702.2])).toBe(Math.ceil(702.2 + FONT_MARGIN));
    expect(frameHeightFrom([])).toBe(150);
    expect(frameHeightFrom([1e6])).toBe(5000);
  });
  it('reads dist/embed-size.json, refusing other shapes', () => {
    expect(parseEmbedSize({ height: 742, measured: { 300: 702, 730: 610, x: 'no' } })).toEqual({ height: 742, measured: { 300: 702, 730: 610 } });
    for (const bad of [null, 3, { height: 'a', measured: {} }, { height: 12, measured: {} }, { height: 700.5, measured: {} }, { height: 700 }]) {
      expect(parseEmbedSize(bad)).toBeNull();
    }
  });
});

describe('headTags', () => {
  it('announces the oEmbed response on both pages; noindex and canonical only on the embed', () => {
    const t = fixture('A "quoted" <title>');
    const full = headTags(t, false);
    expect(full).toEqual([{ tag: 'link', attrs: { rel: 'alternate', type: 'application/json+oembed', href: './oembed.json', title: 'A "quoted" <title>' } }]);
    const embed = headTags(t, true);
    expect(embed).toContainEqual({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
    expect(embed).toContainEqual({ tag: 'link', attrs: { rel: 'canonical', href: './' } });
  });
});
