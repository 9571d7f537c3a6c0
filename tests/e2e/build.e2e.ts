/**
 * What the build writes: prerendered pages that carry the whole story (every event title and
 * quote, escaped) and read with JavaScript off; the embed page's noindex and canonical link; the
 * oEmbed discovery link and a valid oEmbed "rich" response whose height holds the whole embed.
 * Needs `tsx scripts/oembed.ts` after the build (npm run test:e2e does it).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, hostedSite, open, rowEventIds } from './harness';
import { rowId } from '../../src/vertical/rowId';

interface Data { title: string; events: { id: string; title: string; quotes: { text: string }[] }[] }
const DATA = JSON.parse(readFileSync(resolve(DIST, 'timeline.json'), 'utf8')) as Data;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const env = hostedSite({
  '/frame730.html': (site) => `<!doctype html><title>Host</title><body style="margin:0"><iframe src="${site}embed.html" title="t" width="730" height="2000"></iframe>`,
});

describe('prerendered pages', () => {
  it('index.html carries every event title and every quote, and reads with JavaScript off', async () => {
    const { context, page } = await open(env.browser, { width: 1280, height: 900, javaScriptEnabled: false });
    await page.goto(env.site.url);
    const text = squash(await page.evaluate(() => document.body.textContent ?? ''));
    const missing = DATA.events.flatMap((e) => [e.title, ...e.quotes.map((q) => q.text)]).filter((s) => !text.includes(squash(s)));
    expect(missing).toEqual([]);

    expect(squash(await page.textContent('h1') ?? '')).toBe(squash(DATA.title));
    expect(await page.isVisible('h2#events')).toBe(true);
    const headings = await page.locator('section[aria-labelledby="events"] li h3').allTextContents();
    expect(headings.map(squash)).toEqual(DATA.events.map((e) => squash(e.title)));
    expect(await page.locator('section[aria-labelledby="events"] li').first().isVisible()).toBe(true);
    await context.close();
  });

  it('titles and quotes are escaped in the HTML, never markup', () => {
    const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
    for (const e of DATA.events) {
      for (const s of [e.title, ...e.quotes.map((q) => q.text)]) {
        if (/[<>&]/.test(s)) expect(html).not.toContain(s);
      }
    }
  });

  it('embed.html is noindex, points at the full page, and reads with JavaScript off', async () => {
    const { context, page } = await open(env.browser, { width: 375, height: 800, javaScriptEnabled: false });
    await page.goto(`${env.site.url}embed.html`);
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
    expect(await page.$eval('link[rel="canonical"]', (l) => (l as HTMLLinkElement).href)).toBe(env.site.url);
    expect(squash(await page.textContent('h1') ?? '')).toBe(squash(DATA.title));
    expect(await page.textContent('footer')).toContain('Sources');
    await context.close();
    const full = readFileSync(resolve(DIST, 'index.html'), 'utf8');
    expect(full).not.toMatch(/name="robots"/);
    expect(full).not.toMatch(/rel="canonical"/);
  });

  it('both pages announce the oEmbed response, and it is served', async () => {
    for (const file of ['index.html', 'embed.html']) {
      const html = readFileSync(resolve(DIST, file), 'utf8');
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)"/.exec(html);
      expect(link?.[1]).toBe('./oembed.json');
    }
    const response = await fetch(`${env.site.url}oembed.json`);
    expect(response.status).toBe(200);
  });
});

describe('oembed.json', () => {
  const oembed = JSON.parse(readFileSync(resolve(DIST, 'oembed.json'), 'utf8')) as Record<string, unknown>;

  it('is a valid oEmbed 1.0 rich response', () => {
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: DATA.title });
    expect(typeof oembed.provider_name).toBe('string');
    for (const key of ['width', 'height'] as const) {
      expect(Number.isInteger(oembed[key])).toBe(true);
      expect(oembed[key]).toBeGreaterThan(0);
    }
  });

  it('whose html is the iframe of embed.html: titled, lazy, full width, no style', async () => {
    const { context, page } = await open(env.browser);
    const attrs = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const frames = doc.querySelectorAll('iframe');
      return { count: frames.length, others: doc.body.children.length, attrs: Object.fromEntries([...(frames[0]?.attributes ?? [])].map((a) => [a.name, a.value])) };
    }, String(oembed.html));
    expect(attrs.count).toBe(1);
    expect(attrs.others).toBe(1);
    expect(attrs.attrs).toMatchObject({ title: DATA.title, loading: 'lazy', width: '100%', height: String(oembed.height) });
    // The plain iframe always draws the chart: its height is fixed (README, Embedding).
    expect(attrs.attrs.src).toBe(new URL('embed.html?layout=horizontal', String(oembed.provider_url)).href);
    expect(attrs.attrs).not.toHaveProperty('style');
    await context.close();
  });

  it('gives a height that holds the whole embed at 730 px, the plain iframe code\'s (dist/embed-size.json)', async () => {
    const size = JSON.parse(readFileSync(resolve(DIST, 'embed-size.json'), 'utf8')) as { height: number };
    expect(oembed.height).toBe(size.height);
    if (process.env.EMBED_HEIGHT) return; // set by hand: nothing to compare
    const { context, page } = await open(env.browser, { width: 800, height: 900 });
    await page.goto(`${env.host.url}frame730.html`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame?.waitForSelector('[data-event-id]', { state: 'attached' });
    const real = await frame?.evaluate(() => (document.querySelector('footer')?.getBoundingClientRect().bottom ?? 0) + scrollY);
    expect(real).toBeGreaterThan(0);
    expect(Number(oembed.height)).toBeGreaterThanOrEqual(real ?? Infinity);
    await context.close();
  });
});

describe('the first paint', () => {
  /** The page's render-blocking hints (scripts/prerender.ts): the element each waits for and its media; and the page's rows' events, in order. */
  const holds = (file: string) => {
    const html = readFileSync(resolve(DIST, file), 'utf8');
    const rows = rowEventIds(html);
    const found = [...html.matchAll(/<link rel="expect" href="#([^"]+)" blocking="render"(?: media="([^"]+)")?>/g)].map((m) => ({ id: m[1]!, media: m[2] }));
    return { rows, found };
  };

  it('is held on a phone only, until the rows of its first screen are parsed, not every row', () => {
    expect(DATA.events.length).toBeGreaterThan(16);
    for (const file of ['index.html', 'embed.html']) {
      const { rows, found } = holds(file);
      expect(rows.length, file).toBe(DATA.events.length);
      // Wider, the chart follows the rows in the page: the page paints as it is parsed.
      expect(found, file).toEqual([{ id: rowId(rows[15]!), media: '(max-width: 640px)' }]);
    }
  });

  it("on an event's page, is held on a phone until its event's row, where that is further down", () => {
    const { rows } = holds('index.html');
    const late = rows.slice(16);
    expect(late.length).toBeGreaterThan(0);
    for (const id of late) expect(holds(`event/${id}.html`).found, id).toEqual([{ id: rowId(id), media: '(max-width: 640px)' }]);
    expect(holds(`event/${rows[0]}.html`).found).toEqual([{ id: rowId(rows[15]!), media: '(max-width: 640px)' }]);
  });
});

describe("the app's scripts", () => {
  it('the entry module asks V8 to compile it eagerly (first line); lazy chunks do not', () => {
    const manifest = JSON.parse(readFileSync(resolve(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; isEntry?: boolean; isDynamicEntry?: boolean }>;
    const entry = manifest['index.html'];
    expect(entry?.isEntry).toBe(true);
    expect(readFileSync(resolve(DIST, entry!.file), 'utf8').split('\n', 1)[0]).toBe('//# allFunctionsCalledOnLoad');
    const lazy = Object.values(manifest).filter((c) => c.isDynamicEntry && c.file.endsWith('.js'));
    expect(lazy.length).toBeGreaterThan(0);
    for (const c of lazy) expect(readFileSync(resolve(DIST, c.file), 'utf8')).not.toContain('allFunctionsCalledOnLoad');
  });
});
