/**
 * The zoomable timeline in a real browser (issue 3): zoom by ctrl+wheel, buttons and keys; a plain
 * wheel scrolls the page; arrows step through every event in date order; clusters open; no
 * sideways overflow on a phone; axe-clean in both themes; 10,000 events keep the DOM small.
 * Run after a build: `npx vite build && npx tsx scripts/prerender.ts && TZ=UTC npx vitest run
 * --config vitest.e2e.config.ts tests/e2e/timeline.e2e.ts`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { appRunning, axe, gestureFrames, gestureLayerReady, holdPinch, launch, open, painted, serve, settledScroll, swipe, type Served } from './harness';
import { syntheticDataset } from './timeline-synthetic';
import { syntheticDataset as newsroomDataset } from '../../scripts/bench/synthetic';

const big = JSON.stringify(syntheticDataset(10_000));
/** The bench's 1,000 events: people with long titles, spans and busy weeks. */
const people = JSON.stringify(newsroomDataset(1000));
/**
 * One person's row: a term in office running the whole year, and busy days inside it, which share
 * the row's one lane and so fold into clusters.
 */
const term = (() => {
  const data = syntheticDataset(0);
  data.people = [{ id: 'envoy', name: 'Jo Envoy', role: 'Envoy' }];
  data.events = [
    { id: 'term', title: 'Jo Envoy serves as the special envoy for the whole year', summary: 'A year in office.', start: '2019-01-01', end: '2019-12-31', dateSource: 'editor', topics: [], people: ['envoy'], quotes: [], mentions: [] },
    ...Array.from({ length: 120 }, (_, i) => ({
      id: `day-${i}`, title: `Envoy meeting ${i + 1}`, summary: 'A meeting.', start: `2019-${String(1 + Math.floor(i / 10)).padStart(2, '0')}-${String(1 + (i % 10) * 2).padStart(2, '0')}`,
      dateSource: 'editor' as const, topics: [], people: ['envoy'], quotes: [], mentions: [],
    })),
  ];
  return JSON.stringify(data);
})();
const minimal = readFileSync(resolve(import.meta.dirname, '../fixtures/minimal.json'), 'utf8');
let server: Served;
let browser: Browser;

