/**
 * Gestures after programmatic moves (the house style's central rule: buttons and keys move the
 * view through d3-zoom, so the next gesture starts where the view is and never snaps back), the
 * overview strip's drag and resize, and shift + wheel panning. Real input: Playwright's mouse and
 * keyboard, touch through CDP's Input.dispatchTouchEvent. Every wait is for a state, never a time.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appRunning, axe, holdPinch, open, painted, settledScroll, swipe, servedSite } from './harness';

// Ten events at one instant: a cluster that zooming cannot split, so it opens as a list over the plot.
const SAME_INSTANT = readFileSync(resolve(import.meta.dirname, '../fixtures/edges/same-instant.json'));
const site = servedSite({
  routes: { '/data/same-instant.json': (_req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(SAME_INSTANT); } },
});

const PLOT = 'section.timeline svg[role="group"]';
const STRIP = 'section.timeline svg:has(> rect.cursor-grab)';

/** The chart at 1280 px on the chronological scale from "fit all", with motion (animations on). */
async function chart(options: { hasTouch?: boolean } = {}): Promise<Page> {
  const { page } = await open(site.browser, { width: 1280, height: 800, reducedMotion: 'no-preference', hasTouch: options.hasTouch ?? false });
  await page.goto(`${site.server.url}?scale=time&layout=horizontal`);
  await appRunning(page);
  await page.locator(`${PLOT} [data-event-id]`).first().waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  const fit = page.getByRole('button', { name: 'Fit all' });
  if ((await fit.getAttribute('aria-disabled')) !== 'true') await fit.click();
  await settle(page, 1);
  return page;
}

/** d3-zoom's transform on the plot: what the next gesture starts from. */
function transform(p: Page): Promise<{ k: number; x: number }> {
  return p.evaluate((sel) => {
    const t = (document.querySelector(sel) as SVGSVGElement & { __zoom: { k: number; x: number } }).__zoom;
    return { k: t.k, x: t.x };
  }, PLOT);
}

/** Waits until the zoom has reached `k` (an animation has ended there). */
async function settle(p: Page, k: number): Promise<void> {
  await p.waitForFunction(({ sel, k }) => {
    const t = (document.querySelector(sel) as SVGSVGElement & { __zoom?: { k: number } }).__zoom;
    return !!t && Math.abs(t.k / k - 1) < 1e-6;
  }, { sel: PLOT, k });
}

/** Waits until d3-zoom's transform on the plot has its `key` above (or below) `than`. */
async function until(p: Page, key: 'k' | 'x', side: 'above' | 'below', than: number): Promise<void> {
  await p.waitForFunction(({ sel, key, side, than }) => {
    const v = (document.querySelector(sel) as SVGSVGElement & { __zoom: { k: number; x: number } }).__zoom[key];
    return side === 'above' ? v > than : v < than;
  }, { sel: PLOT, key, side, than });
}

/** Presses the toolbar's Zoom in and waits for the zoom to reach `k`. */
async function zoomInTo(p: Page, k: number): Promise<void> {
  await p.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await settle(p, k);
}

/** Centre x of each drawn mark's dot inside the plot, px, by event id (marks beyond its edges are pinned there). */
function marks(p: Page): Promise<Record<string, number>> {
  return p.evaluate((sel) => {
    const plot = document.querySelector(sel)!.getBoundingClientRect();
    return Object.fromEntries([...document.querySelectorAll(`${sel} [data-event-id]`)].flatMap((m) => {
      const dot = m.querySelector(':scope circle.tl-glyph');
      if (!dot) return [];
      const r = dot.getBoundingClientRect();
      const x = r.x + r.width / 2;
      return x > plot.left + 2 && x < plot.right - 2 ? [[m.getAttribute('data-event-id')!, x]] : [];
    }));
  }, PLOT);
}

/** How far the marks drawn both times moved, px (the same for all of them when only panned). */
function shifts(before: Record<string, number>, after: Record<string, number>): number[] {
  return Object.keys(after).filter((id) => id in before).map((id) => after[id]! - before[id]!);
}

