/**
 * The embed-code generator: a modal dialog with the iframe and pym codes (escaped, absolute, with
 * the build's measured height), copy buttons with a select-the-text fallback, live previews at 360
 * and 730 px, keyboard and screen-reader use (Escape closes, focus returns, no axe violations).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appRunning, axe, largeText, layoutFaults, open, servedSite } from './harness';

const TIMELINE = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../dist/timeline.json'), 'utf8')) as { title: string };
const SIZE = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../dist/embed-size.json'), 'utf8')) as { height: number };

const env = servedSite();

async function openDialog(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  await page.waitForSelector('dialog[open][aria-labelledby="embed-title"]');
}

/** Waits until the 730 px preview's reported height has held still for half a second. */
async function settledPreview(page: Page): Promise<number> {
  let previous = '';
  for (const end = Date.now() + 10_000; Date.now() < end; await page.waitForTimeout(250)) {
    const caption = await page.locator('dialog figcaption').nth(1).textContent();
    const now = /(\d+) px tall/.exec(caption ?? '')?.[1] ?? '';
    if (now && now === previous) return Number(now);
    previous = now;
  }
  throw new Error('the 730 px preview never settled');
}

/** The attributes of the first `tag` in an HTML snippet, parsed by the browser as a CMS would. */
function attrs(page: Page, html: string, tag: string): Promise<Record<string, string>> {
  return page.evaluate(([h, t]) => {
    const el = new DOMParser().parseFromString(h, 'text/html').querySelector(t);
    return Object.fromEntries([...(el?.attributes ?? [])].map((a) => [a.name, a.value]));
  }, [html, tag] as const);
}

