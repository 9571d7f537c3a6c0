/**
 * Leaves no trace: through a reader's whole visit (select, read in context, embed dialog with its
 * previews, copy) and inside a host page, no request goes to any origin but the site's (and the
 * host's own), no cookie is set, and local/session storage and IndexedDB stay empty.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Frame } from 'playwright-core';
import { appRunning, hostedSite, open } from './harness';


const env = hostedSite({
  '/host.html': (site) => `<!doctype html><title>Host</title><div id="c"></div><script src="/pym.v1.min.js"></script><script>new pym.Parent('c', ${JSON.stringify(`${site}embed.html`)}, {})</script>`,
});

/** Every origin the context requested, except in-page data: and blob: URLs. */
function recordOrigins(context: BrowserContext): Set<string> {
  const origins = new Set<string>();
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.href !== 'about:blank') origins.add(url.origin);
  });
  return origins;
}

/** Cookies, storage and databases as one frame's document sees them. */
function traces(frame: Frame) {
  return frame.evaluate(async () => {
    const safe = <T,>(f: () => T, fallback: T): T => { try { return f(); } catch { return fallback; } };
    return {
      cookie: safe(() => document.cookie, ''),
      local: safe(() => localStorage.length, 0),
      session: safe(() => sessionStorage.length, 0),
      databases: (await safe(() => indexedDB.databases(), Promise.resolve([]))).length,
    };
  });
}

const CLEAN = { cookie: '', local: 0, session: 0, databases: 0 };

async function expectNoStoredState(context: BrowserContext): Promise<void> {
  expect(await context.cookies()).toEqual([]);
  const state = await context.storageState();
  expect(state.origins.filter((o) => o.localStorage.length > 0)).toEqual([]);
}

describe('no trace', () => {
  it('full visit on the site: same-origin requests only, no cookie, no storage', async () => {
    const { context, page } = await open(env.browser, { width: 1280, height: 900 });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.url });
    const origins = recordOrigins(context);
    await page.goto(env.site.url);
    await appRunning(page);
    await page.waitForSelector('[data-event-id]', { state: 'attached' });
    await page.locator('[data-event-id]').first().click();
    await page.waitForSelector('#panel-title');
    await page.locator('section[aria-labelledby="events"] li a').nth(2).click();
    const read = page.getByRole('button', { name: /Read in context/ });
    if (await read.count()) {
      await read.first().click();
      await page.waitForSelector('dialog[open] #reader-title');
      await page.keyboard.press('Escape');
    }
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('dialog figcaption')].every((c) => /px tall/.test(c.textContent ?? '')));
    await page.getByRole('button', { name: 'Copy the plain iframe code' }).click();
    await page.getByRole('radio', { name: 'Always dark' }).check();
    await page.keyboard.press('Escape');
    // Closing the dialog removes its preview frames: wait for that before reading each frame.
    await page.waitForFunction(() => !document.querySelector('dialog[open]') && document.querySelectorAll('iframe').length === 0);

    expect([...origins]).toEqual([new URL(env.site.url).origin]);
    for (const frame of page.frames()) if (!frame.isDetached()) expect(await traces(frame)).toEqual(CLEAN);
    await expectNoStoredState(context);
    await context.close();
  });

  it('embedded in a host page: only the host’s and the site’s origins, nothing stored', async () => {
    const { context, page } = await open(env.browser, { width: 1280, height: 900 });
    const origins = recordOrigins(context);
    await page.goto(`${env.host.url}host.html`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    if (!frame) throw new Error('no frame');
    await frame.waitForSelector('[data-event-id]', { state: 'attached' });
    await frame.locator('[data-event-id]').first().click();
    await frame.waitForSelector('#panel-title');

    expect([...origins].sort()).toEqual([new URL(env.host.url).origin, new URL(env.site.url).origin].sort());
    expect(await traces(frame)).toEqual(CLEAN);
    await expectNoStoredState(context);
    await context.close();
  });
});
