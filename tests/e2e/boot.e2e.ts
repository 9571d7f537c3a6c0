/**
 * How a built page starts (public/boot.js): the prerendered story is on screen before the app's
 * script runs, and a tap made before the app runs is not lost. The app's script is held back by
 * the server until the test lets it go, so "before the app runs" is a state, not a race.
 * Run after a build (see timeline.e2e.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, DIST, launch, open, painted, rowEventIds, serve, settledScroll, type Served } from './harness';
import { rowId } from '../../src/vertical/rowId';

/** The app's entry module, as the built page names it. */
const ENTRY = /<script type="text\/plain" data-app-entry src="\.\/(assets\/[^"]+\.js)"><\/script>/.exec(readFileSync(resolve(DIST, 'index.html'), 'utf8'))?.[1];
/** The app's stylesheet, as the built page links it. */
const SHEET = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/.exec(readFileSync(resolve(DIST, 'index.html'), 'utf8'))?.[1];

let server: Served;
let browser: Browser;
/** Lets the held entry module go. */
let release: () => void = () => undefined;
let gate: Promise<void> = Promise.resolve();
/** Lets public/boot.js go, when a test holds it (bootGate). */
let releaseBoot: () => void = () => undefined;
let bootGate: Promise<void> = Promise.resolve();
/** Lets the stylesheet go, when a test holds it (sheetGate). */
let releaseSheet: () => void = () => undefined;
let sheetGate: Promise<void> = Promise.resolve();
/** Answers the stylesheet with a 404, when a test sets it. */
let sheetMissing = false;
/** /arriving.html: the story page sent up to the row `arriving.before` (its <li>), the rest once `arriving.release()` is called. */
const arriving = { before: '', release: () => undefined as void, rest: Promise.resolve() };

