/**
 * Linked quote panels (issue 4): a mark opens exactly its quotes, every quote on screen is verbatim
 * in the raw article, deep links and history, the source reader, "Who said what", filters,
 * keyboard-only use, and axe with the panel open.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appRunning, axe, largeText, launch, layoutFaults, open, serve, type Served } from './harness';
import type { RawDataset } from '../../src/dataset/raw';

const root = resolve(import.meta.dirname, '../..');
const dataset = JSON.parse(readFileSync(resolve(root, 'data/timeline.json'), 'utf8')) as RawDataset;
const raw = readdirSync(resolve(root, 'data/sources')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(resolve(root, 'data/sources', f), 'utf8'));
const withQuotes = dataset.events.filter((e) => e.quotes.length > 0);
const sochi = dataset.events.find((e) => e.id === 'sochi-talks')!;

let server: Served;
let browser: Browser;
beforeAll(async () => { server = await serve(); browser = await launch(); });
afterAll(async () => { await browser?.close(); await server?.close(); });

async function panelQuotes(page: Page): Promise<string[]> {
  return page.locator('aside blockquote').allInnerTexts().then((t) => t.map((s) => s.replace(/^“|”$/g, '').trim()));
}

describe('the quote panel', () => {
  it('opens from #event=<id> with exactly that event’s quotes, each verbatim in its raw article', async () => {
    const { page, context, errors } = await open(browser);
    for (const e of withQuotes) {
      await page.goto(`${server.url}#event=${e.id}`);
      await page.locator('#panel-title').filter({ hasText: e.title }).waitFor();
      const shown = await panelQuotes(page);
      expect(shown).toEqual(e.quotes.map((q) => q.text));
      for (const text of shown) expect(raw.some((r) => r.includes(text)), text).toBe(true);
      expect(await page.locator(`[data-event-id="${e.id}"]`).getAttribute('aria-pressed')).toBe('true');
    }
    expect(errors).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('clicking a mark selects it, shows its quotes, and back restores the previous selection', async () => {
    const { page, context } = await open(browser);
    await page.goto(`${server.url}#event=helsinki-summit`);
    await page.locator('#panel-title').filter({ hasText: 'Helsinki' }).waitFor();
    const mark = page.locator('[data-event-id="putin-weapons-address"]');
    await mark.click();
    await page.locator('#panel-title').filter({ hasText: 'Putin unveils' }).waitFor();
    expect(await panelQuotes(page)).toEqual(['invincible']);
    expect(page.url()).toContain('#event=putin-weapons-address');
    await page.goBack();
    await page.locator('#panel-title').filter({ hasText: 'Helsinki' }).waitFor();
    expect(page.url()).toContain('#event=helsinki-summit');
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('reads a quote in context: the reader highlights exactly the quote’s span and steps through the article', async () => {
    const { page, context } = await open(browser);
    await page.goto(`${server.url}#event=${sochi.id}`);
    await page.locator('#panel-title').filter({ hasText: sochi.title }).waitFor();
    await page.getByRole('button', { name: /Read in context/ }).first().click();
    const current = page.locator('dialog mark[data-current]');
    await current.waitFor();
    expect(await current.innerText()).toBe(sochi.quotes[0]!.text);
    const source = dataset.sources.find((s) => s.id === sochi.quotes[0]!.source)!;
    expect(Number(await current.getAttribute('data-start'))).toBe(sochi.quotes[0]!.start);
    expect(source.text.slice(sochi.quotes[0]!.start, sochi.quotes[0]!.end)).toBe(sochi.quotes[0]!.text);
    expect(await page.locator('dialog mark[data-mention]').count()).toBeGreaterThan(0);
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: /Next quote/ }).click();
    await expect.poll(() => current.innerText()).not.toBe(sochi.quotes[0]!.text);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  for (const width of [320, 375]) {
    it(`at ${width} px with the reader's text at 200%, the reader's toolbar wraps whole and leaves the article the screen`, async () => {
      const { page, context, errors } = await open(browser, { width, height: 740, hasTouch: true });
      await page.goto(`${server.url}#event=${sochi.id}`);
      await page.locator('#panel-title').waitFor();
      await page.waitForLoadState('networkidle');
      await largeText(page);
      await page.getByRole('button', { name: /^Read in context/ }).last().click();
      await page.locator('dialog mark[data-current]').waitFor();
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      // Every control and the counter ("Quote 7 of 8") on screen, whole, no word split, no sideways scroll.
      expect(await layoutFaults(page, 'dialog[open] button, dialog[open] [aria-live]', 'html, dialog[open]')).toEqual([]);
      expect(await page.locator('dialog[open] [aria-live]').innerText()).toMatch(/^Quote \d+ of \d+/);
      // What stays fixed at the top leaves most of the screen to the article (it took 372 of 740 px).
      const header = (await page.locator('dialog[open] [data-reader-header]').boundingBox())!;
      expect(header.height).toBeLessThan(740 * 0.25);
      // Every control is still a 44 × 44 px target.
      const small = await page.locator('dialog[open] button').evaluateAll((els) => els.map((b) => b.getBoundingClientRect()).filter((r) => r.width < 44 || r.height < 44).length);
      expect(small).toBe(0);
      expect(await axe(page)).toEqual([]);
      // Scrolled to the article's start, the headline is there to read, under the toolbar.
      await page.locator('dialog[open]').evaluate((d) => { d.scrollTop = 0; });
      expect(await page.locator('#reader-title').isVisible()).toBe(true);
      expect(await axe(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('moves the timeline to a quote’s event from “Who said what”', async () => {
    const { page, context } = await open(browser);
    await page.goto(server.url);
    const quote = dataset.events.find((e) => e.id === 'pompeo-tweet')!.quotes[0]!;
    // Possibly before the app runs: the tap is then replayed as it starts (public/boot.js).
    await page.locator(`button[data-quote-id="${quote.id}"]`).click();
    await appRunning(page);
    const mark = page.locator('[data-event-id="pompeo-tweet"]');
    await mark.waitFor();
    expect(await mark.getAttribute('aria-pressed')).toBe('true');
    const plot = await page.getByRole('group', { name: 'Events on the timeline' }).boundingBox();
    const box = await mark.boundingBox();
    expect(box && plot && box.x >= plot.x && box.x <= plot.x + plot.width).toBe(true);
    expect(page.url()).toContain('#event=pompeo-tweet');
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('filters by person: fewer events in the list, other marks fade, the URL follows', async () => {
    const { page, context } = await open(browser);
    await page.goto(server.url);
    const before = await page.locator('#events ~ div ol > li').count();
    await page.getByRole('button', { name: /^Dmitry Peskov/ }).click();
    await expect.poll(() => page.locator('#events ~ div ol > li').count()).toBeLessThan(before);
    expect(page.url()).toMatch(/person=peskov/);
    const faded = await page.locator('[data-event-id][data-faded="true"], [data-event-id][aria-disabled="true"], [data-event-id].faded').count();
    expect(faded).toBeGreaterThan(0);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('works by keyboard alone: tab to the marks, open an event, read in context, close back to the mark', async () => {
    const { page, context } = await open(browser);
    await page.goto(server.url);
    // The marks are prerendered: Enter on one does something once the app has hydrated the page.
    await appRunning(page);
    await page.locator('[data-event-id]').first().waitFor({ state: 'attached' });
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-event-id'))) break;
    }
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
    expect(id).toBeTruthy();
    await page.keyboard.press('Enter');
    await page.locator('#panel-title').waitFor();
    // The panel moves focus to its heading in an effect, after the heading is in the DOM.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(id);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`is axe-clean with the panel open at ${width} px, ${colorScheme}`, async () => {
        const { page, context } = await open(browser, { width, colorScheme });
        await page.goto(`${server.url}#event=${sochi.id}`);
        await page.locator('#panel-title').waitFor();
        expect(await axe(page)).toEqual([]);
        await context.close();
      });
    }
  }
});
