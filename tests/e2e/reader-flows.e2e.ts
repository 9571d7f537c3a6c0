/**
 * Reader flows (issue 12): filters that bring their matches into view and say what they do,
 * history that never moves the page, states that speak (notes, names, titles, counts), "Who said
 * what" and the source reader on a phone, the Download menu, and 44 px controls on touch screens.
 * History tests read scrollY and history.length; every state visited is checked with axe.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { appRunning, axe, launch, open, painted, serve, swipe, type Served } from './harness';
import type { RawDataset } from '../../src/dataset/raw';

const root = resolve(import.meta.dirname, '../..');
const dataset = JSON.parse(readFileSync(resolve(root, 'data/timeline.json'), 'utf8')) as RawDataset;
const byId = new Map(dataset.events.map((e) => [e.id, e]));
const involves = (e: RawDataset['events'][number], person: string) => e.people.includes(person) || e.quotes.some((q) => q.speaker === person);
const lavrovIds = dataset.events.filter((e) => involves(e, 'lavrov')).map((e) => e.id);
const sochi = byId.get('sochi-talks')!;
const PLOT = 'section.timeline svg[role="group"]';

let server: Served;
let browser: Browser;
beforeAll(async () => { server = await serve(); browser = await launch(); });
afterAll(async () => { await browser?.close(); await server?.close(); });

const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));
const historyLength = (page: Page) => page.evaluate(() => history.length);

/** A finger's tap at the middle of the element: touchStart then touchEnd through CDP. */
async function tap(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/**
 * These flows are the chart's (the side panel, and the bottom sheet below the two-column width):
 * pages open on the chronological scale and with the chart forced on phones too
 * (`layout=horizontal`); the phone layout's own flows are in vertical.e2e.ts, the story's first
 * view in story.e2e.ts.
 */
function chartUrl(url: string): string {
  const u = new URL(url);
  if (!u.searchParams.has('scale')) u.searchParams.set('scale', 'time');
  if (!u.searchParams.has('layout')) u.searchParams.set('layout', 'horizontal');
  return u.href;
}

async function ready(page: Page, url: string): Promise<void> {
  await page.goto(chartUrl(url));
  await appRunning(page);
  await page.locator(`${PLOT} [data-event-id]`).first().waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  await painted(page);
}

/** True when the element's box lies within the plot's box (drawn in view, not scrolled off). */
async function inPlot(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(({ sel, plot }) => {
    const p = document.querySelector(plot)!.getBoundingClientRect();
    const el = document.querySelector(sel);
    if (!el) return false;
    const c = (el.querySelector('circle, rect:not([fill="none"])') ?? el).getBoundingClientRect();
    return c.left >= p.left && c.right <= p.right;
  }, { sel: selector, plot: PLOT });
}

describe('filters', () => {
  it('bring their matches into view: choosing Sergei Lavrov shows both his events as marks, highlighted', async () => {
    const { page, context, errors } = await open(browser, { width: 1440, height: 900 });
    await ready(page, server.url);
    const before = await page.locator('section.timeline output').textContent();
    await page.getByRole('button', { name: /^Sergei Lavrov/ }).click();
    await page.waitForFunction((b) => document.querySelector('section.timeline output')?.textContent !== b, before);
    for (const id of lavrovIds) {
      const mark = `${PLOT} [data-event-id="${id}"]`;
      await page.locator(mark).waitFor({ state: 'attached' });
      expect(await page.locator(mark).getAttribute('data-faded'), id).toBeNull();
      expect(await inPlot(page, mark), id).toBe(true);
    }
    expect(page.url()).toContain('person=lavrov');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('bring their matches into view at 375 px too: each match is a highlighted mark in view or counted by a cluster in view; cleared, the whole story', async () => {
    const { page, context } = await open(browser, { width: 375, height: 740, hasTouch: true });
    await ready(page, server.url);
    const before = await page.locator('section.timeline output').textContent();
    await tap(page, page.getByRole('button', { name: /^Filter by person or topic/ }));
    await tap(page, page.getByRole('button', { name: /^Sergei Lavrov/ }));
    await page.waitForFunction((b) => document.querySelector('section.timeline output')?.textContent !== b, before);
    expect(page.url()).toContain('person=lavrov');
    const shown = await page.evaluate((plot) => {
      const p = document.querySelector(plot)!.getBoundingClientRect();
      const inView = (el: Element) => { const r = el.getBoundingClientRect(); return r.right > p.left && r.left < p.right; };
      const marks = [...document.querySelectorAll(`${plot} [data-event-id]:not([data-faded])`)].filter((el) => inView(el.querySelector('circle, rect:not([fill="none"])') ?? el)).length;
      const clustered = [...document.querySelectorAll(`${plot} [data-cluster]`)].filter(inView).reduce((n, el) => n + Number(el.getAttribute('data-matches') ?? 0), 0);
      return marks + clustered;
    }, PLOT);
    expect(shown).toBe(lavrovIds.length);
    expect(await axe(page)).toEqual([]);
    // Clearing them shows the whole story again, as it opened (not the matches' days, with most
    // of its events out of view as if still filtered out).
    await tap(page, page.locator('[data-filter-status]').getByRole('button', { name: 'Clear filters' }));
    await expect.poll(() => page.locator('section.timeline output').textContent()).toBe(before);
    // And so does choosing the last chip off again (the filters stay open after "Clear filters").
    const chip = page.getByRole('button', { name: /^Sergei Lavrov/ });
    if (!(await chip.isVisible())) await tap(page, page.getByRole('button', { name: /^Filter by person or topic/ }));
    await tap(page, chip);
    await page.waitForFunction((b) => document.querySelector('section.timeline output')?.textContent !== b, before);
    await tap(page, chip);
    await expect.poll(() => page.locator('section.timeline output').textContent()).toBe(before);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('a cluster says how many of its events match, and faded marks say they are outside the filters', async () => {
    const { page, context } = await open(browser, { width: 1440, height: 900 });
    await ready(page, `${server.url}#person=lavrov`);
    // "Fit all" folds the May 2019 days into a cluster, with Lavrov's events inside it.
    await page.getByRole('button', { name: 'Fit all' }).click();
    await page.locator(`${PLOT} [data-cluster]`).first().waitFor();
    const clusters = await page.locator(`${PLOT} [data-cluster]`).evaluateAll((els) => els.map((el) => ({
      matches: Number(el.getAttribute('data-matches')), name: el.getAttribute('aria-label') ?? '',
    })));
    const matchingMarks = await page.locator(`${PLOT} [data-event-id]:not([data-faded])`).count();
    expect(clusters.reduce((n, c) => n + c.matches, 0) + matchingMarks).toBe(lavrovIds.length);
    expect(clusters.some((c) => c.matches > 0)).toBe(true);
    for (const c of clusters) {
      expect(c.name).toMatch(c.matches === 0 ? /; none match the filters$/ : new RegExp(`; ${c.matches} match(es)? the filters$`));
    }
    const names = await page.locator(`${PLOT} [data-event-id]`).evaluateAll((els) => els.map((el) => [el.hasAttribute('data-faded'), el.getAttribute('aria-label') ?? ''] as const));
    expect(names.length).toBeGreaterThan(0);
    for (const [faded, name] of names) expect(name.endsWith(', outside the filters'), name).toBe(faded);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('an empty result names the filters in a sentence, chip counts follow the other group, the rule is said once', async () => {
    const { page, context } = await open(browser, { width: 1440, height: 900 });
    await ready(page, `${server.url}#person=lavrov&topic=iran`);
    const sentence = 'No events involve Sergei Lavrov and have the topic Iran.';
    await page.locator('[data-filter-status]').filter({ hasText: sentence }).waitFor();
    await expect.poll(() => page.locator('[data-empty-list]').innerText()).toContain(sentence);
    expect(await page.locator('#events ~ div ol > li').count()).toBe(0);
    // Iran beside Lavrov gives nothing, and so does Lavrov beside Iran; Mike Pompeo beside Iran gives his Iran events.
    const pompeoIran = dataset.events.filter((e) => involves(e, 'pompeo') && e.topics.includes('iran')).length;
    const chips = page.locator('#filters');
    expect(await chips.getByRole('button', { name: /^Iran/ }).getAttribute('aria-pressed')).toBe('true');
    expect(await chips.getByRole('button', { name: /^Iran/ }).textContent()).toBe('Iran 0 events');
    expect(await chips.getByRole('button', { name: /^Sergei Lavrov/ }).textContent()).toBe('Sergei Lavrov 0 events');
    expect(await chips.getByRole('button', { name: /^Mike Pompeo/ }).textContent()).toBe(`Mike Pompeo ${pompeoIran} ${pompeoIran === 1 ? 'event' : 'events'}`);
    expect(await page.getByText(/An event is shown when it matches any chosen person and any chosen topic/).count()).toBe(1);
    // No bubble claims a match.
    const matches = await page.locator(`${PLOT} [data-cluster]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-matches')));
    for (const m of matches) expect(m).toBe('0');
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  for (const where of ['status', 'list'] as const) {
    it(`"Clear filters" (${where}) puts focus on the filter group`, async () => {
      const { page, context } = await open(browser, { width: 1440, height: 900 });
      await ready(page, `${server.url}#person=lavrov&topic=iran`);
      const scope = where === 'status' ? page.locator('[data-filter-status]') : page.locator('[data-empty-list]');
      await scope.getByRole('button', { name: 'Clear filters' }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('filters');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('group');
      expect(page.url()).not.toMatch(/person=|topic=/);
      expect(await axe(page)).toEqual([]);
      await context.close();
    });
  }
});

describe('the Download menu', () => {
  it('is a disclosure that closes on Escape, outside presses and a choice, and offers these N events or all, with a BOM', async () => {
    const { page, context } = await open(browser, { width: 1440, height: 900 });
    await ready(page, `${server.url}#person=lavrov`);
    const button = page.getByRole('button', { name: 'Download', exact: true });
    const menu = page.getByRole('list', { name: 'Downloads' });
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await menu.isVisible()).toBe(true);
    expect(await menu.getByRole('button').allInnerTexts()).toEqual([
      `These ${lavrovIds.length} events (CSV)`, `All ${dataset.events.length} events (CSV)`, 'The dataset (JSON)',
      // Where the chart is drawn, a picture of it too (issue 13).
      'Image (SVG)', 'Image (PNG)', 'Image (PNG, 2×)',
    ]);
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Download');
    await button.click();
    await page.mouse.click(5, 5);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.isVisible()).toBe(false);

    const fetchCsv = async (label: RegExp) => {
      await button.click();
      const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: label }).click()]);
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      return readFileSync((await download.path())!);
    };
    const these = await fetchCsv(/^These/);
    expect([...these.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const theseRows = these.toString('utf8').slice(1).trim().split('\r\n');
    expect(theseRows.slice(1).map((r) => r.split(',')[0]).sort()).toEqual([...lavrovIds].sort());
    const all = await fetchCsv(/^All/);
    expect([...all.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = all.toString('utf8');
    expect(text.slice(1).trim().split('\r\n')).toHaveLength(dataset.events.length + 1);
    expect(text).toContain('Guaidó');
    await context.close();
  });

  for (const [width, hasTouch] of [[1280, false], [375, true]] as const) {
    it(`at ${width} px opens under its button: the buttons beside it keep their size and place, the menu inside the window`, async () => {
      const { page, context } = await open(browser, { width, height: 800, hasTouch });
      await page.goto(server.url);
      await appRunning(page);
      const boxes = () => page.evaluate(() => [
        ...['#who-said-what', 'button[aria-haspopup="dialog"]'].map((sel) => document.querySelector(sel)?.getBoundingClientRect()),
      ].map((r) => (r ? [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)] : null)));
      const before = await boxes();
      const button = page.getByRole('button', { name: 'Download', exact: true });
      if (hasTouch) await tap(page, button);
      else await button.click();
      const menu = page.getByRole('list', { name: 'Downloads' });
      await menu.waitFor();
      expect(await boxes()).toEqual(before);
      const m = (await menu.boundingBox())!;
      expect(m.x).toBeGreaterThanOrEqual(0);
      expect(m.x + m.width).toBeLessThanOrEqual(width);
      // Every item can be hit where it is drawn.
      expect(await menu.getByRole('button').evaluateAll((items) => items.every((b) => {
        const r = b.getBoundingClientRect();
        b.scrollIntoView({ block: 'nearest' });
        const s = b.getBoundingClientRect();
        return r.width > 0 && b.contains(document.elementFromPoint(s.left + s.width / 2, s.top + s.height / 2));
      }))).toBe(true);
      expect(await axe(page)).toEqual([]);
      await context.close();
    });
  }
});

describe('history and scrolling', () => {
  it('Back and Forward never move the page (from the top, and from further down)', async () => {
    const { page, context } = await open(browser, { width: 1440, height: 900 });
    await ready(page, `${server.url}#event=helsinki-summit`);
    await page.locator('#panel-title').filter({ hasText: 'Helsinki' }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator(`${PLOT} [data-event-id="putin-weapons-address"]`).click();
    await page.locator('#panel-title').filter({ hasText: 'Putin unveils' }).waitFor();
    const length = await historyLength(page);
    expect(await scrollY(page)).toBe(0);
    await page.goBack();
    await page.locator('#panel-title').filter({ hasText: 'Helsinki' }).waitFor();
    await painted(page);
    expect(await scrollY(page)).toBe(0);
    expect(await historyLength(page)).toBe(length);
    await page.evaluate(() => window.scrollTo(0, 400));
    await page.goForward();
    await page.locator('#panel-title').filter({ hasText: 'Putin unveils' }).waitFor();
    await painted(page);
    expect(await scrollY(page)).toBe(400);
    // From the list, far down the page: Back keeps the reader where they are.
    const link = page.locator('#events ~ div ol > li a', { hasText: 'Mueller' });
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await page.locator('#panel-title').filter({ hasText: 'Mueller' }).waitFor();
    const y = await scrollY(page);
    expect(y).toBeGreaterThan(800);
    await page.goBack();
    await page.locator('#panel-title').filter({ hasText: 'Putin unveils' }).waitFor();
    await painted(page);
    expect(await scrollY(page)).toBe(y);
    expect(await historyLength(page)).toBe(length + 1);
    await context.close();
  });

  for (const reducedMotion of ['reduce', 'no-preference'] as const) it(`Back and Forward never move the page on a phone either (${reducedMotion} motion), nor does a choice made in the list`, async () => {
    const { page, context } = await open(browser, { width: 375, height: 740, hasTouch: true, reducedMotion });
    await ready(page, server.url);
    const pick = async (title: string) => {
      // The list entries sit under the bottom sheet once it is open: clicked as a script would.
      await page.locator('#events ~ div ol > li a', { hasText: title }).evaluate((a) => (a as HTMLElement).click());
      await page.locator('#panel-title').filter({ hasText: title }).waitFor();
    };
    await page.evaluate(() => window.scrollTo(0, 1200));
    await expect.poll(() => scrollY(page)).toBe(1200);
    // The event opens in the sheet over the list where the reader is, not up at the chart.
    await pick('Helsinki');
    await painted(page);
    expect(await scrollY(page)).toBe(1200);
    await pick('Mueller');
    const length = await historyLength(page);
    await page.evaluate(() => window.scrollTo(0, 900));
    await expect.poll(() => scrollY(page)).toBe(900);
    await page.goBack();
    await page.locator('#panel-title').filter({ hasText: 'Helsinki' }).waitFor();
    await painted(page);
    expect(await scrollY(page)).toBe(900);
    await page.goForward();
    await page.locator('#panel-title').filter({ hasText: 'Mueller' }).waitFor();
    await painted(page);
    expect(await scrollY(page)).toBe(900);
    expect(await historyLength(page)).toBe(length);
    await context.close();
  });

  it('Escape closes the panel without adding a history entry, so Back does not re-open it', async () => {
    const { page, context } = await open(browser, { width: 1440, height: 900 });
    await ready(page, server.url);
    const start = await historyLength(page);
    await page.locator('#events ~ div ol > li a', { hasText: 'Helsinki' }).click();
    await page.locator('#panel-title').filter({ hasText: 'Helsinki' }).waitFor();
    expect(await historyLength(page)).toBe(start + 1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#panel-title').count()).toBe(0);
    expect(await historyLength(page)).toBe(start + 1);
    expect(page.url()).not.toContain('#event=');
    expect(await axe(page)).toEqual([]);
    const y = await scrollY(page);
    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('event='));
    await painted(page);
    expect(await page.locator('#panel-title').count()).toBe(0);
    expect(await scrollY(page)).toBe(y);
    await context.close();
  });

  it('a link to an event scrolls only as far as needed to show the timeline', async () => {
    const { page, context } = await open(browser, { width: 1440, height: 900 });
    await ready(page, `${server.url}#event=putin-receives-pompeo`);
    await page.locator('#panel-title').waitFor();
    await painted(page);
    // The whole chart fits in the first screen at 1440 × 900: the page stays at the top.
    expect(await scrollY(page)).toBe(0);
    const box = await page.locator('section.timeline').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    await context.close();

    // At 1280 × 640 it does not: the page scrolls until its bottom shows, no further.
    const short = await open(browser, { width: 1280, height: 640 });
    await ready(short.page, `${server.url}#event=putin-receives-pompeo`);
    await short.page.locator('#panel-title').waitFor();
    await painted(short.page);
    const b = (await short.page.locator('section.timeline').boundingBox())!;
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.y + b.height).toBeLessThanOrEqual(640);
    expect(b.y + b.height).toBeGreaterThan(640 - 24);
    await short.context.close();
  });

  it('a link to an unknown event says so in a polite, dismissable note and leaves the page usable', async () => {
    const { page, context, errors } = await open(browser, { width: 1440, height: 900 });
    await ready(page, `${server.url}#event=does-not-exist`);
    const note = page.locator('[data-link-notice]');
    await note.waitFor();
    expect(await note.innerText()).toContain('event “does-not-exist”');
    expect(await note.evaluate((n) => n.closest('[role="status"]') !== null)).toBe(true);
    expect(await scrollY(page)).toBe(0);
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Dismiss this note' }).click();
    await expect.poll(() => note.count()).toBe(0);
    await page.locator(`${PLOT} [data-event-id]`).first().click();
    await page.locator('#panel-title').waitFor();
    expect(errors).toEqual([]);

    // Any unknown id of the link, and the embed's ?event= option, get the same note; known parts still apply.
    await ready(page, `${server.url}?v=2#event=nope&person=lavrov,ghost&topic=weather`);
    await expect.poll(() => note.innerText()).toContain('event “nope”, person “ghost”, and topic “weather”');
    expect(await page.locator('#filters button[aria-pressed="true"]').allInnerTexts()).toEqual([expect.stringMatching(/^Sergei Lavrov/)]);
    await ready(page, `${server.url}embed.html?event=nope`);
    await expect.poll(() => note.innerText()).toContain('event “nope”');
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});

describe('words and names', () => {
  it('document.title names the selected event, and returns to the story when it closes', async () => {
    const { page, context } = await open(browser, { width: 1440, height: 900 });
    await ready(page, `${server.url}#event=${sochi.id}`);
    await expect.poll(() => page.title()).toBe(`${sochi.title} — ${dataset.title}`);
    await page.getByRole('button', { name: 'Close the event panel' }).click();
    await expect.poll(() => page.title()).toBe(dataset.title);
    await context.close();
  });

  it('labels its counts: events on the chips, quotes in "Who said what", no second bare total', async () => {
    const { page, context } = await open(browser, { width: 1440, height: 900 });
    await ready(page, server.url);
    const chips = await page.locator('#filters button[aria-pressed]').evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText + '|' + el.textContent));
    for (const c of chips) expect(c, c).toMatch(/\d+ events?$/);
    const speakers = await page.locator('[data-speaker] h3').allInnerTexts();
    expect(speakers.length).toBeGreaterThan(0);
    for (const s of speakers) expect(s).toMatch(/· \d+ quotes?$/);
    expect(await page.getByText(/^\d+ events\.$/).count()).toBe(0);
    await context.close();
  });

  it('names each "Read in context" button by its quote', async () => {
    const { page, context } = await open(browser, { width: 1440, height: 900 });
    await ready(page, `${server.url}#event=${sochi.id}`);
    await page.locator('#panel-title').waitFor();
    const names = await page.locator('aside button', { hasText: 'Read in context' }).evaluateAll((els) => els.map((el) => el.textContent ?? ''));
    expect(names).toHaveLength(sochi.quotes.length);
    expect(new Set(names).size).toBe(names.length);
    sochi.quotes.forEach((q, i) => expect(names[i]).toContain(q.text.split(/\s+/).slice(0, 3).join(' ')));
    for (const n of names) expect(n).not.toMatch(/…/);
    await context.close();
  });
});

/** A 375 px touch page with "Who said what" opened from its header button, focus on the sheet's heading. */
async function whoSheetOnPhone(): Promise<{ page: Page; context: BrowserContext }> {
  const { page, context } = await open(browser, { width: 375, height: 740, hasTouch: true });
  await ready(page, server.url);
  await tap(page, page.locator('#who-said-what'));
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('who-title');
  return { page, context };
}

describe('"Who said what"', () => {
  it('marks exactly the selected event’s quotes, with aria-current', async () => {
    const { page, context } = await open(browser, { width: 1440, height: 900 });
    await ready(page, `${server.url}#event=${sochi.id}`);
    await page.locator('#panel-title').waitFor();
    await page.locator('#who-said-what').click();
    await page.locator('#who-title').waitFor();
    const current = await page.locator('button[data-quote-id][aria-current="true"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-quote-id')));
    expect(current.sort()).toEqual(sochi.quotes.map((q) => q.id).sort());
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('the header button moves focus to the panel at 1440 px, where it is already showing', async () => {
    const { page, context } = await open(browser, { width: 1440, height: 900 });
    await ready(page, server.url);
    await page.locator('#who-title').waitFor();
    await page.locator('#who-said-what').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('who-title');
    await context.close();
  });

  it('at 375 px the sheet opens with focus inside it, and closing it returns focus to the button', async () => {
    const { page, context } = await whoSheetOnPhone();
    const inSheet = await page.evaluate(() => {
      const aside = document.activeElement!.closest('aside')!;
      const r = document.activeElement!.getBoundingClientRect();
      return aside.getAttribute('data-open') === 'true' && r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inSheet).toBe(true);
    expect(await axe(page)).toEqual([]);
    await tap(page, page.getByRole('button', { name: 'Close who said what' }));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('who-said-what');
    await context.close();
  });

  it('never ends a quote with an ellipsis: long ones fade out with "more", without a closing mark, and open whole', async () => {
    const { page, context } = await open(browser, { width: 1440, height: 900 });
    await ready(page, server.url);
    const quotes = dataset.events.flatMap((e) => e.quotes);
    const items = page.locator('button[data-quote-id]');
    await items.first().waitFor();
    for (const q of quotes) {
      const item = page.locator(`button[data-quote-id="${q.id}"] > span.font-serif`);
      const text = await item.innerText();
      const folded = (await item.getAttribute('data-folded')) === 'true';
      expect(text.startsWith(`“${q.text.slice(0, 20)}`), q.id).toBe(true);
      expect(await item.evaluate((el) => getComputedStyle(el).webkitLineClamp)).toBe('none');
      if (!folded) {
        expect(text).toBe(`“${q.text}”`);
        continue;
      }
      expect(text.endsWith('”')).toBe(false);
      expect(await item.evaluate((el) => getComputedStyle(el).maskImage)).toContain('gradient');
      const more = page.locator(`li:has(> button[data-quote-id="${q.id}"]) > button[aria-expanded]`);
      expect(await more.textContent()).toMatch(/^more of this quote by /);
      await more.click();
      await expect.poll(() => item.innerText()).toBe(`“${q.text}”`);
      expect(await more.getAttribute('aria-expanded')).toBe('true');
    }
    expect(await page.locator('button[data-quote-id] [data-folded]').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});

describe('the source reader on a phone', () => {
  it('keeps its header compact, keys its marks before the text, and does not dress mentions as links', async () => {
    const { page, context } = await open(browser, { width: 375, height: 740, hasTouch: true });
    await ready(page, `${server.url}#event=${sochi.id}`);
    await page.locator('#panel-title').waitFor();
    await page.getByRole('button', { name: /^Read in context/ }).first().click();
    await page.locator('dialog mark[data-current]').waitFor();
    const header = (await page.locator('dialog [data-reader-header]').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(740 * 0.2);
    const mention = page.locator('dialog mark[data-mention]').first();
    expect(await mention.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('none');
    expect(await mention.evaluate((el) => getComputedStyle(el).cursor)).not.toBe('pointer');
    const keyFirst = await page.evaluate(() => {
      const key = document.querySelector('dialog [data-reader-key]')!;
      const firstMark = document.querySelector('dialog mark[data-mention], dialog mark[data-current]')!;
      return Boolean(key.compareDocumentPosition(firstMark) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(keyFirst).toBe(true);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});

describe('Back, Escape and Tab on a phone', () => {
  it('Back closes the article reader and only it; closed by its button, its history entry goes too', async () => {
    // The phone's own layout: the event opens in place.
    const { page, context } = await open(browser, { width: 375, height: 740, hasTouch: true });
    await page.goto(server.url);
    await appRunning(page);
    await tap(page, page.locator(`.vtimeline a[data-event-id="${sochi.id}"]`));
    await page.locator('#panel-title').waitFor();
    const readInContext = page.getByRole('button', { name: /^Read in context/ }).first();
    await tap(page, readInContext);
    await page.locator('dialog mark[data-current]').waitFor();
    await page.goBack();
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    expect(await page.evaluate(() => location.hash)).toBe(`#event=${sochi.id}`);
    expect(await page.locator('#panel-title').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Read in context/);
    expect(await axe(page)).toEqual([]);
    // Opened again and closed by its button: Back then leaves the event, as before the reader.
    await tap(page, readInContext);
    await page.locator('dialog mark[data-current]').waitFor();
    await tap(page, page.locator('dialog').getByRole('button', { name: /^Close/ }).first());
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => (history.state as { reader?: boolean } | null)?.reader ?? false)).toBe(false);
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    // "Show its event" from the reader: one Back then leaves that event, as before the reader.
    await page.goForward();
    await page.locator('#panel-title').waitFor();
    await tap(page, readInContext);
    await page.locator('dialog mark[data-current]').waitFor();
    await tap(page, page.locator('dialog').getByRole('button', { name: 'Show its event' }));
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => (history.state as { reader?: boolean } | null)?.reader ?? false)).toBe(false);
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    await context.close();
  });

  it('in landscape, an event chosen in the list opens where the reader is, and closing it gives focus back to its entry there', async () => {
    const { page, context } = await open(browser, { width: 740, height: 375, hasTouch: true });
    await ready(page, server.url);
    const entry = page.locator('#events ~ * li a[href="#event=trump-g20-remark"]');
    await entry.scrollIntoViewIfNeeded();
    const before = await scrollY(page);
    expect(before).toBeGreaterThan(1500);
    await tap(page, entry);
    await page.locator('#panel-title').waitFor();
    await painted(page);
    // The page did not jump up to the chart (it went to about 430 px).
    expect(Math.abs((await scrollY(page)) - before)).toBeLessThan(100);
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#event=trump-g20-remark');
    expect(Math.abs((await scrollY(page)) - before)).toBeLessThan(400);
    await context.close();
  });

  it('"Who said what": Escape gives focus back to its button; a control reached by Tab is scrolled clear of the sheet', async () => {
    const { page, context } = await whoSheetOnPhone();
    // Two controls of the list of events, one after the other, both under the open sheet.
    const under = await page.evaluate(() => {
      const sheet = document.querySelector('aside[data-open="true"]')!.getBoundingClientRect();
      const links = [...document.querySelectorAll<HTMLElement>('#events ~ * a[href], #events ~ * button')];
      const i = links.findIndex((a, j) => j > 0 && a.getBoundingClientRect().top > sheet.top + 20 && links[j - 1]!.getBoundingClientRect().top > sheet.top + 20);
      if (i < 0) return null;
      links[i - 1]!.focus({ preventScroll: true });
      return links[i]!.textContent;
    });
    expect(under).not.toBeNull();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(under);
    const clear = await page.evaluate(() => {
      const sheet = document.querySelector('aside[data-open="true"]')!.getBoundingClientRect();
      const r = document.activeElement!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= sheet.top;
    });
    expect(clear).toBe(true);
    expect(await axe(page)).toEqual([]);
    await page.locator('#who-title').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('who-said-what');
    expect(await page.locator('aside[data-open="true"]').count()).toBe(0);
    await context.close();
  });
});

describe('"Show its event" in the article reader', () => {
  it('at 1280 px brings the side panel back to its heading, focused, and leaves the page where it was', async () => {
    const { page, context } = await open(browser, { width: 1280, height: 800 });
    await page.goto(`${server.url}#event=${sochi.id}`);
    await appRunning(page);
    await page.locator('#panel-title').waitFor();
    const panel = page.locator('aside[data-open="true"]');
    // The panel scrolled down to its last quote, its heading out of view.
    await panel.evaluate((el) => { el.scrollTop = el.scrollHeight; });
    await page.evaluate(() => scrollTo(0, 300));
    await painted(page);
    await page.getByRole('button', { name: /^Read in context/ }).last().click();
    await page.locator('dialog mark[data-current]').waitFor();
    const y = await scrollY(page);
    await page.getByRole('button', { name: 'Show its event' }).click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBe(0);
    expect(await scrollY(page)).toBe(y);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  for (const layout of ['horizontal', 'vertical'] as const) {
    it(`at 375 px (${layout}) puts focus on its event's heading, in view, also when that event is the one open`, async () => {
      const { page, context } = await open(browser, { width: 375, height: 740, hasTouch: true });
      await page.goto(`${server.url}?layout=${layout}#event=${sochi.id}`);
      await appRunning(page);
      await page.locator('#panel-title').waitFor();
      // The last quote's button, low in the panel: the heading is scrolled out of view to reach it.
      await tap(page, page.getByRole('button', { name: /^Read in context/ }).last());
      await page.locator('dialog mark[data-current]').waitFor();
      await tap(page, page.getByRole('button', { name: 'Show its event' }));
      await page.locator('dialog[open]').waitFor({ state: 'detached' });
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
      // In view: the heading is what a finger would touch at its first line's middle (not scrolled
      // off in the sheet, nor under the phone's sticky bar).
      const shown = () => page.locator('#panel-title').evaluate((h) => {
        const r = h.getClientRects()[0]!;
        const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 40), r.top + r.height / 2);
        return hit && h.contains(hit) ? 'in view' : `at ${Math.round(r.top)}–${Math.round(r.bottom)} of ${innerHeight}, under ${hit?.outerHTML.slice(0, 80)}`;
      });
      // A smooth scroll to the event (the phone's list scrolls to it itself) may still be running.
      await expect.poll(shown).toBe('in view');
      expect(page.url()).toContain(`#event=${sochi.id}`);
      expect(await axe(page)).toEqual([]);
      await context.close();
    });
  }
});

describe('touch screens', () => {
  it('at 375 px a swipe in the event sheet or the article reader, scrolled to its end, leaves the page behind it where it was', async () => {
    const { page, context } = await open(browser, { width: 375, height: 740, hasTouch: true });
    await ready(page, `${server.url}#event=${sochi.id}`);
    const sheet = page.locator('aside[data-open="true"]');
    await sheet.locator('#panel-title').waitFor();
    // The sheet scrolls (its event has more than it shows), and is at its end.
    expect(await sheet.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await sheet.evaluate((el) => { el.scrollTop = el.scrollHeight; });
    await page.evaluate(() => scrollTo(0, 200));
    const before = await scrollY(page);
    const box = (await sheet.boundingBox())!;
    for (const dy of [-240, 240]) {
      // Up at its end, then down from its top: neither goes on to the page.
      if (dy > 0) await sheet.evaluate((el) => { el.scrollTop = 0; });
      await swipe(page, box.x + box.width / 2, box.y + box.height / 2, 0, dy);
      await painted(page);
      expect(await scrollY(page), `swipe ${dy}`).toBe(before);
    }
    await tap(page, page.getByRole('button', { name: /^Read in context/ }).first());
    const text = page.locator('dialog[open] [tabindex="0"]').first();
    await page.locator('dialog mark[data-current]').waitFor();
    // On a phone the reader scrolls as a whole, under its sticky toolbar: scrolled to its end, a
    // swipe on the article's words (in the middle of the screen) stays in the reader.
    await page.locator('dialog[open]').evaluate((el) => { el.scrollTop = el.scrollHeight; });
    await painted(page);
    expect(await text.evaluate((el) => el.contains(document.elementFromPoint(187, 440)))).toBe(true);
    await swipe(page, 187, 440, 0, -240);
    await painted(page);
    expect(await scrollY(page), 'swipe in the reader').toBe(before);
    // Its header does not scroll: a swipe there stays in the reader too.
    const header = (await page.locator('dialog[open] [data-reader-header]').boundingBox())!;
    await swipe(page, header.x + header.width / 2, header.y + header.height / 2, 0, -240);
    await painted(page);
    expect(await scrollY(page), 'swipe on the reader\'s header').toBe(before);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('at 375 px, swiped to its end, the event sheet and "Who said what" keep their close button in view, which a tap closes', async () => {
    // Seen on a phone: the close button scrolled away with the sheet's words, and a tap outside
    // the sheet does not close it, so the reader had to swipe all the way back to leave.
    const { page, context, errors } = await open(browser, { width: 375, height: 740, hasTouch: true });
    await ready(page, `${server.url}#event=${sochi.id}`);
    const sheet = page.locator('aside[data-open="true"]');
    await sheet.locator('#panel-title').waitFor();
    for (const name of ['Close the event panel', 'Close who said what']) {
      if (name === 'Close who said what') {
        await tap(page, page.getByRole('button', { name: 'Who said what' }));
        await sheet.locator('#who-title').waitFor();
      }
      const box = (await sheet.boundingBox())!;
      expect(await sheet.evaluate((el) => el.scrollHeight > el.clientHeight * 1.5), name).toBe(true);
      // Swiped up until the sheet is at its end.
      for (let i = 0; i < 12 && (await sheet.evaluate((el) => el.scrollTop + el.clientHeight < el.scrollHeight - 1)); i++) {
        await swipe(page, box.x + box.width / 2, box.y + box.height - 40, 0, -300);
        await painted(page);
      }
      expect(await sheet.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1), name).toBe(true);
      const close = sheet.getByRole('button', { name });
      const at = (await close.boundingBox())!;
      // Whole, inside the sheet's top, and the element a finger there lands on.
      expect(at.y, name).toBeGreaterThanOrEqual(box.y);
      expect(at.y + at.height, name).toBeLessThanOrEqual(box.y + 80);
      expect(await close.evaluate((el, p) => el.contains(document.elementFromPoint(p.x, p.y)), { x: at.x + at.width / 2, y: at.y + at.height / 2 }), name).toBe(true);
      expect(await axe(page)).toEqual([]);
      const point = { x: at.x + at.width / 2, y: at.y + at.height / 2 };
      const cdp = await context.newCDPSession(page);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await cdp.detach();
      await page.locator('aside[data-open="false"]').waitFor({ state: 'attached' });
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('every control is at least 44 × 44 px at 375 px with a coarse pointer (filters, panel and menu open)', async () => {
    const { page, context } = await open(browser, { width: 375, height: 740, hasTouch: true });
    await ready(page, `${server.url}#event=${sochi.id}&person=lavrov`);
    await page.locator('#panel-title').waitFor();
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    await tap(page, page.getByRole('button', { name: /^Filter by person or topic/ }));
    await tap(page, page.getByRole('button', { name: 'Download', exact: true }));
    await page.getByRole('list', { name: 'Downloads' }).waitFor();
    const small = await page.evaluate(() => [...document.querySelectorAll('button, a[href], input, select, summary, [role="button"]')].filter((el) => {
      if (el.closest('svg') || el.closest('.sr-only')) return false;
      // Links inside a sentence are exempt (WCAG 2.5.8, "inline").
      if (el.tagName === 'A' && el.closest('p, footer')) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && (r.width < 44 || r.height < 44);
    }).map((el) => `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`));
    expect(small).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('a finger on a mark selects it, on its title as on its dot (the plot answers for every mark)', async () => {
    const { page, context, errors } = await open(browser, { width: 768, height: 900, hasTouch: true });
    await ready(page, server.url);
    const marks = page.locator(`${PLOT} [data-event-id]`);
    const ids = await marks.evaluateAll((ms) => ms.filter((m) => m.querySelector('text')).map((m) => m.getAttribute('data-event-id')!));
    expect(ids.length).toBeGreaterThan(1);
    await tap(page, page.locator(`${PLOT} [data-event-id="${ids[0]}"] .tl-glyph`));
    await expect.poll(() => page.locator(`${PLOT} [data-event-id="${ids[0]}"]`).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(`${PLOT} [aria-pressed="true"]`).count()).toBe(0);
    await tap(page, page.locator(`${PLOT} [data-event-id="${ids[1]}"] text`));
    await expect.poll(() => page.locator(`${PLOT} [data-event-id="${ids[1]}"]`).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator(`${PLOT} [aria-pressed="true"]`).count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