beforeAll(async () => {
  if (!ENTRY) throw new Error('dist/index.html has no <script type="text/plain" data-app-entry>');
  if (!SHEET) throw new Error('dist/index.html links no stylesheet');
  const body = readFileSync(resolve(DIST, ENTRY));
  const boot = readFileSync(resolve(DIST, 'boot.js'));
  const sheet = readFileSync(resolve(DIST, SHEET));
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
    [`/${SHEET}`]: (_req, res) => {
      void sheetGate.then(() => {
        res.writeHead(sheetMissing ? 404 : 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
        res.end(sheetMissing ? '' : sheet);
      });
    },
    '/boot.js': (_req, res) => {
      void bootGate.then(() => {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
        res.end(boot);
      });
    },
    '/arriving.html': (_req, res) => {
      const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
      const cut = html.lastIndexOf('<li', html.indexOf(` id="${arriving.before}"`));
      if (cut < 0) throw new Error(`index.html has no row ${arriving.before}`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.write(html.slice(0, cut));
      void arriving.rest.then(() => res.end(html.slice(cut)));
    },
    [`/${ENTRY}`]: (_req, res) => {
      void gate.then(() => {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
        res.end(body);
      });
    },
  };
  server = await serve({ routes });
  browser = await launch();
});

afterAll(async () => {
  release();
  releaseBoot();
  releaseSheet();
  await browser?.close();
  await server?.close();
});

/**
 * Opens `query` with the app's module held back; the page is parsed and painted, the app not
 * running. `init` runs in the page before any of its scripts.
 */
async function openHeld(width: number, query = '', touch = false, init?: () => void): Promise<{ page: Page; errors: string[] }> {
  gate = new Promise((ok) => { release = ok; });
  const { page, errors } = await open(browser, { width, height: 800, hasTouch: touch });
  if (init) await page.addInitScript(init);
  await page.goto(server.url + query, { waitUntil: 'domcontentloaded' });
  return { page, errors };
}

const running = (page: Page) => page.evaluate(() => document.documentElement.getAttribute('data-app'));

describe('before the app runs', () => {
  /**
   * The first frame a phone paints of the story page, which arrives in two parts: up to the row
   * `before`, then (once that part is parsed) the rest. Returns the rows that frame had and where
   * the row `watch` was in it (null if it was not there yet).
   */
  async function firstFrame(before: string, hash = '', watch = before): Promise<{ rows: number; filled: boolean; top: number | null; errors: string[] }> {
    arriving.before = before;
    arriving.rest = new Promise((ok) => { arriving.release = ok; });
    const { page, errors } = await open(browser, { width: 375, height: 800, hasTouch: true });
    await page.addInitScript(`requestAnimationFrame(() => {
      const rows = document.querySelectorAll('li[id^="v-event="]');
      const row = document.getElementById(${JSON.stringify(watch)});
      window.__firstFrame = { rows: rows.length, filled: rows.length > 0 && rows[rows.length - 1].getBoundingClientRect().bottom >= innerHeight, top: row ? Math.round(row.getBoundingClientRect().top) : null };
    })`);
    await page.goto(`${server.url}arriving.html${hash}`, { waitUntil: 'commit' });
    // The first part parsed (polled by timer: a frame may be what is held).
    await page.waitForFunction(() => document.querySelectorAll('li[id^="v-event="]').length > 0, undefined, { polling: 50 });
    arriving.release();
    await page.waitForFunction(() => '__firstFrame' in window, undefined, { polling: 50 });
    const first = await page.evaluate(() => (window as unknown as { __firstFrame: { rows: number; filled: boolean; top: number | null } }).__firstFrame);
    await page.context().close();
    return { ...first, errors };
  }
  const storyRows = rowEventIds(readFileSync(resolve(DIST, 'index.html'), 'utf8'));

  it('the first paint shows a phone\'s first screen whole: no frame is drawn before its rows are parsed (16 of them)', async () => {
    // The page arrives with its first row only, then the rest.
    const first = await firstFrame(rowId(storyRows[1]!));
    expect(first.rows).toBeGreaterThanOrEqual(16);
    // The rows parsed reach past the screen's bottom: nothing of the first screen is missing.
    expect(first.filled).toBe(true);
    expect(first.errors).toEqual([]);
  });

  it('on a phone, a link to an event further down than the first screen paints first with its row there', async () => {
    const late = storyRows.at(-2)!;
    expect(storyRows.indexOf(late)).toBeGreaterThanOrEqual(16);
    // The page arrives up to the row after the first screen's, then the rest.
    const first = await firstFrame(rowId(storyRows[16]!), `#event=${late}`, rowId(late));
    // In the window at the first frame, under the sticky bar.
    expect(first.top).toBeGreaterThan(0);
    expect(first.top).toBeLessThan(800);
    expect(first.errors).toEqual([]);
  });

  it('the story is on screen, and a tap on a mark opens its event once the app runs', async () => {
    const { page, errors } = await openHeld(1280);
    const mark = page.locator('section.timeline svg[role="group"] [data-event-id="sochi-talks"]');
    await mark.waitFor();
    // Painted, the app's module asked for (after the paint) and held by the server.
    await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0);
    expect(await running(page)).toBeNull();
    await mark.click();
    expect(await page.locator('#panel-title').count()).toBe(0);
    release();
    await page.locator('#panel-title').filter({ hasText: 'Sochi' }).waitFor();
    expect(await running(page)).toBe('running');
    expect(await page.evaluate(() => location.hash)).toContain('event=sochi-talks');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the prerendered chart shows the view the app opens on: the same range in view, and "Fit all" as it will be', async () => {
    const { page, errors } = await openHeld(1280);
    const output = page.locator('section.timeline output');
    const fitAll = page.locator('section.timeline').getByRole('button', { name: 'Fit all' });
    await page.locator('section.timeline svg[role="group"] [data-event-id]').first().waitFor();
    const before = { range: await output.textContent(), fitAll: await fitAll.getAttribute('aria-disabled') };
    expect(before.range).not.toBe('');
    release();
    await page.locator('html[data-app="running"]').waitFor({ state: 'attached' });
    // What the app draws once it has measured the plot, a frame or two after it runs.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect({ range: await output.textContent(), fitAll: await fitAll.getAttribute('aria-disabled') }).toEqual(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a phone, a tap on an event in the list (a link) shows it in its row at once, and the app opens it there once it runs, not twice', async () => {
    const { page, errors } = await openHeld(375, '', true);
    const row = page.locator('.vtimeline a[data-event-id="sochi-talks"]');
    await row.waitFor();
    await row.tap();
    expect(await page.evaluate(() => location.hash)).toBe('#event=sochi-talks');
    // At once, the event in its row, as prerendered: not nothing until the app runs.
    const summary = page.locator('#v-event\\=sochi-talks').getByText('On his first trip to Russia as secretary of state');
    expect(await summary.isVisible()).toBe(true);
    expect(await running(page)).toBeNull();
    expect(await axe(page)).toEqual([]);
    const entries = await page.evaluate(() => history.length);
    release();
    await page.locator('html[data-app="running"]').waitFor({ state: 'attached' });
    // Opened in place, once: a replayed tap on the row would close it again.
    await expect.poll(() => row.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => [location.hash, history.length])).toEqual(['#event=sochi-talks', entries]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('?layout= is the first paint: a phone asked for the chart paints the chart, and a tap on its mark is kept', async () => {
    const { page, errors } = await openHeld(375, '?layout=horizontal', true);
    const mark = page.locator('section.timeline svg[role="group"] [data-event-id="sochi-talks"]');
    await mark.waitFor();
    expect(await page.locator('.vtimeline').isVisible()).toBe(false);
    await mark.tap();
    release();
    await page.locator('#panel-title').filter({ hasText: 'Sochi' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('?layout=vertical on a wide screen paints the vertical timeline at once', async () => {
    const { page, errors } = await openHeld(1280, '?layout=vertical');
    await page.locator('.vtimeline a[data-event-id="sochi-talks"]').waitFor();
    expect(await page.locator('section.timeline svg[role="group"]').isVisible()).toBe(false);
    release();
    await page.locator('html[data-app="running"]').waitFor({ state: 'attached' });
    expect(await page.locator('.vtimeline a[data-event-id="sochi-talks"]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a list changed before the app runs keeps the reader\'s choice', async () => {
    const { page, errors } = await openHeld(1280);
    const scale = page.locator('section.timeline select').first();
    await scale.waitFor();
    await scale.selectOption('time');
    release();
    await page.locator('html[data-app="running"]').waitFor({ state: 'attached' });
    await page.waitForFunction(() => location.hash.includes('scale=time'));
    expect(await scale.inputValue()).toBe('time');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an event page paints with its event open, and a tap on "Who said what" made meanwhile wins', async () => {
    const { page, errors } = await openHeld(1280, 'event/sochi-talks.html');
    await page.locator('#panel-title').filter({ hasText: 'Sochi' }).waitFor();
    await page.getByRole('button', { name: 'Who said what' }).click();
    release();
    await page.locator('html[data-app="running"]').waitFor({ state: 'attached' });
    await page.locator('#who-title').waitFor();
    expect(await page.locator('#panel-title').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  /**
   * The row of the event a page opens on (sochi-talks, further down than the first screen), before
   * the app runs: the page brought down to it, its top under the sticky bar. Returns the row, its
   * top then, and how to read its top again.
   */
  async function placedRow(page: Page) {
    const row = page.locator('#v-event\\=sochi-talks');
    await row.waitFor();
    await page.waitForFunction(() => document.readyState !== 'loading');
    await painted(page);
    expect(await running(page)).toBeNull();
    const top = async () => Math.round((await row.boundingBox())!.y);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    // Near the top, under the sticky bar (or as near as the page's end lets it come).
    const before = await top();
    expect(before).toBeGreaterThan(40);
    expect(before).toBeLessThan(200);
    return { row, before, top };
  }

  it('on a phone, a link to an event shows its row at the top before the app runs, and the app opens it there', async () => {
    const { page, errors } = await openHeld(375, '#event=sochi-talks', true);
    const { before, top } = await placedRow(page);
    release();
    await page.locator('#v-event\\=sochi-talks #panel-title').waitFor();
    await painted(page);
    const bar = await page.evaluate(() => document.querySelector('.vtimeline .sticky')!.getBoundingClientRect().bottom);
    expect(Math.abs((await top()) - (bar + 8))).toBeLessThanOrEqual(2);
    expect(Math.abs((await top()) - before)).toBeLessThan(40);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a phone, an event\'s page shows the event in its row from the first paint, never in a sheet, and the app opens it there', async () => {
    // Every frame painted: whether the panel (a sheet over the page's top) showed in it.
    const { page, errors } = await openHeld(375, 'event/sochi-talks.html', true, () => {
      const w = window as unknown as { sheetFrames: number };
      w.sheetFrames = 0;
      const look = () => {
        const panel = document.querySelector('.page-panel');
        if (panel && panel.getClientRects().length > 0) w.sheetFrames++;
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    const { row, before, top } = await placedRow(page);
    // The event's summary, in its row.
    await expect.poll(() => row.getByText('On his first trip to Russia as secretary of state').isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);
    release();
    await page.locator('html[data-app="running"]').waitFor({ state: 'attached' });
    await row.locator('#panel-title').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-later]').length === 0);
    await painted(page);
    expect(Math.abs((await top()) - before)).toBeLessThan(40);
    expect(await page.evaluate(() => (window as unknown as { sheetFrames: number }).sheetFrames)).toBe(0);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on an event\'s page, a row tapped before the app runs is the one shown in its row, and the one the app opens', async () => {
    const { page, errors } = await openHeld(375, 'event/sochi-talks.html', true);
    const { row } = await placedRow(page);
    const summary = (at: typeof row) => at.locator('.vt-static > p').first();
    expect(await summary(row).isVisible()).toBe(true);
    const next = row.locator('xpath=following-sibling::li[contains(@class, "vt-row")][1]');
    const link = next.locator('a[data-event-id]');
    const id = await link.getAttribute('data-event-id');
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    // One event shown, the one tapped.
    expect(await summary(next).isVisible()).toBe(true);
    expect(await summary(row).isVisible()).toBe(false);
    release();
    await next.locator('#panel-title').waitFor();
    expect(await row.locator('#panel-title').count()).toBe(0);
    expect(await page.evaluate(() => location.hash)).toBe(`#event=${id}`);
    expect(await page.locator('[data-opening]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  /**
   * Opens `query` with the parts of the page set aside by the first hydration pass
   * (src/app/Later.tsx) held: they wait for their turns (nextTask, scheduler.yield) until
   * `letGo`, so "waiting" is a state, not a race. The first turn is the one main.tsx takes between
   * reading the dataset and hydrating. `letGo` lets them go and waits until every one runs.
   */
  async function openParted(width: number, touch: boolean): Promise<{ page: Page; errors: string[]; letGo: () => Promise<void> }> {
    const { page, errors } = await open(browser, { width, height: 800, hasTouch: touch });
    await page.addInitScript(() => {
      const s = (globalThis as unknown as { scheduler: { yield: () => Promise<void> } }).scheduler;
      const real = s.yield.bind(s);
      let calls = 0;
      const held = new Promise<void>((go) => { (window as unknown as { letGo: () => void }).letGo = go; });
      s.yield = () => (++calls === 1 ? real() : held.then(real));
    });
    await page.goto(server.url);
    await page.locator('html[data-app="running"]').waitFor({ state: 'attached' });
    const letGo = async () => {
      await page.evaluate(() => (window as unknown as { letGo: () => void }).letGo());
      await page.waitForFunction(() => document.querySelectorAll('[data-later]').length === 0);
    };
    return { page, errors, letGo };
  }

  it('on a phone, what is in view is hydrated first; a row below that waits its turn answers a tap as any row does', async () => {
    const { page, errors, letGo } = await openParted(375, true);
    const rows = await page.evaluate(() => [...document.querySelectorAll('.vtimeline li.vt-row')].map((li) => ({
      id: li.id, waits: li.hasAttribute('data-later'), inView: li.getBoundingClientRect().top < innerHeight,
    })));
    expect(rows.filter((r) => r.inView).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.inView && r.waits)).toEqual([]);
    expect(rows.filter((r) => !r.inView && !r.waits)).toEqual([]);
    expect(await page.locator('footer[data-later]').count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    // Reached for before its turn: hydrated as the finger lands, so the app opens it in place.
    const row = page.locator('#v-event\\=sochi-talks');
    expect(await row.getAttribute('data-later')).toBe('');
    await row.scrollIntoViewIfNeeded();
    await row.locator('a[data-event-id]').tap();
    await row.locator('#panel-title').waitFor();
    expect(await row.getAttribute('data-later')).toBeNull();
    expect(await row.locator('a[data-event-id]').getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#event=sochi-talks');
    // The rest in their turns.
    await letGo();
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the embed\'s story text, prerendered for readers without JavaScript, goes once the app runs, and printing brings every event back', async () => {
    const { page, errors } = await openHeld(375, 'embed.html');
    await page.locator('.story-text li').first().waitFor({ state: 'attached' });
    const events = await page.locator('.story-text li').count();
    expect(events).toBeGreaterThan(10);
    release();
    await page.locator('html[data-app="running"]').waitFor({ state: 'attached' });
    await page.waitForFunction(() => document.querySelectorAll('[data-later]').length === 0);
    expect(await page.locator('.story-text').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.story-text li').count()).toBe(events);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a wide screen, an entry of the list under the chart still waiting opens in the panel, where the reader is', async () => {
    const { page, errors, letGo } = await openParted(1280, false);
    const entry = page.locator('#event\\=new-start-expiry');
    expect(await entry.getAttribute('data-later')).toBe('');
    await entry.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => scrollY);
    await entry.locator('a').first().click();
    await page.locator('#panel-title').waitFor();
    // The app's own answer (the panel, no jump up to the chart), not the link's.
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    expect(await entry.getAttribute('data-later')).toBeNull();
    await letGo();
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a phone, an event page scrolled while the app loads stays where the reader is', async () => {
    const { page, errors } = await openHeld(375, 'event/sochi-talks.html', true);
    await page.locator('.vtimeline a[data-event-id="sochi-talks"]').waitFor();
    await page.evaluate(() => window.scrollTo(0, 900));
    release();
    await page.locator('html[data-app="running"]').waitFor({ state: 'attached' });
    await page.waitForFunction(() => location.hash === '#event=sochi-talks');
    expect(await settledScroll(page)).toBe(900);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('starts in a browser without paint timing too', async () => {
    gate = Promise.resolve();
    const { page, errors } = await open(browser, { width: 375, height: 800, hasTouch: true });
    await page.addInitScript(() => {
      Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', { get: () => ['mark', 'measure'] });
    });
    await page.goto(server.url);
    await page.locator('html[data-app="running"]').waitFor({ state: 'attached' });
    await page.locator('.vtimeline a[data-event-id="sochi-talks"]').tap();
    await expect.poll(() => page.locator('.vtimeline a[data-event-id="sochi-talks"]').getAttribute('aria-expanded')).toBe('true');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a tap elsewhere (no control) is not replayed as anything', async () => {
    const { page, errors } = await openHeld(1280);
    await page.locator('h1').first().click();
    release();
    await page.locator('html[data-app="running"]').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(await page.locator('#panel-title').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('app.html (?data=) asks for the app\'s module as it is parsed, before boot.js has arrived', async () => {
    gate = Promise.resolve();
    bootGate = new Promise((ok) => { releaseBoot = ok; });
    const { page, errors } = await open(browser, { width: 375, height: 800, hasTouch: true });
    const asked = page.waitForRequest((r) => r.url().endsWith(`/${ENTRY}`));
    void page.goto(`${server.url}app.html?data=timeline.json`, { waitUntil: 'commit' });
    // Only the page's own <link rel="modulepreload"> can ask for it while boot.js is held.
    await asked;
    releaseBoot();
    await page.locator('html[data-app="running"]').waitFor({ state: 'attached' });
    await page.locator('section.timeline [data-event-id="sochi-talks"], .vtimeline [data-event-id="sochi-talks"]').first().waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('app.html (?data=) starts the dataset\'s download and the Intl worker before its stylesheet arrives, and the app only after', async () => {
    gate = Promise.resolve();
    bootGate = Promise.resolve();
    sheetGate = new Promise((ok) => { releaseSheet = ok; });
    const { page, errors } = await open(browser, { width: 375, height: 800, hasTouch: true });
    const dataset = page.waitForRequest((r) => r.url().endsWith('/timeline.json'));
    const worker = new Promise<string>((ok) => page.on('worker', (w) => ok(w.url())));
    void page.goto(`${server.url}app.html?data=timeline.json`, { waitUntil: 'commit' });
    await dataset;
    const warmup = new URL(await worker);
    expect(warmup.pathname).toBe('/intl-warmup.js');
    // The page's language first (app.html is the story's: en-GB), then the reader's.
    expect(warmup.searchParams.getAll('lang')[0]).toBe('en-GB');
    // The module has arrived (its <link rel="modulepreload">) but the app does not run unstyled.
    await page.waitForFunction(() => document.readyState !== 'loading');
    expect(await page.evaluate(() => ({ running: document.documentElement.dataset.app ?? null, root: document.getElementById('root')?.childElementCount }))).toEqual({ running: null, root: 0 });
    releaseSheet();
    await page.locator('html[data-app="running"]').waitFor({ state: 'attached' });
    // Laid out styled from its first render: the page is not wider than the phone.
    await page.locator('.vtimeline [data-event-id="sochi-talks"]').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('app.html (?data=) still starts the app when its stylesheet cannot be had', async () => {
    gate = Promise.resolve();
    bootGate = Promise.resolve();
    sheetGate = Promise.resolve();
    sheetMissing = true;
    try {
      const { page } = await open(browser, { width: 375, height: 800, hasTouch: true });
      const sheetFailed = page.waitForResponse((r) => r.url().endsWith(`/${SHEET}`));
      await page.goto(`${server.url}app.html?data=timeline.json`, { waitUntil: 'commit' });
      expect((await sheetFailed).status()).toBe(404);
      // Unstyled, but the story is there to read rather than a loading screen for ever.
      await page.locator('html[data-app="running"]').waitFor({ state: 'attached' });
      await page.locator('[data-event-id="sochi-talks"]').first().waitFor({ state: 'attached' });
      await page.context().close();
    } finally {
      sheetMissing = false;
    }
  });
});