beforeAll(async () => {
  const json = (text: string) => (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(text);
  };
  server = await serve({
    routes: { '/minimal.json': json(minimal), '/big.json': json(big), '/people.json': json(people), '/term.json': json(term) },
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PLOT = 'section.timeline svg[role="group"]';

async function page(width = 1280, options: { colorScheme?: 'light' | 'dark'; query?: string } = {}): Promise<{ page: Page; errors: string[] }> {
  const { page: p, errors } = await open(browser, { width, height: 800, colorScheme: options.colorScheme ?? 'light' });
  // These tests speak of the chronological scale from "fit all"; the story's own first view (collapsed
  // gaps, its dataset view) is tested in story.e2e.ts.
  // Phones read the vertical timeline by default: the chart is forced here (layout=horizontal).
  const query = options.query ?? '?scale=time&layout=horizontal';
  await p.goto(server.url + query);
  await appRunning(p);
  await p.locator(`${PLOT} [data-event-id]`).first().waitFor({ state: 'attached' });
  await p.waitForLoadState('networkidle');
  if (!options.query) {
    const fit = p.getByRole('button', { name: 'Fit all' });
    if ((await fit.getAttribute('aria-disabled')) !== 'true') await fit.click();
    await p.waitForTimeout(100);
  }
  return { page: p, errors };
}

const unit = (p: Page) => p.locator(`${PLOT} [data-axis-unit]`).getAttribute('data-axis-unit');
const range = (p: Page) => p.locator('section.timeline output').textContent();
const ORDER = ['hour', 'day', 'week', 'month', 'year', 'decade'];

/** Centre of each drawn point mark (a dot: a sure date), px, by event id. */
async function positions(p: Page): Promise<Record<string, number>> {
  return p.evaluate((sel) => Object.fromEntries([...document.querySelectorAll(`${sel} [data-event-id]`)].flatMap((m) => {
    const dot = m.querySelector(':scope circle.tl-glyph');
    if (!dot) return [];
    const r = dot.getBoundingClientRect();
    return [[m.getAttribute('data-event-id')!, r.x + r.width / 2]];
  })), PLOT);
}

/** Distances between pairs of marks drawn both times (in view after), before and after. */
function spreads(before: Record<string, number>, after: Record<string, number>): [number, number][] {
  const ids = Object.keys(after).filter((id) => id in before && after[id]! > 0 && after[id]! < 4000);
  return ids.slice(1).map((id, i) => [Math.abs(before[id]! - before[ids[i]!]!), Math.abs(after[id]! - after[ids[i]!]!)]);
}

/** Waits until the range in view differs from `before`. */
async function changed(p: Page, before: string | null): Promise<void> {
  await p.waitForFunction((b) => {
    const now = document.querySelector('section.timeline output')?.textContent ?? '';
    return now !== '' && now !== b;
  }, before);
}

/**
 * Records, at every animation frame from now on, the plot's zoom (d3-zoom's transform on its SVG),
 * whether a gesture runs, and the range the toolbar shows; watchedFrames returns them.
 */
async function watchFrames(p: Page): Promise<void> {
  await p.evaluate((plot) => {
    const svg = document.querySelector(plot) as SVGSVGElement & { __zoom: { k: number; x: number } };
    const w = window as unknown as { __frames: { moving: boolean; k: number; x: number; range: string }[] };
    w.__frames = [];
    const record = () => {
      w.__frames.push({ moving: svg.hasAttribute('data-moving'), k: svg.__zoom.k, x: svg.__zoom.x, range: document.querySelector('section.timeline output')?.textContent ?? '' });
      requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  }, PLOT);
}

async function watchedFrames(p: Page) {
  return p.evaluate(() => (window as unknown as { __frames: { moving: boolean; k: number; x: number; range: string }[] }).__frames);
}

async function plotCentre(p: Page): Promise<{ x: number; y: number }> {
  const box = (await p.locator(PLOT).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 3 };
}

describe('the zoomable timeline', () => {
  it('while a wheel zoom runs the toolbar keeps the range it showed, and names the new one once it ends', async () => {
    const { page: p, errors } = await page();
    const before = await range(p);
    await watchFrames(p);
    const c = await plotCentre(p);
    await p.mouse.move(c.x, c.y);
    await p.keyboard.down('Control');
    await p.mouse.wheel(0, -100);
    await p.keyboard.up('Control');
    await changed(p, before);
    // Frames drawn while the wheel ran at a new zoom (on the SVG, or on the gesture layer) still showed the range from before.
    const frames = await watchedFrames(p);
    const during = frames.filter((f) => f.moving && f.k !== frames[0]!.k);
    expect(during.length).toBeGreaterThan(0);
    expect(new Set(during.map((r) => r.range))).toEqual(new Set([before]));
    expect(await p.locator(PLOT).getAttribute('data-wheeling')).toBeNull();
    expect(errors).toEqual([]);
    await p.context().close();
  });

  it('a horizontal wheel pans with the range held until the wheel stops, then names the new one', async () => {
    const { page: p, errors } = await page();
    // Zoomed in first, so that there is somewhere to pan to.
    const start = await range(p);
    await p.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await changed(p, start);
    const before = await range(p);
    await watchFrames(p);
    const c = await plotCentre(p);
    await p.mouse.move(c.x, c.y);
    await p.mouse.wheel(-300, 0);
    await changed(p, before);
    // The pan's frames still showed the range from before it.
    const frames = await watchedFrames(p);
    const during = frames.filter((f) => f.moving && f.x !== frames[0]!.x);
    expect(during.length).toBeGreaterThan(0);
    expect(new Set(during.map((r) => r.range))).toEqual(new Set([before]));
    expect(errors).toEqual([]);
    await p.context().close();
  });

  it('ctrl + wheel zooms around the pointer: marks spread apart and ticks change unit', async () => {
    const { page: p, errors } = await page();
    const before = { unit: await unit(p), range: await range(p), at: await positions(p) };
    const c = await plotCentre(p);
    await p.mouse.move(c.x, c.y);
    await p.keyboard.down('Control');
    await p.mouse.wheel(0, -100);
    await changed(p, before.range);
    const apart = async () => {
      const pairs = spreads(before.at, await positions(p)).filter(([a]) => a > 0);
      return pairs.length > 0 && pairs.every(([a, b]) => b > a);
    };
    await expect.poll(apart).toBe(true);
    for (let i = 0; i < 8; i++) await p.mouse.wheel(0, -200);
    await p.keyboard.up('Control');
    // The SVG's axis is drawn at the view the gesture ends at (the gesture layer paints it meanwhile).
    await expect.poll(() => p.locator(PLOT).getAttribute('data-moving')).toBeNull();
    expect(ORDER.indexOf((await unit(p))!)).toBeLessThan(ORDER.indexOf(before.unit!));
    expect(await range(p)).not.toBe(before.range);
    expect(errors.filter((e) => !/418|404/.test(e))).toEqual([]);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it('the zoom buttons zoom in, out and fit all', async () => {
    const { page: p } = await page();
    const u0 = (await unit(p))!;
    const before = await positions(p);
    const zoomIn = p.getByRole('button', { name: 'Zoom in', exact: true });
    await zoomIn.click();
    await zoomIn.click();
    // Two steps of ×2: every pair of marks still drawn is four times as far apart.
    const fourfold = async () => {
      const pairs = spreads(before, await positions(p)).filter(([a]) => a > 0);
      return pairs.length > 0 && pairs.every(([a, b]) => Math.abs(b - 4 * a) < 0.5);
    };
    await expect.poll(fourfold).toBe(true);
    for (let i = 0; i < 4; i++) await zoomIn.click();
    expect(ORDER.indexOf((await unit(p))!)).toBeLessThan(ORDER.indexOf(u0));
    await p.getByRole('button', { name: 'Zoom out', exact: true }).click();
    await p.getByRole('button', { name: 'Fit all' }).click();
    expect(await unit(p)).toBe(u0);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it('keys + and - zoom, 0 fits all, while a mark has focus', async () => {
    const { page: p } = await page();
    const u0 = (await unit(p))!;
    await p.locator(`${PLOT} [data-event-id][tabindex="0"]`).focus();
    for (let i = 0; i < 6; i++) await p.keyboard.press('+');
    expect(ORDER.indexOf((await unit(p))!)).toBeLessThan(ORDER.indexOf(u0));
    await p.keyboard.press('-');
    await p.keyboard.press('0');
    expect(await unit(p)).toBe(u0);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it('a plain vertical wheel scrolls the page and never zooms', async () => {
    const { page: p } = await page();
    await p.evaluate(() => { const d = document.createElement('div'); d.style.height = '3000px'; document.body.append(d); });
    const before = { unit: await unit(p), range: await range(p), y: await p.evaluate(() => scrollY) };
    const c = await plotCentre(p);
    await p.mouse.move(c.x, c.y);
    await p.mouse.wheel(0, 300);
    await p.waitForFunction((y) => scrollY > y, before.y);
    expect(await unit(p)).toBe(before.unit);
    expect(await range(p)).toBe(before.range);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it('arrow keys move focus through every event in date order, Home and End go to the ends', async () => {
    const { page: p } = await page();
    const order = await p.evaluate(async () => {
      const data = await (await fetch('./timeline.json')).json() as { events: { id: string }[] };
      return data.events.map((e) => e.id);
    });
    const listed = await p.locator('li[id^="event="]').evaluateAll((li) => li.map((l) => l.id.slice('event='.length)));
    const expected = listed.length === order.length ? listed : order;
    await p.locator(`${PLOT} [data-event-id][tabindex="0"]`).focus();
    await p.keyboard.press('Home');
    const seen: string[] = [];
    const focused = () => p.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);
    await p.waitForFunction((id) => document.activeElement?.getAttribute('data-event-id') === id, expected[0]);
    seen.push((await focused())!);
    for (let i = 1; i < expected.length; i++) {
      await p.keyboard.press('ArrowRight');
      await p.waitForFunction((id) => document.activeElement?.getAttribute('data-event-id') === id, expected[i], { timeout: 3000 }).catch(() => {});
      seen.push((await focused()) ?? '(none)');
    }
    expect(seen).toEqual(expected);
    // One tab stop: exactly one mark is in the tab order.
    expect(await p.locator(`${PLOT} [tabindex="0"]`).count()).toBe(1);
    await p.keyboard.press('Home');
    await p.waitForFunction((id) => document.activeElement?.getAttribute('data-event-id') === id, expected[0]);
    await p.keyboard.press('End');
    await p.waitForFunction((id) => document.activeElement?.getAttribute('data-event-id') === id, expected.at(-1));
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it('a cluster opens: activating it zooms to fit its members', async () => {
    const { page: p } = await page();
    const cluster = p.locator(`${PLOT} [data-cluster]`).first();
    const name = (await cluster.getAttribute('aria-label'))!;
    expect(name).toMatch(/^\d+ events, .+ — zoom in$/);
    expect(await cluster.getAttribute('data-event-id')).toBeNull();
    const count = Number(name.split(' ')[0]);
    const rangeBefore = await range(p);
    await cluster.click();
    await changed(p, rangeBefore);
    // Its members are now spread out: no cluster holds as many of them, and marks are drawn.
    const counts = await p.locator(`${PLOT} [data-cluster]`).evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('aria-label')!.split(' ')[0])));
    expect(counts.every((c) => c < count)).toBe(true);
    expect(await p.locator(`${PLOT} [data-event-id]`).count()).toBeGreaterThan(0);
    expect(await p.locator(`${PLOT} [aria-label="${name}"]`).count()).toBe(0);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it('in a row by person, a span running the row never hides the clusters beside it in the lane, nor runs its title under them', async () => {
    const { page: p, errors } = await page(1280, { query: '?data=/term.json&lanes=people&scale=time&layout=horizontal' });
    await p.locator(`${PLOT} [data-cluster]`).first().waitFor({ state: 'attached' });
    const seen = await p.evaluate((sel) => {
      const pills = [...document.querySelectorAll(`${sel} [data-cluster]`)].map((c) => {
        // The pill is the cluster's widest filled shape; what the reader's pointer meets at its
        // middle is the cluster, not the span's bar.
        const r = c.querySelector('rect[class*="fill-"]')!.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return { box: { x0: r.left, x1: r.right, y0: r.top, y1: r.bottom }, onTop: hit !== null && c.contains(hit) };
      });
      const titles = [...document.querySelectorAll(`${sel} [data-event-id] text`)].map((t) => t.getBoundingClientRect());
      const under = titles.filter((t) => pills.some(({ box }) => t.left < box.x1 && t.right > box.x0 && t.top < box.y1 && t.bottom > box.y0)).length;
      return { pills: pills.length, hidden: pills.filter((x) => !x.onTop).length, under };
    }, PLOT);
    expect(seen.pills).toBeGreaterThan(3);
    expect(seen.hidden).toBe(0);
    expect(seen.under).toBe(0);
    expect(await p.locator(`${PLOT} [data-event-id="term"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it('in rows by person the arrow keys go on through every event in date order, past a row\'s cluster too, and End and Home reach the ends', async () => {
    // The story's 14 May: Pompeo's tweet shares its row and its day with his other events, so no
    // zoom separates it there; Putin's and Lavrov's rows go on in between.
    const { page: p, errors } = await page(1280, { query: '?lanes=people&layout=horizontal#event=putin-flight-test-centre' });
    await p.locator(`${PLOT} [data-event-id="putin-flight-test-centre"]`).focus();
    const focused = () => p.evaluate(() => {
      const a = document.activeElement;
      return a?.getAttribute('data-event-id') ?? (a?.hasAttribute('data-cluster') ? `${a.getAttribute('data-row')}: ${a.getAttribute('aria-label')}` : a?.tagName);
    });
    for (const next of ['pompeo: 2 events, 14 May 2019 — zoom in', 'peskov-remarks', 'sochi-talks', 'putin-receives-pompeo']) {
      await p.keyboard.press('ArrowRight');
      await expect.poll(focused, { timeout: 10_000 }).toBe(next);
    }
    await p.keyboard.press('End');
    await expect.poll(focused, { timeout: 10_000 }).toBe('new-start-expiry');
    await p.keyboard.press('Home');
    await expect.poll(focused, { timeout: 10_000 }).toBe('iran-nuclear-deal');
    expect(errors).toEqual([]);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it('in rows by person a row\'s cluster that no zoom separates opens as a list under its row, by click and by Enter; Escape gives focus back to it', async () => {
    // Pompeo's tweet and his talks with Lavrov share his row and their day (14 May 2019).
    const { page: p, errors } = await page(1280, { query: '?lanes=people&layout=horizontal' });
    const pill = p.locator(`${PLOT} [data-row="pompeo"][data-cluster][aria-label*="14 May 2019"]`);
    const list = p.locator('[data-cluster-list]');
    // A click zooms in while that brings its events apart, and opens the list once none would.
    for (let n = 0; n < 4 && !(await list.count()); n++) {
      const before = await pill.getAttribute('aria-label');
      await pill.click();
      await expect.poll(async () => (await list.count()) > 0 || (await pill.getAttribute('aria-label')) !== before).toBe(true);
    }
    const items = list.locator('[data-list-event-id]');
    expect(await items.evaluateAll((b) => b.map((x) => x.getAttribute('data-list-event-id')).sort())).toEqual(['pompeo-tweet', 'sochi-talks']);
    // Under the row it belongs to, not over the plot's top rows.
    const [pillBox, listBox] = [(await pill.boundingBox())!, (await list.boundingBox())!];
    expect(listBox.y).toBeGreaterThanOrEqual(pillBox.y + pillBox.height - 1);
    expect(await axe(p)).toEqual([]);
    await items.first().click();
    await p.locator('#panel-title').waitFor();
    expect(await items.first().getAttribute('aria-pressed')).toBe('true');
    await items.first().focus();
    await p.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe('pompeo');
    await p.keyboard.press('Enter');
    await list.waitFor();
    await expect.poll(() => p.evaluate(() => document.activeElement?.getAttribute('data-list-event-id'))).toBe('pompeo-tweet');
    expect(await axe(p)).toEqual([]);
    expect(errors).toEqual([]);
    await p.context().close();
  });

  // While a gesture runs, its frames are painted on a canvas over the plot (GestureLayer.tsx): what
  // the reader sees then must be what the SVG draws at the same view once it ends.

  /** `query` at 1280 px on a touch screen in `colorScheme`, its plot scrolled near the top; `at`: where to pinch. */
  async function pinchable(query: string, colorScheme: 'light' | 'dark') {
    const { page: p, errors } = await open(browser, { width: 1280, height: 800, hasTouch: true, colorScheme });
    await p.goto(server.url + query);
    await appRunning(p);
    const plot = p.locator(PLOT);
    await p.locator(`${PLOT} [data-event-id], ${PLOT} [data-cluster]`).first().waitFor({ state: 'attached' });
    await p.waitForLoadState('networkidle');
    await plot.evaluate((svg) => scrollBy(0, svg.getBoundingClientRect().top - 100));
    await settledScroll(p);
    const box = (await plot.boundingBox())!;
    return { page: p, errors, at: [box.x + box.width * 0.45, Math.min(box.y + 120, 600)] as const };
  }

  for (const [what, query, colorScheme] of [
    ['lanes by time, light', '?scale=time&layout=horizontal', 'light'],
    // The axis is painted too, with its collapsed gaps' cuts and lengths.
    ['collapsed gaps, dark', '?scale=gaps&layout=horizontal', 'dark'],
    ['rows by topic, the story, light', '?lanes=topics&scale=time&layout=horizontal', 'light'],
    ['rows by person, 1,000 events, dark', '?data=/people.json&lanes=people&scale=time&layout=horizontal', 'dark'],
  ] as const) {
    it(`a pinch's frames are painted over the plot as the plot draws that view once the fingers lift (${what})`, async () => {
      const { page: p, errors, at } = await pinchable(query, colorScheme);
      const seen = await gestureFrames(browser, p, PLOT, ...at);
      // It zoomed in; the SVG held the bands the canvas painted, unseen.
      expect(seen.k[1] / seen.k[0]).toBeGreaterThan(1.5);
      expect(seen.hidden.length).toBeGreaterThan(0);
      expect(seen.hidden.every(Boolean)).toBe(true);
      // The axis is painted on the canvas too (the compared pixels take in its grid lines); the
      // canvas reaches down to its labels, at the plot's bottom, unless that is below the window
      // (rows by person, taller than it).
      expect(seen.axisHidden).toBe(true);
      if (!query.includes('lanes=')) expect(seen.layerBox.y + seen.layerBox.height).toBeGreaterThanOrEqual(seen.plotBox.y + seen.plotBox.height - 1);
      // The same pixels, but for a few on edges the canvas smooths a little differently.
      expect(seen.differ / seen.total).toBeLessThan(0.001);
      expect(errors).toEqual([]);
      expect(await axe(p)).toEqual([]);
      await p.context().close();
    });
  }

  it('a pinch after the system switched to dark mode is painted in the dark colours the plot then draws', async () => {
    const { page: p, errors, at } = await pinchable('?scale=gaps&layout=horizontal', 'light');
    // A first pinch in light mode (the layer reads the plot's colours between gestures)…
    expect((await gestureFrames(browser, p, PLOT, ...at)).differ).toBeGreaterThanOrEqual(0);
    // …then the system turns dark.
    await p.emulateMedia({ colorScheme: 'dark' });
    await painted(p);
    const seen = await gestureFrames(browser, p, PLOT, ...at);
    expect(seen.differ / seen.total).toBeLessThan(0.001);
    expect(errors).toEqual([]);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  /** The story's chart at 1280 px on a touch screen, its gesture layer loaded. */
  async function storyOnTouch() {
    const { page: p, errors } = await open(browser, { width: 1280, height: 800, hasTouch: true });
    await p.goto(`${server.url}?scale=time&layout=horizontal`);
    await appRunning(p);
    await p.locator(`${PLOT} [data-event-id]`).first().waitFor({ state: 'attached' });
    await p.waitForLoadState('networkidle');
    await gestureLayerReady(p, PLOT);
    return { page: p, errors, plot: p.locator(PLOT) };
  }

  it('a pinch with one finger put down beside the plot ends when the fingers lift, and its marks answer clicks again', async () => {
    const { page: p, errors, plot } = await storyOnTouch();
    const box = (await plot.boundingBox())!;
    const k = () => plot.evaluate((svg) => (svg as SVGSVGElement & { __zoom: { k: number } }).__zoom.k);
    const k0 = await k();
    // The first finger on the timeline's section, left of the plot; the second on the plot.
    const cdp = await p.context().newCDPSession(p);
    const y = box.y + box.height / 2;
    const fingers = (d: number) => [{ x: box.x - 10, y, id: 1 }, { x: box.x + 40 + d, y, id: 2 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [fingers(0)[0]!] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(0) });
    for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(20 * i) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
    await p.waitForFunction((sel) => !document.querySelector(sel)?.hasAttribute('data-moving'), PLOT);
    expect(await k()).toBeGreaterThan(k0 * 1.5);
    await p.locator('canvas[data-gesture-layer]').waitFor({ state: 'hidden' });
    const mark = p.locator(`${PLOT} [data-event-id]`).first();
    const id = await mark.getAttribute('data-event-id');
    await mark.locator('.tl-glyph').click();
    expect(await mark.getAttribute('aria-pressed')).toBe('true');
    expect(id).not.toBeNull();
    expect(errors).toEqual([]);
    await p.context().close();
  });

  // Outcome only: the press may come within the wheel's 150 ms (the marks then not in the SVG) or after.
  it('a click right after a wheel pan selects the mark under the pointer', async () => {
    const { page: p, errors, plot } = await storyOnTouch();
    const g = (await plot.locator('g[data-event-id="mueller-report"] .tl-glyph').boundingBox())!;
    await p.mouse.move(g.x + g.width / 2, g.y + g.height / 2);
    // A 2 px pan: the mark stays under the pointer.
    await p.mouse.wheel(2, 0);
    await p.mouse.down();
    await p.mouse.up();
    await expect.poll(() => plot.locator('g[data-event-id="mueller-report"]').getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await p.context().close();
  });

  it('a pinch while a mark has keyboard focus leaves focus on that mark, while it runs and after it ends', async () => {
    const { page: p, errors, plot } = await storyOnTouch();
    // The mark nearest the plot's middle, where the pinch is: the zoom keeps it in view.
    const box = (await plot.boundingBox())!;
    const id = await plot.evaluate((svg) => {
      const r = svg.getBoundingClientRect();
      const d = (m: Element) => {
        const g = m.querySelector('.tl-glyph')!.getBoundingClientRect();
        return Math.abs(g.left + g.width / 2 - (r.left + r.width / 2));
      };
      return [...svg.querySelectorAll('[data-event-id]')].sort((a, b) => d(a) - d(b))[0]!.getAttribute('data-event-id');
    });
    await p.locator(`${PLOT} [data-event-id="${id}"]`).focus();
    const focused = () => p.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);
    expect(await focused()).toBe(id);
    const lift = await holdPinch(p, box.x + box.width / 2, box.y + box.height / 2, 40);
    await p.locator('canvas[data-gesture-layer]').waitFor({ state: 'visible' });
    // The band the canvas paints is only made transparent, not taken out of the drawing, which would blur the mark.
    expect(await plot.evaluate((svg) => [...svg.querySelectorAll('[data-painted]')].map((g) => [getComputedStyle(g).display, getComputedStyle(g).opacity]))).toEqual([['inline', '0']]);
    expect(await focused()).toBe(id);
    await lift();
    await p.waitForFunction((sel) => !document.querySelector(sel)?.hasAttribute('data-moving'), PLOT);
    expect(await focused()).toBe(id);
    expect(errors).toEqual([]);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  // In rows by person, a gesture's frames lay out and paint only the rows in the window (useFrame, rowsInView.ts, GestureLayer.tsx).
  for (const gesture of ['ctrl + wheel zoom', 'one-finger swipe (touch)'] as const) {
    it(`in rows by person a ${gesture} paints only the rows in the window while it runs, on the canvas layer, and draws every row once it ends`, async () => {
      const touch = gesture.includes('touch');
      // 1,000 events by person: a plot taller than the window, which shows its first rows only.
      const { page: p, errors } = await open(browser, { width: touch ? 1024 : 1280, height: 800, hasTouch: touch });
      await p.goto(`${server.url}?data=/people.json&lanes=people&scale=time&layout=horizontal`);
      await appRunning(p);
      const plot = p.locator(PLOT);
      await p.locator(`${PLOT} [data-event-id]`).first().waitFor({ state: 'attached' });
      await p.waitForLoadState('networkidle');
      /** Each drawn event mark's position in the plot (its group's translate), by event: one per row it is drawn in. */
      const marks = () => p.evaluate((sel) => {
        const out: Record<string, { x: number; y: number }[]> = {};
        for (const m of document.querySelectorAll(`${sel} [data-event-id]`)) {
          const [x, y] = (/translate\(([-\d.e]+)[ ,]+([-\d.e]+)\)/.exec(m.getAttribute('transform') ?? '') ?? []).slice(1).map(Number);
          (out[m.getAttribute('data-event-id')!] ??= []).push({ x: x!, y: y! });
        }
        return out;
      }, PLOT);
      // The window's bottom edge in the plot's coordinates, plus three rows (the window's rows and
      // one more are drawn): nothing below is in view.
      const below = await plot.evaluate((svg) => {
        // A row's height: the least step between the rows' cluster groups (translate(x y), y the row's lane).
        const ys = [...new Set([...svg.querySelectorAll('[data-cluster]')].map((c) => Number(/translate\([-\d.e]+[ ,]+([-\d.e]+)\)/.exec(c.parentElement!.getAttribute('transform') ?? '')?.[1])))].sort((a, b) => a - b);
        const row = Math.min(...ys.slice(1).map((y, i) => y - ys[i]!));
        return innerHeight - svg.getBoundingClientRect().top + 3 * row;
      });
      expect((await plot.boundingBox())!.height).toBeGreaterThan(below);
      await gestureLayerReady(p, PLOT);
      // Every change to a mark or cluster in the SVG while the gesture runs (svg[data-moving]), and
      // where the canvas layer that paints its frames reaches down to in the plot.
      await plot.evaluate((svg) => {
        const w = window as unknown as { __touched: number; __layers: number[] };
        w.__touched = 0;
        w.__layers = [];
        new MutationObserver((list) => {
          if (!svg.hasAttribute('data-moving')) return;
          for (const m of list) {
            const target = m.target instanceof Element ? m.target : m.target.parentElement;
            if (target?.closest('[data-event-id], [data-cluster]')) w.__touched++;
          }
        }).observe(svg, { subtree: true, childList: true, attributes: true, characterData: true });
        // The layer is there, hidden, once loaded: each time it is shown or resized, where it reaches.
        const canvas = svg.parentElement!.querySelector('canvas[data-gesture-layer]') as HTMLCanvasElement;
        new MutationObserver(() => {
          if (!canvas.classList.contains('hidden')) w.__layers.push(parseFloat(canvas.style.top) + parseFloat(canvas.style.height));
        }).observe(canvas, { attributes: true, attributeFilter: ['style', 'class'] });
      });
      const before = await marks();
      const start = await range(p);
      // Where the gesture starts: in the plot, in the window.
      const c = await plotCentre(p);
      c.y = Math.min(c.y, 700);
      if (touch) await swipe(p, c.x + 150, c.y, -300, 0);
      else {
        await p.mouse.move(c.x, c.y);
        await p.keyboard.down('Control');
        await p.mouse.wheel(0, -60);
        await p.keyboard.up('Control');
      }
      await changed(p, start);
      await expect.poll(() => plot.getAttribute('data-moving')).toBeNull();
      const { touched, layers } = await p.evaluate(() => {
        const w = window as unknown as { __touched: number; __layers: number[] };
        return { touched: w.__touched, layers: w.__layers };
      });
      expect(touched).toBe(0);
      expect(layers.length).toBeGreaterThan(0);
      for (const bottom of layers) expect(bottom).toBeLessThanOrEqual(below);
      // Once it ends, every row is drawn at the new view. On a time scale a zoom or a pan maps each
      // x to k·x + b: fitted on marks in the window, it holds for the marks of the rows below too.
      const after = await marks();
      const width = (await plot.boundingBox())!.width;
      const unclipped = (x: number) => x > -40 && x < width + 40;
      const pairs = Object.entries(after).flatMap(([id, list]) => list.flatMap((m) => {
        const was = before[id]?.find((b) => b.y === m.y);
        return was && unclipped(was.x) && unclipped(m.x) ? [{ from: was.x, to: m.x, y: m.y }] : [];
      }));
      const seen = pairs.filter((q) => q.y < below - 3 * 48).sort((a, b) => a.from - b.from);
      const [lo, hi] = [seen[0]!, seen[seen.length - 1]!];
      const k = (hi.to - lo.to) / (hi.from - lo.from);
      if (touch) {
        expect(k).toBeCloseTo(1, 2);
        expect(Math.abs(lo.to - lo.from)).toBeGreaterThan(20);
      } else expect(k).toBeGreaterThan(1.5);
      const far = pairs.filter((q) => q.y > below);
      expect(far.length).toBeGreaterThan(0);
      for (const q of far) expect(Math.abs(lo.to + k * (q.from - lo.from) - q.to)).toBeLessThan(1);
      expect(errors).toEqual([]);
      expect(await axe(p)).toEqual([]);
      await p.context().close();
    });
  }

  // A touch's moves and end go to the element it started on, even once a zoom has removed it.
  for (const gesture of ['swipe', 'pinch'] as const) {
    it(`a touch ${gesture} that starts on a cluster pill ends, whichever pill it is, and the view follows it`, async () => {
      const { page: p, errors } = await open(browser, { width: 375, height: 667, hasTouch: true });
      await p.goto(`${server.url}?data=/people.json&lanes=people&scale=time&layout=horizontal`);
      await appRunning(p);
      const plot = p.locator(PLOT);
      await p.locator(`${PLOT} [data-cluster]`).first().waitFor({ state: 'attached' });
      await p.waitForLoadState('networkidle');
      await plot.evaluate((svg) => scrollBy(0, svg.getBoundingClientRect().top - 300));
      // The pills of the first row in view, left to right, as the reader's finger would find them.
      const pills = () => plot.evaluate((svg) => {
        const all = [...svg.querySelectorAll('[data-cluster] rect[class*="fill-"]')].map((r) => r.getBoundingClientRect())
          .filter((r) => r.top > 300 && r.bottom < innerHeight && r.left > 0 && r.right < innerWidth);
        const top = Math.min(...all.map((r) => r.top));
        return all.filter((r) => r.top === top).sort((a, b) => a.left - b.left).map((r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 }));
      });
      const cdp = await p.context().newCDPSession(p);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) => cdp.send('Input.dispatchTouchEvent', {
        type, touchPoints: points.map((q, i) => ({ x: q.x, y: q.y, radiusX: 4, radiusY: 4, force: 1, id: i + 1 })),
      });
      const count = (await pills()).length;
      expect(count).toBeGreaterThan(1);
      for (let n = 0; n < Math.min(count, 5); n++) {
        const pill = (await pills())[gesture === 'swipe' ? count - 1 - n : n];
        if (!pill) break;
        const before = await range(p);
        // Each gesture goes back the way the last one went (in, then out; left, then right).
        const sign = n % 2 === 0 ? 1 : -1;
        if (gesture === 'pinch') {
          // Two fingers, one on the plot below the row, the second on the pill: apart, then together.
          const other = { x: pill.x, y: pill.y + 70 };
          const at = (i: number) => [{ x: other.x, y: other.y + sign * 3 * i }, { x: pill.x, y: pill.y - sign * 3 * i }];
          await touch('touchStart', [other, pill]);
          for (let i = 1; i <= 10; i++) await touch('touchMove', at(i));
        } else {
          await touch('touchStart', [pill]);
          for (let i = 1; i <= 12; i++) await touch('touchMove', [{ x: pill.x - sign * 15 * i, y: pill.y }]);
        }
        await touch('touchEnd', []);
        await changed(p, before);
        await expect.poll(() => plot.getAttribute('data-moving')).toBeNull();
      }
      await cdp.detach();
      expect(errors).toEqual([]);
      await p.context().close();
    });
  }

  for (const query of ['?layout=horizontal', '?lanes=people&layout=horizontal', '?data=/people.json&lanes=people&layout=horizontal']) {
    it(`a selected mark's whole title stays inside the plot, drawn in the weight it is measured in (375 px, ${query})`, async () => {
      const { page: p, errors } = await page(375, { query });
      // The rightmost mark in view: its whole title cannot run on to the right.
      const id = await p.evaluate((sel) => {
        const plot = document.querySelector(sel)!.getBoundingClientRect();
        const dots = [...document.querySelectorAll(`${sel} [data-event-id] circle.tl-glyph`)]
          .map((c) => ({ id: c.closest('[data-event-id]')!.getAttribute('data-event-id')!, x: c.getBoundingClientRect().x }))
          .filter((d) => d.x > plot.left && d.x < plot.right);
        return dots.sort((a, b) => b.x - a.x)[0]!.id;
      }, PLOT);
      await p.locator(`${PLOT} [data-event-id="${id}"] circle.tl-glyph`).click();
      await p.locator(`${PLOT} [data-title-for="${id}"] text`).waitFor();
      const [plot, text] = await p.evaluate(([sel, id]) => [document.querySelector(sel!)!, document.querySelector(`[data-title-for="${id}"] text`)!]
        .map((el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right }; }), [PLOT, id]);
      expect(text!.left).toBeGreaterThanOrEqual(plot!.left);
      expect(text!.right).toBeLessThanOrEqual(plot!.right);
      expect(errors).toEqual([]);
      await p.context().close();
    });
  }

  it('selecting a mark with Enter presses it', async () => {
    const { page: p } = await page();
    const mark = p.locator(`${PLOT} [data-event-id][tabindex="0"]`);
    const id = await mark.getAttribute('data-event-id');
    await mark.focus();
    await p.keyboard.press('Enter');
    await expect.poll(() => p.locator(`${PLOT} [data-event-id="${id}"]`).getAttribute('aria-pressed')).toBe('true');
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it('a deep link to an event brings its mark into the middle of the plot, selected', async () => {
    const { page: p } = await page(1280, { query: '?scale=time&layout=horizontal#event=helsinki-summit' });
    const mark = p.locator(`${PLOT} [data-event-id="helsinki-summit"]`);
    await expect.poll(() => mark.getAttribute('aria-pressed')).toBe('true');
    const plot = (await p.locator(PLOT).boundingBox())!;
    const dot = (await mark.locator(':scope .tl-glyph').boundingBox())!;
    const x = dot.x + dot.width / 2 - plot.x;
    expect(x).toBeGreaterThan(plot.width / 3);
    expect(x).toBeLessThan((2 * plot.width) / 3);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it("the dataset's own initial view is where the timeline starts", async () => {
    const { page: p } = await page(1280, { query: '?data=/minimal.json' });
    expect((await range(p))!.replace(/\s+/g, ' ')).toMatch(/^January 2018 – December 2019$/);
    // A month-precision range and a year-precision event are drawn as spans, the day as a point.
    expect(await p.locator(`${PLOT} [data-event-id="sochi-talks"] circle.tl-glyph`).count()).toBe(1);
    expect(await p.locator(`${PLOT} [data-event-id="strained-relations"] rect.tl-glyph[stroke-dasharray]`).count()).toBe(1);
    expect(await p.locator(`${PLOT} [data-event-id="arms-control-talks"] rect.tl-glyph:not([stroke-dasharray])`).count()).toBe(1);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it('a date without a time is the story\'s day: in the Moscow story, the G20 bar (28–29 June) runs from midnight to midnight on its axis', async () => {
    // Seen: the bar began and ended at 03:00, Moscow's clock at UTC midnight.
    const { page: p, errors } = await page(1280, { query: '?scale=time&layout=horizontal&view=2019-06-27,2019-06-30' });
    const at = await p.evaluate((plot) => {
      const screenX = (el: SVGGraphicsElement, x: number) => { const m = el.getScreenCTM()!; return m.a * x + m.e; };
      const bar = document.querySelector<SVGRectElement>(`${plot} [data-event-id="g20-osaka"] rect.tl-glyph`)!;
      const day = (label: string) => {
        const text = [...document.querySelectorAll<SVGTextElement>('section.timeline text')].find((t) => t.textContent?.includes(label))!;
        return screenX(text, text.x.baseVal[0]!.value) - 4; // LABEL_OFFSET (ticks.ts)
      };
      return { from: screenX(bar, bar.x.baseVal.value), to: screenX(bar, bar.x.baseVal.value + bar.width.baseVal.value), d28: day('28 Jun'), d29: day('29 Jun') };
    }, PLOT);
    expect(Math.abs(at.from - at.d28)).toBeLessThan(1.5);
    expect(Math.abs(at.to - (at.d29 + (at.d29 - at.d28)))).toBeLessThan(1.5);
    expect(await range(p)).toMatch(/27\s*–\s*30 June 2019/);
    expect(errors).toEqual([]);
    await p.context().close();
  });

  it('the plot lets a vertical swipe scroll the page (touch-action: pan-y)', async () => {
    const { page: p } = await page(375);
    expect(await p.locator(PLOT).evaluate((el) => getComputedStyle(el).touchAction)).toBe('pan-y');
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  for (const width of [320, 1920]) {
    it(`at ${width} px there is no sideways overflow`, async () => {
      const { page: p } = await page(width);
      expect(await p.evaluate(() => document.scrollingElement!.scrollWidth <= innerWidth)).toBe(true);
      expect(await axe(p)).toEqual([]);
      await p.context().close();
    });
  }

  it('at 375 px there is no sideways overflow and controls are thumb-sized', async () => {
    const { page: p } = await page(375);
    expect(await p.evaluate(() => document.scrollingElement!.scrollWidth <= innerWidth)).toBe(true);
    for (const name of ['Zoom in', 'Zoom out']) {
      const box = (await p.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`axe (full tag list) finds no violations on the page at ${width} px, ${colorScheme}`, async () => {
        const { page: p } = await page(width, { colorScheme });
        expect(await axe(p)).toEqual([]);
        await p.context().close();
      });
    }
  }

  it('a cluster pill at the plot\'s edge is drawn whole inside it, unless a pill beside it holds that place', async () => {
    for (const query of ['?data=/people.json&layout=horizontal', '?data=/people.json&lanes=people&layout=horizontal']) {
      const { page: p, errors } = await page(375, { query });
      // Pills cut by an edge with room inside for them.
      const cutPills = () => p.evaluate((sel) => {
        const plot = document.querySelector(sel)!.getBoundingClientRect();
        const pills = [...document.querySelectorAll(`${sel} [data-cluster] rect[class*="fill-"]`)].map((r) => r.getBoundingClientRect());
        const row = (a: DOMRect, b: DOMRect) => Math.abs(a.top - b.top) < 1;
        const cut = pills.filter((r) => (r.left < plot.left - 0.5 && !pills.some((q) => q !== r && row(q, r) && q.left < plot.left + r.width + 0.5 && q.left > r.left))
          || (r.right > plot.right + 0.5 && !pills.some((q) => q !== r && row(q, r) && q.right > plot.right - r.width - 0.5 && q.right < r.right)));
        return cut.length;
      }, PLOT);
      let pills = 0;
      for (let i = 0; i < 5; i++) {
        pills += await p.locator(`${PLOT} [data-cluster]`).count();
        expect(await cutPills()).toBe(0);
        await p.getByRole('button', { name: 'Zoom in', exact: true }).click();
      }
      expect(pills).toBeGreaterThan(10);
      expect(errors).toEqual([]);
      await p.context().close();
    }
  });

  it('the story opens with the dots of the events at its view\'s ends whole, on every scale, at 320 and 375 px', async () => {
    // The story's view runs from July 2015 (the first event is on the 14th) to 29 June 2019 (the
    // G20 in Osaka): fitted edge to edge, both dots were cut in half by the plot's edges (FIT_INSET).
    for (const width of [320, 375]) {
      for (const scale of ['time', 'gaps', 'sequential']) {
        const { page: p, errors } = await page(width, { query: `?layout=horizontal&scale=${scale}` });
        const cut = await p.evaluate((sel) => {
          const plot = document.querySelector(sel)!.getBoundingClientRect();
          return ['iran-nuclear-deal', 'g20-osaka'].flatMap((id) => {
            const glyph = document.querySelector(`${sel} [data-event-id="${id}"] .tl-glyph`);
            // (At 320 px on the chronological scale the G20 shares a cluster with its neighbours.)
            if (!glyph) return id === 'g20-osaka' ? [] : [`${id} not drawn as a mark`];
            const dot = glyph.getBoundingClientRect();
            return dot.left >= plot.left && dot.right <= plot.right ? [] : [`${id} ${Math.round(dot.left - plot.left)}..${Math.round(dot.right - plot.left)} of ${Math.round(plot.width)}`];
          });
        }, PLOT);
        expect(cut, `${scale} at ${width} px`).toEqual([]);
        expect(errors).toEqual([]);
        await p.context().close();
      }
    }
  });

  it('with 10,000 events the DOM holds at most 2,000 marks, at every zoom', async () => {
    const { page: p, errors } = await page(1280, { query: '?data=/big.json' });
    const count = () => p.locator('[data-event-id]').count();
    const inPlot = () => p.locator(`${PLOT} [data-event-id]`).count();
    expect(await inPlot()).toBeGreaterThan(0);
    expect(await p.locator(`${PLOT} [data-cluster]`).count()).toBeGreaterThan(0);
    expect(await count()).toBeLessThanOrEqual(2000);
    for (let i = 0; i < 6; i++) {
      await p.getByRole('button', { name: 'Zoom in', exact: true }).click();
      expect(await inPlot()).toBeLessThanOrEqual(2000);
    }
    expect(errors.filter((e) => !/418|404/.test(e))).toEqual([]);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });
});
