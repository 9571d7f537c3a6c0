/**
 * Shared links: every page carries Open Graph / Twitter card tags whose image exists in dist/
 * (a 1200×630 PNG); every event has a prerendered page (event/<id>.html) with its title, date,
 * summary and quotes, its own card and canonical link, which opens the app on that event under the
 * strict CSP; and with SITE_URL set, "Copy link" and the embed dialog offer those pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appRunning, axe, DIST, launch, open, serve, STRICT_CSP, type Served } from './harness';

interface Data { title: string; events: { id: string; title: string; summary: string; quotes: { text: string }[] }[] }
const DATA = JSON.parse(readFileSync(resolve(DIST, 'timeline.json'), 'utf8')) as Data;
const OEMBED = JSON.parse(readFileSync(resolve(DIST, 'oembed.json'), 'utf8')) as { provider_url: string };
const SITE = 'https://news.example/sochi/';

const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');
/** HTML text with its character references decoded, markup kept (enough to find text in it). */
const decode = (s: string) => unescape(s.replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d))));

/** The content of the first <meta> with that property or name. */
function meta(html: string, key: string): string | null {
  const m = new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return m?.[1] ? unescape(m[1]) : null;
}

/** The file in dist/ an absolute URL on the built site names. */
function distFile(url: string): string {
  const path = new URL(url).pathname.slice(new URL(OEMBED.provider_url).pathname.length);
  return resolve(DIST, path);
}

function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

let browser: Browser;
let site: Served;
let published: Served;

/** index.html as built with SITE_URL set: the prerender records it on the root. */
function withSite(file: string) {
  return (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(readFileSync(resolve(DIST, file), 'utf8').replace('<div id="root" ', `<div id="root" data-site="${SITE}" `));
  };
}

beforeAll(async () => {
  browser = await launch();
  site = await serve({ headers: () => ({ 'content-security-policy': STRICT_CSP }) });
  published = await serve({ routes: { '/': withSite('index.html'), '/index.html': withSite('index.html') } });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await published?.close();
});

describe('share cards', () => {
  it('both pages carry og: and twitter: tags, and their image is a 1200×630 PNG in dist/', () => {
    for (const file of ['index.html', 'embed.html']) {
      const html = readFileSync(resolve(DIST, file), 'utf8');
      expect(meta(html, 'og:title')).toBe(DATA.title);
      expect(meta(html, 'og:type')).toBe('website');
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      expect(meta(html, 'og:image:alt')).toBeTruthy();
      const image = meta(html, 'og:image')!;
      expect(meta(html, 'twitter:image')).toBe(image);
      expect(existsSync(distFile(image))).toBe(true);
      expect(pngSize(distFile(image))).toEqual({ width: 1200, height: 630 });
    }
  });
});

describe('a page per event', () => {
  it('every event/<id>.html has its title, summary and quotes, its own card and canonical link', () => {
    for (const e of DATA.events) {
      const file = resolve(DIST, 'event', `${e.id}.html`);
      expect(existsSync(file)).toBe(true);
      const html = readFileSync(file, 'utf8');
      expect(unescape(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')).toContain(e.title);
      expect(meta(html, 'og:title')).toBe(e.title);
      expect(meta(html, 'og:description')).toContain(e.summary);
      const text = decode(html);
      for (const s of [e.summary, ...e.quotes.map((q) => q.text)]) expect(text.includes(s), `${e.id}: ${s}`).toBe(true);
      const image = meta(html, 'og:image')!;
      expect(image).toMatch(new RegExp(`/event/${e.id}\\.png$`));
      expect(existsSync(distFile(image))).toBe(true);
      expect(pngSize(distFile(image))).toEqual({ width: 1200, height: 630 });
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(canonical).toBe(meta(html, 'og:url'));
      expect(canonical).toMatch(new RegExp(`/event/${e.id}\\.html$`));
    }
  });

  it('opens the app on its event, under the strict CSP, without errors', async () => {
    const event = DATA.events.find((e) => e.quotes.length > 0)!;
    const { context, page, errors } = await open(browser, { width: 1280, height: 900 });
    await page.goto(`${site.url}event/${event.id}.html`);
    // The page is prerendered with its event selected; the app then takes it over.
    await appRunning(page);
    await page.waitForSelector(`[data-event-id="${event.id}"][aria-pressed="true"]`, { state: 'attached' });
    expect(new URL(page.url()).hash).toBe(`#event=${event.id}`);
    expect(await page.locator('aside').getByRole('heading', { name: event.title }).isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads without JavaScript: the event is in the list, and first in the print view', async () => {
    const event = DATA.events[DATA.events.length - 1]!;
    const { context, page } = await open(browser, { width: 375, height: 900, javaScriptEnabled: false });
    await page.goto(`${site.url}event/${event.id}.html`);
    expect(await page.title()).toContain(event.title);
    expect(await page.$eval('.story-text li', (li) => (li as HTMLElement).dataset.event)).toBe(event.id);
    // On a phone the vertical timeline's row stands for it (the chart's list is for wider screens).
    expect(await page.locator(`[id="v-event=${event.id}"]`).isVisible()).toBe(true);
    await context.close();
  });
});

describe('with SITE_URL set', () => {
  it('"Copy link" and the embed dialog give the event’s page', async () => {
    const { context, page } = await open(browser, { width: 1280, height: 900 });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: published.url });
    await page.goto(`${published.url}#event=sochi-talks`);
    await appRunning(page);
    await page.waitForSelector('[data-event-id="sochi-talks"][aria-pressed="true"]', { state: 'attached' });
    await page.getByRole('button', { name: 'Copy link to this event' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}event/sochi-talks.html`);

    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await page.waitForSelector('dialog[open]');
    expect(await page.inputValue('#embed-event-link')).toBe(`${SITE}event/sochi-talks.html`);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('at 320 px the copy confirmation reads whole, on one line', async () => {
    // Seen at 320 px: "Link" beside the button and "copied." on the next line.
    const { context, page, errors } = await open(browser, { width: 320, height: 800, hasTouch: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await page.goto(`${site.url}#event=sochi-talks`);
    await appRunning(page);
    const button = page.getByRole('button', { name: 'Copy link to this event' }).locator('visible=true');
    await button.click();
    const status = page.getByRole('status').filter({ hasText: 'Link copied.' });
    await status.waitFor();
    const lines = await status.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBe(1);
    const [b, s] = [(await button.boundingBox())!, (await status.boundingBox())!];
    expect(s.x + s.width).toBeLessThanOrEqual(320);
    expect(s.y >= b.y + b.height - 1 || s.x >= b.x + b.width).toBe(true);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without it, the links stay on this page', async () => {
    const { context, page } = await open(browser, { width: 1280, height: 900 });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await page.goto(`${site.url}#event=sochi-talks`);
    await appRunning(page);
    await page.waitForSelector('[data-event-id="sochi-talks"][aria-pressed="true"]', { state: 'attached' });
    await page.getByRole('button', { name: 'Copy link to this event' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}#event=sochi-talks`);
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await page.waitForSelector('dialog[open]');
    expect(await page.locator('#embed-event-link').count()).toBe(0);
    await context.close();
  });
});
