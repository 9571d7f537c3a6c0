/**
 * Bring your own data (issue 6): `?data=` loads another dataset; hostile text stays text; every
 * kind of broken file gets an alert naming the problem; 100,000 events keep the DOM bounded.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { appRunning, axe, launch, open, serve, type Served } from './harness';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium';
import { syntheticDataset } from '../../scripts/bench/synthetic';
import type { RawDataset } from '../../src/dataset/raw';
import { SHELL_PAGE } from '../../src/app/pageOptions';

const minimal = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/minimal.json'), 'utf8')) as RawDataset;
const clone = (): RawDataset => structuredClone(minimal);

const PAYLOAD = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>"'&<b>bold</b>`;

/** The minimal dataset with an HTML/script payload in every text field it can hold while valid. */
function hostile(): RawDataset {
  const d = clone();
  d.title = `Title ${PAYLOAD}`;
  d.description = `Description ${PAYLOAD}`;
  for (const s of d.sources) { s.publisher = `Pub ${PAYLOAD}`; s.headline = `Head ${PAYLOAD}`; }
  for (const p of d.people) { p.name = `Name ${PAYLOAD}`; p.role = `Role ${PAYLOAD}`; }
  for (const t of d.topics) t.label = `Topic ${PAYLOAD}`;
  for (const e of d.events) { e.title = `Event ${PAYLOAD}`; e.summary = `Summary ${PAYLOAD}`; e.place = `Place ${PAYLOAD}`; }
  // A quote's text must match its source at its offsets: put the payload into the source text too.
  const src = d.sources[0]!;
  const quote = d.events.flatMap((e) => e.quotes).find((q) => q.source === src.id)!;
  src.text = `${src.text}\n\n${PAYLOAD}`;
  quote.start = src.text.length - PAYLOAD.length;
  quote.end = src.text.length;
  quote.text = PAYLOAD;
  return d;
}

const BROKEN: Record<string, { body: string; status?: number; expect: RegExp }> = {
  'not-json': { body: '{\n  "version": 1,\n  "id": oops\n}', expect: /line 3, column 9/i },
  'missing-fields': { body: JSON.stringify({ version: 1, id: 'x', language: 'en', sources: [], people: [], topics: [], events: [{ id: 'a' }] }), expect: /title/ },
  'impossible-date': { body: JSON.stringify({ ...clone(), events: clone().events.map((e, i) => (i === 0 ? { ...e, start: '2019-13-45' } : e)) }), expect: /is not a calendar date/ },
  'bad-offsets': { body: JSON.stringify({ ...clone(), events: clone().events.map((e) => ({ ...e, quotes: e.quotes.map((q) => ({ ...q, start: q.start + 1 })) })) }), expect: /quotes\[0\]/ },
  'unknown-speaker': { body: JSON.stringify({ ...clone(), events: clone().events.map((e) => ({ ...e, quotes: e.quotes.map((q) => ({ ...q, speaker: 'nobody' })) })) }), expect: /nobody/ },
  'duplicate-id': { body: JSON.stringify({ ...clone(), events: [...clone().events, clone().events[0]] }), expect: /duplicate id/i },
  'unknown-version': { body: JSON.stringify({ ...clone(), version: 2 }), expect: /version 2 is not supported/ },
  'javascript-url': { body: JSON.stringify({ ...clone(), sources: clone().sources.map((s) => ({ ...s, url: ' JaVaScRiPt:alert(1)' })) }), expect: /url/ },
  'missing-file': { body: 'not found', status: 404, expect: /HTTP 404/ },
  // One problem that says what the file is and how to convert it, not two dozen missing fields.
  'timelinejs': { body: readFileSync(resolve(import.meta.dirname, '../fixtures/edges/bce-timelinejs.json'), 'utf8'), expect: /^(?![\s\S]*more problem)[\s\S]*TimelineJS file[\s\S]*npm run import/ },
};

let server: Served;
let browser: Browser;

