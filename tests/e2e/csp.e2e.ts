/**
 * The built site under the strict Content Security Policy (harness STRICT_CSP, sent as a header on
 * every response): zero `securitypolicyviolation` events on the full page, the embed page and
 * index.html?embed=1, with an event selected, the source reader open and the embed dialog (whose
 * preview frames run under the same policy). The served HTML has nothing the policy would block.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appRunning, DIST, launch, open, serve, STRICT_CSP, type Served } from './harness';
import { SHELL_PAGE } from '../../src/app/pageOptions';

interface Violation { directive: string; blocked: string; sample: string; frame: string }

const DATA = JSON.parse(readFileSync(resolve(DIST, 'timeline.json'), 'utf8')) as { events: { id: string; quotes: unknown[] }[] };

let browser: Browser;
let site: Served;

beforeAll(async () => {
  browser = await launch();
  site = await serve({ headers: () => ({ 'content-security-policy': STRICT_CSP }) });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A page that records every CSP violation, in every frame (the init script runs in each). */
async function watched(width = 1280): Promise<{ page: Page; violations: () => Promise<Violation[]>; close: () => Promise<void> }> {
  const { context, page } = await open(browser, { width, height: 900 });
  const console: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) console.push(m.text()); });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: Violation[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, frame: location.href });
    });
  });
  const violations = async () => {
    const all: Violation[] = console.map((text) => ({ directive: 'console', blocked: '', sample: text, frame: '' }));
    for (const frame of page.frames()) {
      all.push(...await frame.evaluate(() => (window as unknown as { __csp?: Violation[] }).__csp ?? []).catch(() => []));
    }
    return all;
  };
  return { page, violations, close: () => context.close() };
}

describe('strict CSP', () => {
  it('sends the policy with every page', async () => {
    const response = await fetch(`${site.url}embed.html`);
    expect(response.headers.get('content-security-policy')).toBe(STRICT_CSP);
  });

  it('catches a violation when there is one (the detector works)', async () => {
    const { page, violations, close } = await watched();
    await page.goto(site.url);
    await appRunning(page);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
    });
    await expect.poll(async () => (await violations()).some((v) => v.directive.startsWith('script-src'))).toBe(true);
    await close();
  });

  it('runs the worker that prepares Intl (public/intl-warmup.js), which then ends', async () => {
    const { page, violations, close } = await watched();
    const ended = new Promise<string>((resolve) => page.on('worker', (w) => {
      if (new URL(w.url()).pathname.endsWith('/intl-warmup.js')) w.on('close', () => resolve(w.url()));
    }));
    await page.goto(`${site.url}?data=./timeline.json`);
    expect((await ended).split('?')[0]).toBe(`${site.url}intl-warmup.js`);
    await appRunning(page);
    expect(await violations()).toEqual([]);
    await close();
  });

  it('full page: load, select an event, read a quote in context, open the embed dialog', async () => {
    const { page, violations, close } = await watched();
    await page.goto(site.url);
    await appRunning(page);
    await page.waitForSelector('[data-event-id]', { state: 'attached' });
    const quoted = DATA.events.find((e) => e.quotes.length > 0);
    expect(quoted).toBeDefined();
    await page.locator(`li[id="event=${quoted?.id}"] a`).first().click();
    await page.waitForSelector('#panel-title');
    await page.getByRole('button', { name: /Read in context/ }).first().click();
    await page.waitForSelector('dialog[open] #reader-title');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('dialog figcaption')].length === 2
      && [...document.querySelectorAll('dialog figcaption')].every((c) => /px tall/.test(c.textContent ?? '')));
    expect(page.frames().length).toBe(3);
    expect(await violations()).toEqual([]);
    await close();
  });

  it('embed page, and index.html?embed=1, with an event selected', async () => {
    for (const path of ['embed.html?theme=dark', 'index.html?embed=1']) {
      const { page, violations, close } = await watched(375);
      await page.goto(`${site.url}${path}`);
      await page.locator('[data-event-id]').first().click();
      await page.waitForSelector('#panel-title');
      // The runtime head tags of ?embed=1 were added through the DOM, which CSP allows.
      expect(await page.$eval('meta[name="robots"]', (m) => m.getAttribute('content'))).toBe('noindex');
      expect(await page.$eval('link[rel="canonical"]', (l) => (l as HTMLLinkElement).href)).toBe(site.url);
      expect(await violations()).toEqual([]);
      await close();
    }
  });

  it(`${SHELL_PAGE}, the page for ?data=, as a page and as an embed, with an event selected`, async () => {
    for (const query of ['?data=./timeline.json', '?embed=1&data=./timeline.json']) {
      const { page, violations, close } = await watched(375);
      await page.goto(`${site.url}${SHELL_PAGE}${query}`);
      await page.locator('[data-event-id]').first().click();
      await page.waitForSelector('#panel-title');
      expect(await violations()).toEqual([]);
      await close();
    }
  });

  it('served HTML has no inline script, style attribute or event-handler attribute', () => {
    for (const file of ['index.html', 'embed.html', SHELL_PAGE]) {
      const html = readFileSync(resolve(DIST, file), 'utf8');
      const offenders = [
        ...html.matchAll(/<[a-zA-Z][^>]*\sstyle\s*=[^>]*>/g),
        ...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>/g),
        ...html.matchAll(/<[a-zA-Z][^>]*\son[a-z]+\s*=[^>]*>/g),
        ...html.matchAll(/javascript:/gi),
      ].map((m) => `${file}: ${m[0].slice(0, 120)}`);
      expect(offenders).toEqual([]);
    }
  });
});