describe('embed dialog', () => {
  it('gives an escaped, absolute iframe code whose starting height is the measured one', async () => {
    const { context, page, errors } = await open(env.browser, { width: 1280, height: 900 });
    await page.goto(env.server.url);
    await appRunning(page);
    await page.waitForSelector('[data-event-id]', { state: 'attached' });
    // Only errors from here on are the dialog's (the page's own are other tests' business).
    const before = errors.length;
    await openDialog(page);
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);

    // The code's height is the build's (dist/embed-size.json), never the preview's on this device,
    // and it holds the whole embed as the 730 px preview shows it.
    const reported = await settledPreview(page);
    await page.waitForFunction(() => /measured when the site was built/.test(document.getElementById('embed-code-iframe-help')?.textContent ?? ''));
    const iframe = await attrs(page, await page.inputValue('#embed-code-iframe'), 'iframe');
    expect(iframe).toMatchObject({ src: `${env.server.url}embed.html?layout=horizontal`, title: TIMELINE.title, loading: 'lazy', width: '100%' });
    expect(iframe).not.toHaveProperty('style');
    expect(Number(iframe.height)).toBe(SIZE.height);
    expect(Number(iframe.height)).toBeGreaterThanOrEqual(reported);
    expect(await page.locator('#embed-code-iframe-help').textContent()).toMatch(/strips scripts/);
    expect(await page.locator('#embed-code-pym-help').textContent()).toMatch(/keeps <script> tags/);

    // The pym code: NPR's loader, pointed at the host's own pym.js.
    const pym = await page.inputValue('#embed-code-pym');
    expect(await attrs(page, pym, 'div')).toEqual({ 'data-pym-src': `${env.server.url}embed.html`, 'data-pym-title': TIMELINE.title });
    expect((await attrs(page, pym, 'script')).src).toBe('/js/pym.v1.min.js');
    await page.getByLabel('Your site’s pym.js').fill('https://cdn.news.example/js/pym.v1.min.js');
    expect((await attrs(page, await page.inputValue('#embed-code-pym'), 'script')).src).toBe('https://cdn.news.example/js/pym.v1.min.js');

    await page.getByRole('radio', { name: 'Always dark' }).check();
    expect((await attrs(page, await page.inputValue('#embed-code-iframe'), 'iframe')).src).toBe(`${env.server.url}embed.html?theme=dark&layout=horizontal`);
    expect(errors.slice(before)).toEqual([]);
    await context.close();
  });

  it('copies to the clipboard, and selects the code when the clipboard is refused', async () => {
    const { context, page } = await open(env.browser, { width: 1280, height: 900 });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
    await page.goto(env.server.url);
    await appRunning(page);
    await openDialog(page);
    await settledPreview(page);
    await page.getByRole('button', { name: 'Copy the plain iframe code' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await page.inputValue('#embed-code-iframe'));
    await page.getByText('Copied to the clipboard.').waitFor();
    await context.close();

    const refused = await open(env.browser, { width: 1280, height: 900 });
    await refused.page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await refused.page.goto(env.server.url);
    await openDialog(refused.page);
    await refused.page.getByRole('button', { name: 'Copy the auto-height embed code (pym.js)' }).click();
    await refused.page.getByText('Selected: press Ctrl+C').waitFor();
    const selection = await refused.page.evaluate(() => {
      const a = document.activeElement as HTMLTextAreaElement;
      return { id: a.id, start: a.selectionStart, end: a.selectionEnd, length: a.value.length };
    });
    expect(selection).toEqual({ id: 'embed-code-pym', start: 0, end: selection.length, length: selection.length });
    await refused.context.close();
  });

  it('shows live previews at 360 and 730 px, scaled to fit a phone', async () => {
    const { context, page } = await open(env.browser, { width: 375, height: 800 });
    await page.goto(env.server.url);
    await appRunning(page);
    await openDialog(page);
    const frames = page.locator('dialog iframe');
    await expect.poll(() => frames.count()).toBe(2);
    expect(await frames.evaluateAll((els) => els.map((e) => e.getAttribute('width')))).toEqual(['360', '730']);
    await page.getByText(/730 px wide, shown at \d+%/).waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('dialog figcaption')].every((c) => /px tall/.test(c.textContent ?? '')));
    const overflow = await page.$eval('dialog', (d) => d.scrollWidth - d.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  for (const width of [320, 375]) {
    it(`at ${width} px with the reader's text at 200%, every control fits the screen and the fixed header leaves room`, async () => {
      const { context, page, errors } = await open(env.browser, { width, height: 740, hasTouch: true });
      await page.goto(`${env.server.url}#event=sochi-talks`);
      await appRunning(page);
      await page.waitForLoadState('networkidle');
      await largeText(page);
      await openDialog(page);
      await page.getByRole('radio', { name: /Follow the reader/ }).waitFor();
      // The colours (a select's longest option ran to x 647 on a 375 px screen, then read "Follow
      // the rea" once it fitted: they are radio buttons whose words wrap), the checkbox's label, the
      // codes and their buttons: all on screen and whole, the dialog not scrolling sideways.
      expect(await layoutFaults(page, 'dialog[open] :is(button, input, textarea, label, legend, h2)', 'html, dialog[open]')).toEqual([]);
      expect(await page.getByRole('group', { name: 'Colours' }).getByRole('radio').count()).toBe(3);
      // The header that stays put leaves the screen to the options and codes (it took 502 of 740 px).
      const header = (await page.locator('dialog[open] > div.sticky').boundingBox())!;
      expect(header.height).toBeLessThan(740 * 0.2);
      expect(await axe(page)).toEqual([]);
      // The options still work at that size.
      await page.getByRole('radio', { name: 'Always dark' }).check();
      await expect.poll(() => page.inputValue('#embed-code-iframe')).toMatch(/theme=dark/);
      expect(await axe(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('is keyboard and screen-reader friendly: axe-clean, Escape closes it alone, focus returns', async () => {
    const { context, page } = await open(env.browser, { width: 1280, height: 900 });
    await page.goto(env.server.url);
    await appRunning(page);
    await page.locator('[data-event-id]').first().click();
    await page.waitForSelector('aside[data-open="true"]');
    await openDialog(page);
    await page.getByLabel(/Open at the selected event/).check();
    expect((await attrs(page, await page.inputValue('#embed-code-iframe'), 'iframe')).src).toMatch(/embed\.html\?event=[a-z0-9-]+&layout=horizontal$/);

    // The whole page with the dialog open, with the full tag list: landmarks included.
    expect(await axe(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[aria-labelledby="embed-title"]', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Embed');
    // The event panel underneath stays open: Escape closed only the dialog.
    expect(await page.getAttribute('aside', 'data-open')).toBe('true');

    // The close button works too, and focus comes back the same way.
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog[open][aria-labelledby="embed-title"]');
    await page.getByRole('button', { name: 'Close the embed codes' }).click();
    await page.waitForSelector('dialog[aria-labelledby="embed-title"]', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Embed');
    await context.close();
  });
});
