/**
 * Print: a PDF printed by Chromium (page.pdf, the browser's own print path) carries the title,
 * the credits, every event (all 300 of a 300-event dataset, not the screen's first page of the
 * list) with its quotes, the selected event first, and no control's text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { appRunning, axe, DIST, launch, open, serve, type Served } from './harness';
import { syntheticDataset } from './timeline-synthetic';

interface Data { title: string; sources: { publisher: string }[]; events: { id: string; title: string; quotes: { text: string }[] }[] }
const DATA = JSON.parse(readFileSync(resolve(DIST, 'timeline.json'), 'utf8')) as Data;
const BIG = syntheticDataset(300);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

let browser: Browser;
let site: Served;

beforeAll(async () => {
  browser = await launch();
  const body = JSON.stringify(BIG);
  site = await serve({
    routes: {
      '/data/300.json': (_req: IncomingMessage, res: ServerResponse) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(body);
      },
    },
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The PDF's text, pages joined, white space squashed (PDF text breaks lines where it likes). */
async function printed(page: Page): Promise<{ text: string; pages: number }> {
  const pdf = await page.pdf({ format: 'A4' });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(doc, { mergePages: true });
  return { text: squash(text), pages: totalPages };
}

/** The text of every button the reader sees on screen. */
function buttonTexts(page: Page): Promise<string[]> {
  return page.$$eval('button', (bs) => [...new Set(bs.map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim()).filter((t) => t.length > 2))]);
}

describe('print', () => {
  it('a 300-event dataset prints all 300 events and no button', async () => {
    const { context, page, errors } = await open(browser, { width: 1280, height: 900 });
    await page.goto(`${site.url}?data=data/300.json`);
    // The app's own render (the prerendered story, another one, loses data-prerendered when replaced).
    await page.waitForSelector('#root:not([data-prerendered]) [data-event-id]', { state: 'attached' });
    const buttons = await buttonTexts(page);
    // The screen pages its list: the printout must not.
    expect(buttons.some((b) => /^Show \d+ more/.test(b))).toBe(true);
    const { text } = await printed(page);
    const missing = BIG.events.filter((e) => !text.includes(`${e.title} `) && !text.endsWith(e.title)).map((e) => e.title);
    expect(missing).toEqual([]);
    expect(text).toContain(squash(BIG.title));
    expect(text).toContain('Sources:');
    expect(buttons.filter((b) => text.includes(b))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a selected event prints first, with its quotes; every quote prints; no panel, no controls', async () => {
    const { context, page, errors } = await open(browser, { width: 1024, height: 800 });
    await page.goto(`${site.url}#event=sochi-talks`);
    await page.waitForSelector('[data-event-id="sochi-talks"][aria-pressed="true"]', { state: 'attached' });
    expect(await axe(page)).toEqual([]);
    const buttons = await buttonTexts(page);
    expect(buttons).toContain('Copy link to this event');
    const { text, pages } = await printed(page);

    // The title and the chart come before the list of events.
    const listAt = text.indexOf(`All ${DATA.events.length} events`);
    expect(text.indexOf(squash(DATA.title))).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(squash(DATA.title))).toBeLessThan(listAt);
    const list = text.slice(listAt);
    expect(list.indexOf('Pompeo and Lavrov hold talks in Sochi')).toBeLessThan(list.indexOf(DATA.events[0]!.title));
    for (const e of DATA.events) expect(list).toContain(squash(e.title));
    const quotes = DATA.events.flatMap((e) => e.quotes.map((q) => squash(q.text)));
    expect(quotes.filter((q) => !text.includes(q))).toEqual([]);
    for (const s of DATA.sources) expect(text).toContain(s.publisher);
    expect(buttons.filter((b) => text.includes(b))).toEqual([]);
    // Each event once in the story text, and the panel's copy of the selected one not at all.
    expect(text.split('Pompeo and Lavrov hold talks in Sochi').length - 1).toBeLessThanOrEqual(2);
    expect(pages).toBeLessThan(12);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript, the story page prints every event and every quote (its list), no controls', async () => {
    const { context, page } = await open(browser, { width: 1024, height: 800, javaScriptEnabled: false });
    await page.goto(site.url);
    // The story is in the page once for the screen: no hidden story text repeats it.
    expect(await page.locator('.story-text').count()).toBe(0);
    const { text } = await printed(page);
    for (const e of DATA.events) expect(text).toContain(squash(e.title));
    const quotes = DATA.events.flatMap((e) => e.quotes.map((q) => squash(q.text)));
    expect(quotes.filter((q) => !text.includes(q))).toEqual([]);
    expect(text).not.toContain('Zoom in');
    await context.close();
  });

  it('an event’s page (which carries only its own event in its HTML) prints every event, its own first', async () => {
    const event = DATA.events[DATA.events.length - 1]!;
    const { context, page, errors } = await open(browser, { width: 1280, height: 900 });
    await page.goto(`${site.url}event/${event.id}.html`);
    // The page is prerendered with its event selected; the app then takes it over.
    await appRunning(page);
    await page.waitForSelector(`[data-event-id="${event.id}"][aria-pressed="true"]`, { state: 'attached' });
    const { text } = await printed(page);
    const list = text.slice(text.indexOf(`All ${DATA.events.length} events`));
    for (const e of DATA.events) expect(list).toContain(squash(e.title));
    expect(list.indexOf(squash(event.title))).toBeLessThan(list.indexOf(squash(DATA.events[0]!.title)));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the chart is fitted to the page width', async () => {
    const { context, page } = await open(browser, { width: 1280, height: 800 });
    await page.goto(site.url);
    await page.waitForSelector('[data-event-id]', { state: 'attached' });
    const before = await page.$eval('section.timeline svg[role="group"]', (s) => s.getBoundingClientRect().width);
    // The print media with a narrower page: the plot keeps its drawing and is scaled by CSS.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 700, height: 800 });
    const after = () => page.evaluate(() => {
      const s = document.querySelector('section.timeline svg[role="group"]')!;
      return { right: s.getBoundingClientRect().right, viewBox: s.getAttribute('viewBox') };
    });
    expect(before).toBeGreaterThan(700);
    // The print view's styles and the app's re-layout arrive after the media change: wait for them.
    await expect.poll(async () => (await after()).right, { timeout: 10_000 }).toBeLessThanOrEqual(700);
    expect((await after()).viewBox).toMatch(/^0 0 \d+ \d+$/);
    await context.close();
  });
});