async function plotBox(p: Page) {
  return (await p.locator(PLOT).boundingBox())!;
}

/** A mouse drag by dx from (x, y), in steps. */
async function dragFrom(p: Page, x: number, y: number, dx: number): Promise<void> {
  await p.mouse.move(x, y);
  await p.mouse.down();
  await p.mouse.move(x + dx, y, { steps: 8 });
  await p.mouse.up();
}

/** A mouse drag by dx from the middle of what `selector` finds (the nth match). */
async function dragBy(p: Page, selector: string, dx: number, nth = 0): Promise<void> {
  const b = (await p.locator(selector).nth(nth).boundingBox())!;
  await dragFrom(p, b.x + b.width / 2, b.y + b.height / 2, dx);
}

/** A mouse drag across the plot, from its middle, by dx. */
async function drag(p: Page, dx: number): Promise<void> {
  const b = await plotBox(p);
  await dragFrom(p, b.x + b.width / 2, b.y + b.height / 3, dx);
}

describe('a gesture after a button or key zoom starts from the zoomed view', () => {
  it('zoom-in button, then a mouse drag pans at that zoom, then ctrl + wheel zooms on from it', async () => {
    const p = await chart();
    await zoomInTo(p, 2);
    const before = await marks(p);
    const t0 = await transform(p);
    await drag(p, -200);
    await until(p, 'x', 'below', t0.x - 150);
    // No snap back: still twice "fit all", and every mark moved with the pointer.
    expect((await transform(p)).k).toBeCloseTo(2, 4);
    const moved = shifts(before, await marks(p));
    expect(moved.length).toBeGreaterThan(0);
    for (const d of moved) expect(d).toBeCloseTo(-200, 0);

    const b = await plotBox(p);
    await p.mouse.move(b.x + b.width / 2, b.y + b.height / 3);
    await p.keyboard.down('Control');
    await p.mouse.wheel(0, -100);
    await p.keyboard.up('Control');
    await until(p, 'k', 'above', 2.05);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it('the + key, then a one-finger horizontal swipe pans at that zoom (touch)', async () => {
    const p = await chart({ hasTouch: true });
    await p.locator(`${PLOT} [data-event-id][tabindex="0"]`).focus();
    await p.keyboard.press('+');
    await settle(p, 2);
    await p.keyboard.press('+');
    await settle(p, 4);
    const t0 = await transform(p);
    const before = await marks(p);
    const b = await plotBox(p);
    await swipe(p, b.x + b.width / 2, b.y + b.height / 3, -150, 0);
    await until(p, 'x', 'below', t0.x - 100);
    expect((await transform(p)).k).toBeCloseTo(4, 4);
    const moved = shifts(before, await marks(p));
    expect(moved.length).toBeGreaterThan(0);
    for (const d of moved) expect(d).toBeCloseTo(moved[0]!, 0);
    expect(moved[0]).toBeLessThan(-100);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });

  it('a double-click zooms as the buttons do, and a drag then starts from there', async () => {
    const p = await chart();
    await p.locator(PLOT).scrollIntoViewIfNeeded();
    await settledScroll(p);
    const b = await plotBox(p);
    // The axis, below the lanes' marks (a mark would also be selected).
    await p.mouse.dblclick(b.x + b.width / 2, b.y + b.height - 4);
    await settle(p, 2);
    const t0 = await transform(p);
    await drag(p, 120);
    await until(p, 'x', 'above', t0.x + 100);
    expect((await transform(p)).k).toBeCloseTo(2, 4);
    await p.context().close();
  });
});

describe('the overview strip', () => {
  it('dragging its window pans the plot; dragging an edge zooms', async () => {
    const p = await chart();
    await zoomInTo(p, 2);
    await zoomInTo(p, 4);
    await p.locator(STRIP).scrollIntoViewIfNeeded();
    await settledScroll(p);
    const win = p.locator(`${STRIP} rect.cursor-grab`);
    const w0 = (await win.boundingBox())!;
    // A quarter of the strip (give or take the window's stroke).
    expect(w0.width).toBeCloseTo((await p.locator(STRIP).boundingBox())!.width / 4, -1);
    const t0 = await transform(p);

    // The window itself: the view pans right by as much of the story, at the same zoom.
    await dragBy(p, `${STRIP} rect.cursor-grab`, 100);
    await until(p, 'x', 'below', t0.x - 300);
    const t1 = await transform(p);
    expect(t1.k).toBeCloseTo(4, 4);
    // 100 px of the strip is 100 px of the base scale, 400 px of the plot at k = 4.
    expect(t1.x - t0.x).toBeCloseTo(-400, -1);
    const w1 = (await win.boundingBox())!;
    expect(w1.x - w0.x).toBeCloseTo(100, 0);
    expect(w1.width).toBeCloseTo(w0.width, 0);
    expect(await axe(p)).toEqual([]);

    // Its right edge: the window widens by as much, so the plot zooms out.
    await dragBy(p, `${STRIP} g.cursor-ew-resize`, 80, 1);
    await until(p, 'k', 'below', 3.5);
    const w2 = (await win.boundingBox())!;
    expect(w2.x).toBeCloseTo(w1.x, 0);
    expect(w2.width).toBeCloseTo(w1.width + 80, 0);

    // Its left edge, dragged right: the window narrows, and the plot zooms in.
    const k2 = (await transform(p)).k;
    await dragBy(p, `${STRIP} g.cursor-ew-resize`, 60, 0);
    await until(p, 'k', 'above', k2 * 1.2);
    const w3 = (await win.boundingBox())!;
    expect(w3.x).toBeCloseTo(w2.x + 60, 0);
    expect(w3.x + w3.width).toBeCloseTo(w2.x + w2.width, 0);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });
});

describe('shift + wheel', () => {
  it('pans the plot sideways and leaves the page and the zoom where they are', async () => {
    const p = await chart();
    await zoomInTo(p, 2);
    // Room for the page to scroll, so that a scroll would show.
    await p.evaluate(() => { const d = document.createElement('div'); d.style.height = '3000px'; document.body.append(d); });
    const y0 = await settledScroll(p);
    const t0 = await transform(p);
    const before = await marks(p);
    const b = await plotBox(p);
    await p.mouse.move(b.x + b.width / 2, b.y + b.height / 3);
    await p.keyboard.down('Shift');
    await p.mouse.wheel(0, 100);
    await p.keyboard.up('Shift');
    await until(p, 'x', 'below', t0.x - 50);
    const t1 = await transform(p);
    expect(t1.k).toBeCloseTo(2, 4);
    expect(t1.x - t0.x).toBeCloseTo(-100, 0);
    for (const d of shifts(before, await marks(p))) expect(d).toBeCloseTo(-100, 0);
    expect(await settledScroll(p)).toBe(y0);
    expect(await axe(p)).toEqual([]);
    await p.context().close();
  });
});

describe('the empty view\'s card lets gestures through to the plot', () => {
  it('at 375 px with real touch, a pinch and a swipe started on the card move the chart, and its buttons still answer a tap', async () => {
    const { page, errors } = await open(site.browser, { width: 375, height: 740, hasTouch: true });
    // The stretch between the Mueller report (22 March – 18 April 2019) and the carrier group (5 May).
    await page.goto(`${site.server.url}?layout=horizontal&view=2019-04-21,2019-05-03`);
    await appRunning(page);
    const card = page.locator('[data-empty-view] > div');
    await card.waitFor({ state: 'visible' });
    const range = () => page.locator('section.timeline output').first().innerText();
    expect(await card.innerText()).toContain(`No events in ${await range()}`);
    // "Earlier" is the event that ended last before the view: the report, by its end.
    const earlier = card.locator('[data-nearest="earlier"]');
    expect(await earlier.innerText()).toContain('Mueller reports on Russian interference');
    expect(await card.locator('[data-nearest="later"]').innerText()).toContain('US sends a carrier group');
    await card.scrollIntoViewIfNeeded();
    await settledScroll(page);
    expect(await axe(page)).toEqual([]);

    /** A point on the card's sentence, and whether a finger at x (on its line) is on the card and off its buttons. */
    const sentence = async () => {
      const box = (await card.locator('p').boundingBox())!;
      const outer = (await card.boundingBox())!;
      const buttons = await card.locator('button').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().toJSON() as DOMRect));
      const y = box.y + box.height / 2;
      const onCard = (x: number) => x > outer.x && x < outer.x + outer.width && !buttons.some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom);
      return { x: outer.x + outer.width / 2, y, onCard };
    };

    // A pinch whose fingers start and end on the card (not on a button) zooms the chart in.
    let at = await sentence();
    for (const dx of [-30, 30, -70, 70]) expect(at.onCard(at.x + dx), `finger at ${dx}`).toBe(true);
    const before = await range();
    const lift = await holdPinch(page, at.x, at.y, 40);
    await lift();
    await expect.poll(range).not.toBe(before);
    await page.waitForFunction((sel) => !document.querySelector(sel)?.hasAttribute('data-moving'), PLOT);
    await card.waitFor({ state: 'visible' });
    expect(await axe(page)).toEqual([]);

    // A one-finger swipe across the card pans it (later in time: the gap still empty).
    at = await sentence();
    expect(at.onCard(at.x) && at.onCard(at.x - 60)).toBe(true);
    const zoomed = await range();
    await swipe(page, at.x, at.y, -60, 0);
    await expect.poll(range).not.toBe(zoomed);
    await page.waitForFunction((sel) => !document.querySelector(sel)?.hasAttribute('data-moving'), PLOT);
    await card.waitFor({ state: 'visible' });
    expect(await axe(page)).toEqual([]);

    // Ctrl + wheel over the card zooms too, as over the rest of the plot.
    at = await sentence();
    const panned = await range();
    await page.mouse.move(at.x, at.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await expect.poll(range).not.toBe(panned);
    await page.waitForFunction((sel) => !document.querySelector(sel)?.hasAttribute('data-moving'), PLOT);
    await card.waitFor({ state: 'visible' });

    // A tap on "Earlier" still goes to the report and focuses its mark.
    await earlier.tap();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-event-id') === 'mueller-report');
    expect(await page.locator('[data-empty-view]').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** Two fingers down at `a` and `b`, moved `spread` px further apart each along the line between them, and lifted: real CDP touch events. */
async function pinchAt(p: Page, a: { x: number; y: number }, b: { x: number; y: number }, spread: number, steps = 6): Promise<void> {
  const cdp = await p.context().newCDPSession(p);
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  const ux = (b.x - a.x) / len;
  const uy = (b.y - a.y) / len;
  const fingers = (d: number) => [
    { x: a.x - ux * d, y: a.y - uy * d, radiusX: 4, radiusY: 4, force: 1, id: 1 },
    { x: b.x + ux * d, y: b.y + uy * d, radiusX: 4, radiusY: 4, force: 1, id: 2 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(0) });
  for (let i = 1; i <= steps; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers((spread * i) / steps) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

describe('rapid pinches on the chart zoom the chart, never the page', () => {
  // The view lies in the stretch between the Mueller report (22 March – 18 April 2019) and the
  // carrier group (5 May): zooming into it keeps it empty, so the "No events in …" card, with its
  // Earlier and Later buttons, stays over the plot under the fingers.
  it.each([
    { width: 375, height: 667, query: '?layout=horizontal&view=2019-04-21,2019-05-03' },
    { width: 768, height: 1024, query: '?view=2019-04-21,2019-05-03' },
  ])('at $width px, pinches in a row started on the card\'s buttons and beside them', async ({ width, height, query }) => {
    const { page, errors } = await open(site.browser, { width, height, hasTouch: true });
    const consoled: string[] = [];
    page.on('console', (m) => consoled.push(m.text()));
    await page.goto(`${site.server.url}${query}`);
    await appRunning(page);
    const card = page.locator('[data-empty-view] > div');
    await card.waitFor({ state: 'visible' });
    await card.scrollIntoViewIfNeeded();
    await settledScroll(page);
    expect(await axe(page)).toEqual([]);
    const scale = () => page.evaluate(() => visualViewport!.scale);
    const k0 = (await transform(page)).k;

    /** The middle of a card's button, and a point on the plot below the card. */
    const points = async () => {
      const earlier = (await card.locator('[data-nearest="earlier"]').boundingBox())!;
      const later = (await card.locator('[data-nearest="later"]').boundingBox())!;
      const outer = (await card.boundingBox())!;
      const plot = await plotBox(page);
      const below = { x: plot.x + plot.width / 2, y: (outer.y + outer.height + plot.y + plot.height) / 2 };
      expect(below.y - (outer.y + outer.height)).toBeGreaterThan(10);
      return {
        earlier: { x: earlier.x + earlier.width / 2, y: earlier.y + earlier.height / 2 },
        later: { x: later.x + later.width / 2, y: later.y + later.height / 2 },
        below,
      };
    };
    // Several pinches, each started as soon as the last one lifted: both fingers on one button,
    // one on each button, one on a button and one on the plot beside the card.
    let at = await points();
    await pinchAt(page, { x: at.earlier.x - 10, y: at.earlier.y }, { x: at.earlier.x + 10, y: at.earlier.y }, 50);
    at = await points();
    await pinchAt(page, at.earlier, at.later, 50);
    at = await points();
    await pinchAt(page, at.later, at.below, 50);
    at = await points();
    await pinchAt(page, at.earlier, at.below, 50);
    await page.waitForFunction((sel) => !document.querySelector(sel)?.hasAttribute('data-moving'), PLOT);
    await painted(page);

    // The page was not zoomed, the chart was (by every pinch), and nothing tried to cancel a move
    // the browser had already taken.
    expect(await scale()).toBe(1);
    expect((await transform(page)).k).toBeGreaterThan(k0 * 4);
    expect(consoled.filter((m) => m.includes('Ignored attempt to cancel'))).toEqual([]);
    await card.waitFor({ state: 'visible' });
    expect(await axe(page)).toEqual([]);

    // The buttons still answer a tap.
    await card.locator('[data-nearest="earlier"]').tap();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-event-id') === 'mueller-report');
    expect(await scale()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('at 375 px, a pinch on a cluster\'s list over the plot leaves the page unzoomed, and the list still scrolls', async () => {
    const { page, errors } = await open(site.browser, { width: 375, height: 667, hasTouch: true });
    await page.goto(`${site.server.url}?data=/data/same-instant.json&layout=horizontal`);
    await appRunning(page);
    const list = page.locator('[data-cluster-list]');
    // A tap on the cluster either zooms in or, once zooming cannot split it, opens its list.
    for (let n = 0; n < 6 && (await list.count()) === 0; n++) {
      const before = await page.evaluate(() => [...document.querySelectorAll('[data-cluster]')].map((c) => c.getAttribute('aria-label')).join('|'));
      await page.locator('[data-cluster]').first().tap();
      await page.waitForFunction((b) => document.querySelector('[data-cluster-list]') !== null
        || [...document.querySelectorAll('[data-cluster]')].map((c) => c.getAttribute('aria-label')).join('|') !== b, before);
    }
    await list.scrollIntoViewIfNeeded();
    await settledScroll(page);
    expect(await axe(page)).toEqual([]);
    expect(await list.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    const b = (await list.boundingBox())!;
    const scale = () => page.evaluate(() => visualViewport!.scale);
    await pinchAt(page, { x: b.x + b.width / 2 - 20, y: b.y + b.height / 2 }, { x: b.x + b.width / 2 + 20, y: b.y + b.height / 2 }, 80);
    await painted(page);
    expect(await scale()).toBe(1);
    await pinchAt(page, { x: b.x + b.width / 2, y: b.y + b.height / 2 - 20 }, { x: b.x + b.width / 2, y: b.y + b.height / 2 + 20 }, 80);
    await painted(page);
    expect(await scale()).toBe(1);
    // Its events still scroll under a vertical swipe.
    await list.evaluate((el) => { el.scrollTop = 0; });
    await swipe(page, b.x + b.width / 2, b.y + b.height - 20, 0, -120);
    await page.waitForFunction(() => document.querySelector('[data-cluster-list]')!.scrollTop > 0);
    expect(await scale()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
