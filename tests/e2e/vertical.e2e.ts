/**
 * Phones: the vertical timeline read by scrolling (issue 10). At 320, 375 and 430 px with touch:
 * nothing scrolls sideways, every event is a row the page scrolls to, a swipe on the timeline
 * scrolls the page (real CDP touch events), an event opens in place and Back restores the one
 * before, the first paint without JavaScript is already vertical, and axe is clean.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appRunning, axe, largeText, layoutFaults, open, painted, servedSite, settledScroll, swipe } from './harness';

const site = servedSite();

const ROWS = '.vtimeline li.vt-row';


async function phone(width: number, path = '', scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const { page } = await open(site.browser, { width, height: 760, hasTouch: true, colorScheme: scheme });
  await page.goto(site.server.url + path);
  await page.locator(`${ROWS} a[data-event-id]`).first().waitFor();
  await page.waitForLoadState('networkidle');
  return page;
}

async function eventIds(p: Page): Promise<string[]> {
  return p.evaluate(async () => ((await (await fetch('./timeline.json')).json()) as { events: { id: string }[] }).events.map((e) => e.id));
}


describe('the vertical timeline on phones', () => {
  for (const width of [320, 375, 430]) {
    it(`at ${width} px: no sideways scroll, every event a row, a swipe on the rows scrolls the page, axe-clean`, async () => {
      const page = await phone(width);
      expect(await page.locator('section.timeline').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
      const ids = await eventIds(page);
      expect(await page.locator(`${ROWS} a[data-event-id]`).evaluateAll((as) => as.map((a) => a.getAttribute('data-event-id')))).toEqual(ids);
      // The last event is reached by scrolling the page itself: there is no inner scroller.
      const last = page.locator(`${ROWS} a[data-event-id="${ids.at(-1)}"]`);
      await last.scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
      await page.evaluate(() => scrollTo(0, 0));
      const row = (await page.locator(ROWS).nth(2).boundingBox())!;
      const before = await settledScroll(page);
      await swipe(page, row.x + row.width / 2, Math.min(row.y + 10, 600), 0, -200, 10);
      expect(await settledScroll(page)).toBeGreaterThan(before + 80);
      expect(await axe(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('an event opens in place, pushing the rows below down; Back restores the one before', async () => {
    const page = await phone(375);
    const rowBelow = page.locator(`${ROWS} a[data-event-id="putin-receives-pompeo"]`);
    const yBelow = async () => (await rowBelow.boundingBox())!.y + (await page.evaluate(() => scrollY));
    const before = await yBelow();
    await page.locator(`${ROWS} a[data-event-id="sochi-talks"]`).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#event=sochi-talks');
    const opened = page.locator('#v-event\\=sochi-talks article');
    await opened.waitFor();
    expect(await opened.textContent()).toContain('frank conversation');
    expect(await yBelow()).toBeGreaterThan(before + 200);
    // No sheet covers the timeline.
    expect(await page.locator('aside[data-open="true"]').count()).toBe(0);
    await page.locator(`${ROWS} a[data-event-id="pompeo-tweet"]`).click();
    await page.locator('#v-event\\=pompeo-tweet article').waitFor();
    const y = await page.evaluate(() => scrollY);
    await page.goBack();
    await page.locator('#v-event\\=sochi-talks article').waitFor();
    expect(await page.locator('#v-event\\=pompeo-tweet article').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    expect(Math.abs((await page.evaluate(() => scrollY)) - y)).toBeLessThan(800);
    await page.context().close();
  });

  it('keys: one tab stop, arrows move between rows, Enter opens, Escape closes', async () => {
    const page = await phone(375);
    const ids = await eventIds(page);
    await page.locator(`${ROWS} a[tabindex="0"]`).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(ids[2]);
    expect(await page.locator(`${ROWS} a[tabindex="0"]`).count()).toBe(1);
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(ids.at(-1));
    await page.keyboard.press('Home');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(ids[0]);
    await page.keyboard.press('Enter');
    await page.locator(`#v-event\\=${ids[0]} article`).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(`#v-event\\=${ids[0]} article`).count()).toBe(0);
    await page.context().close();
  });

  it('a two-finger pinch on the rows changes the room time gets', async () => {
    const page = await phone(375, '?scale=time');
    const a = page.locator(`${ROWS} a[data-event-id="helsinki-summit"]`);
    const b = page.locator(`${ROWS} a[data-event-id="us-backs-guaido"]`);
    await a.scrollIntoViewIfNeeded();
    const gap = async () => (await b.boundingBox())!.y - (await a.boundingBox())!.y;
    const g0 = await gap();
    const box = (await a.boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const two = (d: number) => [
      { x: box.x + 150, y: box.y + 40 - d, radiusX: 4, radiusY: 4, force: 1, id: 1 },
      { x: box.x + 150, y: box.y + 60 + d, radiusX: 4, radiusY: 4, force: 1, id: 2 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: two(0) });
    for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: two(i * 12) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
    await expect.poll(gap).toBeGreaterThan(g0);
    await page.context().close();
  });

  it('zoom changes the room time gets, by buttons and keys', async () => {
    const page = await phone(375, '?scale=time');
    const gap = async () => {
      const a = (await page.locator(`${ROWS} a[data-event-id="us-backs-guaido"]`).boundingBox())!;
      const b = (await page.locator(`${ROWS} a[data-event-id="inf-treaty-suspended"]`).boundingBox())!;
      return b.y - a.y;
    };
    const g0 = await gap();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(gap).toBeGreaterThan(g0);
    const g1 = await gap();
    await page.locator(`${ROWS} a[tabindex="0"]`).focus();
    await page.keyboard.press('-');
    await expect.poll(gap).toBeLessThan(g1);
    await page.context().close();
  });

  it('on the collapsed-gaps scale (the default) every press of a zoom button changes the page, until the button says it is at its limit', async () => {
    const page = await phone(375);
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    for (const name of ['Zoom in', 'Zoom out']) {
      const button = page.getByRole('button', { name, exact: true });
      let presses = 0;
      while ((await button.getAttribute('aria-disabled')) !== 'true') {
        const before = await height();
        await button.click();
        await expect.poll(height).not.toBe(before);
        expect(++presses).toBeLessThan(14);
      }
      expect(presses).toBeGreaterThan(0);
      // At its limit a press changes nothing.
      const at = await height();
      await button.click({ force: true });
      await painted(page);
      expect(await height()).toBe(at);
    }
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  it('turning the phone keeps the reader\'s place: the event at the top of the screen stays there in the other layout, and back', async () => {
    const page = await phone(375);
    const top = (sel: string) => page.evaluate((s) => Math.round(document.getElementById(s)!.getBoundingClientRect().top), sel);
    await page.evaluate(() => scrollBy(0, document.getElementById('v-event=inf-treaty-suspended')!.getBoundingClientRect().top - 100));
    expect(await top('v-event=inf-treaty-suspended')).toBe(100);
    // The place is read as the page scrolls, once a frame: a turn within the same frame as a
    // scroll would find the rows already reflowed at the new width.
    await painted(page);
    // Landscape: the chart, and under it the list of events, where the same event is at the top.
    await page.setViewportSize({ width: 740, height: 375 });
    await page.locator('section.timeline').waitFor();
    // Within 2 px: scroll positions snap to device pixels, tops are fractional.
    await expect.poll(async () => Math.abs((await top('event=inf-treaty-suspended')) - 100)).toBeLessThanOrEqual(2);
    expect(await axe(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 760 });
    await page.locator('.vtimeline').waitFor();
    await expect.poll(async () => Math.abs((await top('v-event=inf-treaty-suspended')) - 100)).toBeLessThanOrEqual(2);
    await page.context().close();
  });

  it('the first paint, with the JavaScript held back, is already the vertical rows; layout= overrides the width', async () => {
    const { page, context } = await open(site.browser, { width: 375, height: 760, hasTouch: true });
    await page.route('**/assets/*.js', () => { /* never answered: the app does not run */ });
    // A module script that never arrives also holds DOMContentLoaded back: wait for the rows instead.
    await page.goto(site.server.url, { waitUntil: 'commit' });
    await page.locator(`${ROWS}`).first().waitFor({ state: 'attached' });
    await page.locator('.layout-v').waitFor();
    expect(await page.locator('.layout-v').isVisible()).toBe(true);
    expect(await page.locator('.layout-h').isVisible()).toBe(false);
    expect(await page.locator(`${ROWS}`).count()).toBeGreaterThan(20);
    // Without the app, every row carries its quotes.
    expect(await page.locator('.layout-v blockquote').count()).toBeGreaterThanOrEqual(12);
    await context.close();

    const wide = await open(site.browser, { width: 1280, height: 800 });
    await wide.page.goto(`${site.server.url}?layout=vertical`);
    // Painted so at once (public/boot.js applies layout=), and kept alone once the app runs.
    await wide.page.locator(`${ROWS} a[data-event-id]`).first().waitFor();
    await appRunning(wide.page);
    expect(await wide.page.locator('section.timeline').count()).toBe(0);
    await wide.context.close();
    const narrow = await open(site.browser, { width: 375, height: 760, hasTouch: true });
    await narrow.page.goto(`${site.server.url}?layout=horizontal`);
    await narrow.page.locator('section.timeline [data-event-id]').first().waitFor({ state: 'attached' });
    // The prerendered page holds both layouts until the app has chosen one.
    await narrow.page.locator('[data-layout="horizontal"]').waitFor({ state: 'attached' });
    expect(await narrow.page.locator('.vtimeline').count()).toBe(0);
    await narrow.context.close();
  });

  it('in a narrow embed too, dark, axe-clean', async () => {
    const page = await phone(360, 'embed.html', 'dark');
    expect(await page.locator('.vtimeline').count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  for (const width of [320, 375]) {
    it(`at ${width} px with the reader's text at 200%: the opened event's date wraps between words, the bar stays short with 44 px controls`, async () => {
      const page = await phone(width, '#event=sochi-talks');
      await largeText(page);
      const panel = page.locator('#v-event\\=sochi-talks article');
      await panel.waitFor();
      await panel.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      // "SATURDAY, 11 MAY 2019" whole words on each line (it read "SATU / RDAY, / 11 / MAY / 2019").
      expect(await layoutFaults(page, '#v-event\\=sochi-talks article time, #v-event\\=sochi-talks article button')).toEqual([]);
      const time = (await panel.locator('time').first().boundingBox())!;
      // Five lines of letters before (193 px); three of whole words at most now.
      expect(time.height).toBeLessThan(130);
      expect(await axe(page)).toEqual([]);
      // The bar: at most a fifth of the screen (it was 273 of 760 px), every control on screen and 44 × 44 px.
      await page.evaluate(() => scrollTo(0, 0));
      const bar = (await page.locator('.vtimeline .sticky').first().boundingBox())!;
      expect(bar.height).toBeLessThan(760 * 0.2);
      expect(await layoutFaults(page, '.vtimeline .sticky :is(button, select)')).toEqual([]);
      const targets = await page.locator('.vtimeline .sticky :is(button, select)').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => [Math.round(r.width), Math.round(r.height)]));
      expect(targets.length).toBe(3);
      for (const [w, h] of targets) expect(Math.min(w!, h!)).toBeGreaterThanOrEqual(44);
      expect(await axe(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('the bar names the month of the first row not under it, with the reader\'s text at 200% (a taller bar)', async () => {
    const page = await phone(375);
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    const bar = page.locator('.vtimeline .sticky').first();
    const month = (iso: string) => new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(iso.slice(0, 10)));
    const rows = await page.locator(ROWS).evaluateAll((lis) => lis.map((li) => li.querySelector('time')!.getAttribute('datetime')!));
    let checked = 0;
    for (let i = 1; i < rows.length && checked < 3; i++) {
      if (month(rows[i]!) === month(rows[i - 1]!)) continue;
      // Row i - 1 just hidden under the stuck bar, row i the first one below it.
      await page.evaluate((i) => {
        const prev = document.querySelectorAll('.vtimeline li.vt-row')[i - 1]!.getBoundingClientRect();
        scrollBy(0, prev.bottom - 200);
        const b = document.querySelector('.vtimeline .sticky')!.getBoundingClientRect().bottom;
        scrollBy(0, document.querySelectorAll('.vtimeline li.vt-row')[i - 1]!.getBoundingClientRect().bottom - (b - 4));
      }, i);
      const barBottom = (await bar.boundingBox())!;
      expect(barBottom.y).toBe(0);
      // The bar is taller than at 100% text: a fixed line (64 px) would read the row under it.
      expect(barBottom.height).toBeGreaterThan(80);
      await expect.poll(() => page.locator('.vtimeline output').textContent()).toBe(month(rows[i]!));
      checked++;
    }
    expect(checked).toBe(3);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  it('an event tapped low on the screen opens into view; a second one keeps its place as the first closes above it; Back brings the first back into view', async () => {
    const page = await phone(375);
    const barBottom = () => page.evaluate(() => document.querySelector('.vtimeline .sticky')!.getBoundingClientRect().bottom);
    const box = async (sel: string) => (await page.locator(sel).boundingBox())!;
    const title = (id: string) => `${ROWS} a[data-event-id="${id}"]`;
    /** Puts event `id`'s title `y` px from the top of the screen. */
    const place = (id: string, y: number) => page.evaluate(([sel, y]) => scrollBy(0, document.querySelector(sel as string)!.getBoundingClientRect().top - (y as number)), [title(id), y]);
    const inView = async (sel: string) => {
      const b = await box(sel);
      return b.y >= (await barBottom()) - 1 && b.y + b.height <= 740 + 1;
    };
    // Low on the screen: the panel opened below the fold, its heading focused off screen.
    await place('helsinki-summit', 640);
    await page.locator(title('helsinki-summit')).tap();
    await page.locator('#v-event\\=helsinki-summit #panel-title').waitFor();
    await expect.poll(() => inView('#v-event\\=helsinki-summit #panel-title')).toBe(true);
    expect(await inView(title('helsinki-summit'))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    expect(await axe(page)).toEqual([]);

    // A tall event open above: opening one further down closes it, and the new one stays where it was tapped.
    await page.locator(title('peskov-remarks')).tap();
    await page.locator('#v-event\\=peskov-remarks #panel-title').waitFor();
    await place('g20-osaka', 348);
    await page.locator(title('g20-osaka')).tap();
    await page.locator('#v-event\\=g20-osaka #panel-title').waitFor();
    await expect.poll(async () => Math.round((await box(title('g20-osaka'))).y)).toBeGreaterThanOrEqual(Math.floor(await barBottom()));
    expect((await box(title('g20-osaka'))).y).toBeLessThanOrEqual(348 + 1);
    await expect.poll(() => inView('#v-event\\=g20-osaka #panel-title')).toBe(true);

    // Back reopens the one before, now far above: its title is brought into view.
    await page.goBack();
    await page.locator('#v-event\\=peskov-remarks #panel-title').waitFor();
    await expect.poll(() => inView(title('peskov-remarks'))).toBe(true);
    expect(await axe(page)).toEqual([]);
    // Forward from the page's top, where the bar is not yet stuck: the title goes under where it sticks.
    await page.evaluate(() => scrollTo(0, 0));
    await page.goForward();
    await page.locator('#v-event\\=g20-osaka #panel-title').waitFor();
    await expect.poll(() => inView(title('g20-osaka'))).toBe(true);
    expect((await box(title('g20-osaka'))).y).toBeLessThan(200);
    await page.goBack();
    await page.locator('#v-event\\=peskov-remarks #panel-title').waitFor();
    await expect.poll(() => inView(title('peskov-remarks'))).toBe(true);

    // Its title pressed again closes it, focus staying on it.
    await page.locator(title('peskov-remarks')).tap();
    await expect.poll(() => page.locator(title('peskov-remarks')).getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#v-event\\=peskov-remarks article').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe('peskov-remarks');
    await page.context().close();
  });
});
