/**
 * The chart tells the story at first glance (issue 9): the first view shows the story's moment
 * with its context, the story scales switch without losing the reader, and touch never traps the
 * page — checked with real touch events sent through the DevTools protocol, on the page and inside
 * an iframe. Run after a build (see timeline.e2e.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, launch, open, serve, type Served } from './harness';

let server: Served;
let host: Served;
let browser: Browser;

beforeAll(async () => {
  server = await serve();
  // A host page on another origin that frames the embed, as a newsroom article would.
  host = await serve({
    routes: {
      '/article.html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        const filler = '<p>Paragraph of the article.</p>'.repeat(40);
        res.end(`<!doctype html><html lang="en"><head><title>Article</title><meta name="viewport" content="width=device-width"></head><body>${filler}` +
          `<iframe title="Timeline" src="${server.url}embed.html" style="width:100%;height:900px;border:0"></iframe>${filler}</body></html>`);
      },
    },
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await host?.close();
});

const PLOT = 'section.timeline svg[role="group"]';

async function ready(p: Page): Promise<void> {
  await p.locator(`${PLOT} [data-event-id]`).first().waitFor({ state: 'attached' });
  await p.waitForLoadState('networkidle');
}

/** The visible title of a mark, '' when it has none. */
function label(p: Page, id: string): Promise<string> {
  return p.evaluate((eid) => document.querySelector(`[data-event-id="${eid}"] text`)?.textContent ?? '', id);
}

/** A one-finger swipe from (x, y) by (dx, dy), as real touch events through CDP. */
async function swipe(p: Page, x: number, y: number, dx: number, dy: number): Promise<void> {
  const cdp = await p.context().newCDPSession(p);
  const point = (px: number, py: number) => [{ x: px, y: py, radiusX: 4, radiusY: 4, force: 1, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(x, y) });
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(x + (dx * i) / steps, y + (dy * i) / steps) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Waits until the page's scroll position stops changing (momentum), and returns it. */
async function settledScroll(p: Page): Promise<number> {
  let last = -1;
  for (;;) {
    const y = await p.evaluate(() => new Promise<number>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(scrollY)))));
    if (y === last) return y;
    last = y;
  }
}

describe('the first view', () => {
  it('at 1280 px shows the context years and the Sochi days, labelled, with no quoted event in a cluster', async () => {
    const { page, context } = await open(browser, { width: 1280, height: 900 });
    await page.goto(server.url);
    await ready(page);
    expect(await label(page, 'sochi-talks')).toMatch(/^Pompeo/);
    expect(await label(page, 'putin-receives-pompeo')).toMatch(/^Putin/);
    expect(await label(page, 'iran-nuclear-deal')).toMatch(/^Iran/);
    expect(await label(page, 'helsinki-summit')).toMatch(/^Trump/);
    // Every quoted event in view is a mark of its own.
    const clustered = await page.evaluate(() => [...document.querySelectorAll('[data-cluster]')].length);
    expect(clustered).toBe(0);
    expect(await page.locator('section.timeline select').inputValue()).toBe('gaps');
    expect(await page.locator(`${PLOT} [data-break]`).count()).toBeGreaterThan(2);
    await context.close();
  });

  it('honours view= on the page and in the embed', async () => {
    for (const path of ['?view=2019-05-13,2019-05-15', 'embed.html?view=2019-05-13,2019-05-15', '?embed=1&view=2019-05-13,2019-05-15']) {
      const { page, context } = await open(browser, { width: 1000, height: 800 });
      await page.goto(server.url + path);
      await ready(page);
      expect(await page.locator('section.timeline output').textContent(), path).toMatch(/May/);
      expect(await page.locator('[data-event-id="iran-nuclear-deal"]').count(), path).toBe(0);
      expect(await page.locator('[data-event-id="sochi-talks"]').count(), path).toBe(1);
      await context.close();
    }
  });
});

describe('story scales', () => {
  for (const kind of ['time', 'gaps', 'sequential'] as const) {
    it(`switching to ${kind} keeps the selected event in view, and the scale is in the URL`, async () => {
      const { page, context } = await open(browser, { width: 1280, height: 900 });
      await page.goto(`${server.url}#event=sochi-talks`);
      await ready(page);
      await page.locator('section.timeline select').selectOption(kind === 'gaps' ? 'sequential' : 'gaps');
      await page.locator('section.timeline select').selectOption(kind);
      await page.waitForFunction((k) => location.hash.includes(`scale=${k}`), kind);
      const inView = await page.evaluate(() => {
        const svg = document.querySelector('section.timeline svg[role="group"]')!.getBoundingClientRect();
        const cx = [...document.querySelectorAll('[data-cluster], [data-event-id="sochi-talks"]')].map((n) => n.getBoundingClientRect());
        return cx.some((r) => r.right > svg.left && r.left < svg.right);
      });
      expect(inView).toBe(true);
      expect(await axe(page)).toEqual([]);
      await context.close();
    });
  }
});

describe('touch never traps the page', () => {
  it('a vertical swipe that starts on the chart scrolls the page; a horizontal one pans', async () => {
    const { page, context } = await open(browser, { width: 375, height: 740, hasTouch: true });
    await page.goto(server.url);
    await ready(page);
    await page.evaluate(() => scrollTo(0, 300));
    const box = (await page.locator(PLOT).boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    const before = await settledScroll(page);
    await swipe(page, box.x + box.width / 2, box.y + box.height / 2, 0, -160);
    expect(await settledScroll(page)).toBeGreaterThan(before + 60);

    const rangeBefore = await page.locator('section.timeline output').textContent();
    const b2 = (await page.locator(PLOT).boundingBox())!;
    const y0 = await settledScroll(page);
    await swipe(page, b2.x + b2.width * 0.7, b2.y + b2.height / 2, -180, 0);
    await expect.poll(() => page.locator('section.timeline output').textContent()).not.toBe(rangeBefore);
    expect(await settledScroll(page)).toBe(y0);
    await context.close();
  });

  it('inside an iframe, a vertical swipe on the chart scrolls the host page', async () => {
    const { page, context } = await open(browser, { width: 375, height: 740, hasTouch: true });
    await page.goto(`${host.url}article.html`);
    const frame = page.frameLocator('iframe');
    await frame.locator(`${PLOT} [data-event-id]`).first().waitFor({ state: 'attached' });
    await page.locator('iframe').scrollIntoViewIfNeeded();
    const svg = (await frame.locator(PLOT).boundingBox())!;
    const before = await settledScroll(page);
    await swipe(page, svg.x + svg.width / 2, Math.max(svg.y + 20, Math.min(svg.y + svg.height / 2, 700)), 0, -160);
    expect(await settledScroll(page)).toBeGreaterThan(before + 60);
    await context.close();
  });
});