beforeAll(async () => {
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {};
  const json = (body: string, status = 200) => (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body);
  };
  routes['/data/hostile.json'] = json(JSON.stringify(hostile()));
  for (const [name, b] of Object.entries(BROKEN)) routes[`/data/${name}.json`] = json(b.body, b.status);
  const big = JSON.stringify(syntheticDataset(100_000));
  routes['/data/100000.json'] = json(big);
  routes['/data/1000.json'] = json(JSON.stringify(syntheticDataset(1000)));
  // Never answered: the loading screen stays up (the server closes the connection at the end).
  routes['/data/held.json'] = () => undefined;
  server = await serve({ routes });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`${SHELL_PAGE}, the page for ?data=`, () => {
  it('carries no story of its own: on a phone it shows its loading screen, then the dataset asked for', async () => {
    const { page, context, errors } = await open(browser, { width: 375, height: 760, hasTouch: true });
    const shown: string[] = [];
    await page.exposeBinding('__shown', (_source, what: string) => { shown.push(what); });
    // Before any script: what the page showed first, the loading screen or marks.
    await page.addInitScript(() => {
      const note = (window as unknown as { __shown: (w: string) => void }).__shown;
      const seen = new Set<string>();
      new MutationObserver(() => {
        for (const [what, selector] of [['loading', '#page-loading'], ['marks', '[data-event-id]']] as const) {
          if (!seen.has(what) && document.querySelector(selector)) { seen.add(what); note(what); }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const response = await page.goto(`${server.url}${SHELL_PAGE}?data=/data/1000.json`);
    const html = (await response?.text()) ?? '';
    expect(html).not.toContain('data-event-id');
    expect(html).not.toContain(minimal.title);
    await appRunning(page);
    await page.locator('.vtimeline [data-event-id^="syn-"]').first().waitFor();
    expect(shown).toEqual(['loading', 'marks']);
    expect(await page.locator('#page-loading').count()).toBe(0);
    expect(await page.title()).toBe(syntheticDataset(1000).title);
    expect(await page.locator('[data-event-id]:not([data-event-id^="syn-"])').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
    await context.close();
  });

  it('while the server has not answered, its loading screen says whom it waits for, and holds still where the reader asked for less motion (pulses otherwise)', async () => {
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const { page, context } = await open(browser, { width: 375, height: 760, hasTouch: true, reducedMotion });
      await page.goto(`${server.url}${SHELL_PAGE}?data=/data/held.json`, { waitUntil: 'commit' });
      await page.locator('#page-loading .animate-pulse').first().waitFor();
      await expect.poll(() => page.locator('#load-phase').innerText()).toBe(`Waiting for ${new URL(server.url).host}…`);
      // Nothing has arrived: no count of it.
      expect(await page.getByText(/received/).count()).toBe(0);
      // Two frames on, whatever animates at all is running.
      const running = await page.evaluate(() => new Promise<number>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => {
        ok(document.getAnimations().filter((a) => a.playState === 'running').length);
      }))));
      if (reducedMotion === 'reduce') {
        expect(running).toBe(0);
        expect(await axe(page)).toEqual([]);
      } else expect(running).toBeGreaterThan(0);
      await context.close();
    }
  });

  it('speaks the language the page asks for (lang=) while it loads and when it fails, right to left where that is', async () => {
    const host = new URL(server.url).host;
    const asked = { fr: { heading: 'Chargement de la chronologie…', status: `En attente de ${host}…`, dir: 'ltr' }, ar: { heading: 'جارٍ تحميل الخط الزمني…', status: `في انتظار ردّ ${host}…`, dir: 'rtl' } };
    for (const [lang, words] of Object.entries(asked)) {
      const { page, context } = await open(browser, { width: 375, height: 760, hasTouch: true });
      await page.goto(`${server.url}${SHELL_PAGE}?data=/data/held.json&lang=${lang}`, { waitUntil: 'commit' });
      const screen = page.locator('#page-loading');
      // The host is isolated in the sentence (bidi marks around it): compared without them.
      await expect.poll(async () => (await screen.locator('#load-phase').innerText()).replace(/[\u2066-\u2069]/g, '')).toBe(words.status);
      expect(await screen.getByRole('heading').innerText()).toBe(words.heading);
      expect(await screen.evaluate((el) => [el.getAttribute('lang'), getComputedStyle(el).direction])).toEqual([lang, words.dir]);
      expect(await axe(page)).toEqual([]);
      // The alert for a file that could not be had: in that language and direction; the problem itself in English.
      await page.goto(`${server.url}${SHELL_PAGE}?data=/data/missing-file.json&lang=${lang}`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.evaluate((el) => [el.closest('[lang]')!.getAttribute('lang'), getComputedStyle(el).direction])).toEqual([lang, words.dir]);
      expect(await alert.locator('li').first().evaluate((el) => [el.closest('[lang]')!.getAttribute('lang'), getComputedStyle(el).direction])).toEqual(['en', 'ltr']);
      expect(await axe(page)).toEqual([]);
      await context.close();
    }
  });

  it('without ?data=, draws the built-in story; a dataset it cannot use is named as on index.html', async () => {
    const { page, context, errors } = await open(browser, { width: 1280, height: 800 });
    await page.goto(`${server.url}${SHELL_PAGE}`);
    await appRunning(page);
    await page.locator('section.timeline [data-event-id]').first().waitFor({ state: 'attached' });
    expect(await page.title()).toBe(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../dist/timeline.json'), 'utf8')).title);
    expect(await axe(page)).toEqual([]);
    await page.goto(`${server.url}${SHELL_PAGE}?data=/data/missing-file.json`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect.poll(() => alert.innerText()).toMatch(/HTTP 404/);
    expect(await axe(page)).toEqual([]);
    expect(errors.filter((e) => !/favicon|404/.test(e))).toEqual([]);
    await context.close();
  });
});

describe('a dataset from ?data=', () => {
  it('renders every hostile string as text and runs nothing', async () => {
    const { page, context, errors } = await open(browser);
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs += 1; void d.dismiss(); });
    await page.goto(`${server.url}?data=/data/hostile.json`);
    // The app's own render: the prerendered story (another one) loses data-prerendered when replaced.
    const event = page.locator('#root:not([data-prerendered]) [data-event-id]').first();
    await event.waitFor({ state: 'attached' });
    await event.click();
    await page.getByRole('button', { name: /Read in context/ }).first().click();
    await page.locator('dialog mark').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(await page.locator('img[src="x"], b, script:not([src])').count()).toBe(0);
    expect(await page.locator('body').innerText()).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await page.title()).toContain('<script>');
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  for (const [name, b] of Object.entries(BROKEN)) {
    it(`shows an alert naming the problem for ${name}`, async () => {
      const { page, context } = await open(browser);
      await page.goto(`${server.url}?data=/data/${name}.json`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      // Polled: the alert takes the loading skeleton's place, and Chromium's innerText (rendered
      // text) read in the same moment can still miss part of it (seen about 1 load in 15).
      await expect.poll(() => alert.innerText()).toMatch(b.expect);
      // Nothing half-renders: no marks, no list.
      expect(await page.locator('[data-event-id], ol li').count()).toBe(0);
      // The tab says so too, not "Loading the timeline…".
      expect(await page.title()).toBe(b.status ? 'The timeline’s data could not be loaded' : 'The timeline’s data has problems, so it is not shown');
      expect(await axe(page)).toEqual([]);
      // A file that could not be had may come another time: the reader can ask again. A wrong one will not change.
      const retry = page.getByRole('button', { name: 'Try again' });
      expect(await retry.count()).toBe(b.status ? 1 : 0);
      if (b.status) {
        await Promise.all([page.waitForEvent('load'), retry.click()]);
        await expect.poll(() => alert.innerText()).toMatch(b.expect);
      }
      await context.close();
    });
  }

  it('refuses a javascript: data address and falls back to the built-in story with a warning', async () => {
    const { page, context } = await open(browser);
    const warnings: string[] = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.goto(`${server.url}?data=javascript:alert(1)`);
    await appRunning(page);
    await page.locator('[data-event-id]').first().waitFor({ state: 'attached' });
    expect(warnings.join('\n')).toMatch(/Ignored \?data=/);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  // Two first views: all of 1,000 events, and the story's busiest week (its view moves with the width).
  for (const data of ['/data/1000.json', './timeline.json']) it(`draws the timeline first, once, and the list of events and the side panel once that has painted (${data})`, async () => {
    const { page, context, errors } = await open(browser, { width: 1280, height: 800 });
    // Installed before any script: the frame in which each part first appears in the app's page.
    await page.addInitScript(() => {
      const w = window as unknown as { __seen: Record<string, number>; __changed: number };
      w.__seen = {};
      w.__changed = 0;
      let frames = 0;
      const tick = () => { frames++; requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
      const parts = { mark: 'svg[role="group"] [data-event-id]', list: 'li[id^="event="]', panel: '#who-title', footer: 'footer' };
      new MutationObserver(() => {
        const root = document.querySelector('#root:not([data-prerendered])');
        for (const [name, selector] of Object.entries(parts)) if (root?.querySelector(selector)) w.__seen[name] ??= frames;
        // The plot's width when its first marks were drawn.
        if (root?.querySelector(parts.mark)) w.__seen.width ??= Number(root.querySelector('svg[role="group"]')!.getAttribute('width'));
      }).observe(document, { childList: true, subtree: true });
      // Marks changed once drawn (moved, retitled), also in the same task as their drawing, which a
      // check in the callback above would not see: an attribute's or a text's change, or a removal.
      new MutationObserver((records) => {
        const parent = (n: Node) => (n instanceof Element ? n : n.parentElement);
        const change = (r: MutationRecord) => r.type === 'characterData' || r.removedNodes.length > 0 || (r.type === 'attributes' && r.oldValue !== null);
        w.__changed += records.filter((r) => change(r) && parent(r.target)?.closest(parts.mark)).length;
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true });
    });
    await page.goto(`${server.url}?data=${data}`);
    await appRunning(page);
    await page.locator('#root li[id^="event="]').first().waitFor({ state: 'attached' });
    const seen = await page.evaluate(() => (window as unknown as { __seen: Record<string, number> }).__seen);
    expect(Object.keys(seen).sort()).toEqual(['footer', 'list', 'mark', 'panel', 'width']);
    for (const later of ['list', 'panel', 'footer']) expect(seen[later], later).toBeGreaterThan(seen.mark!);
    // The marks were first laid out at the plot's real width, not at a stand-in one and again.
    expect(seen.width).toBe(Number(await page.locator('section.timeline svg[role="group"]').getAttribute('width')));
    // ... and whole: none was changed once drawn (a chart mounted at a stand-in width drew them,
    // then drew their titles again, measured, and moved them when its zoom learnt the real width).
    expect(await page.evaluate(() => (window as unknown as { __changed: number }).__changed)).toBe(0);
    expect(errors).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('with classic scrollbars (desktop Windows, Linux), draws its chart once, at the width the scrollbar leaves', async () => {
    // Playwright hides scrollbars in headless Chromium; this page needs the real ones.
    const { chromium } = await import('playwright-core');
    const withBars = await chromium.launch({ executablePath: (await chromiumPath())!, headless: true, args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--hide-scrollbars'] });
    try {
      const context = await withBars.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __changed: number };
        w.__changed = 0;
        const mark = 'svg[role="group"] [data-event-id]';
        new MutationObserver((records) => {
          const parent = (n: Node) => (n instanceof Element ? n : n.parentElement);
          const change = (r: MutationRecord) => r.type === 'characterData' || r.removedNodes.length > 0 || (r.type === 'attributes' && r.oldValue !== null);
          w.__changed += records.filter((r) => change(r) && parent(r.target)?.closest(mark)).length;
        }).observe(document, { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true });
      });
      await page.goto(`${server.url}?data=./timeline.json`);
      await appRunning(page);
      await page.locator('#root li[id^="event="]').first().waitFor({ state: 'attached' });
      // The page scrolls: it has a scrollbar, which takes width from the page.
      expect(await page.evaluate(() => innerWidth - document.documentElement.clientWidth)).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { __changed: number }).__changed)).toBe(0);
      const svg = page.locator('section.timeline svg[role="group"]');
      expect(Number(await svg.getAttribute('width'))).toBe(await svg.evaluate((el) => Math.floor(el.parentElement!.getBoundingClientRect().width)));
      await context.close();
    } finally {
      await withBars.close();
    }
  });

  it('loads 100,000 events and keeps the DOM to what is visible', async () => {
    const { page, context } = await open(browser);
    await page.goto(`${server.url}?data=/data/100000.json`);
    await page.locator('[data-event-id], [data-cluster]').first().waitFor({ state: 'attached', timeout: 30_000 });
    const marks = await page.locator('[data-event-id]').count();
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    expect(marks).toBeLessThanOrEqual(2000);
    expect(nodes).toBeLessThan(20_000);
    // Still interactive: zoom in by button and marks stay bounded.
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    expect(await page.locator('[data-event-id]').count()).toBeLessThanOrEqual(2000);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});
