/**
 * The embed in a sandboxed frame (`allow-scripts allow-popups allow-popups-to-escape-sandbox`, no
 * allow-same-origin): its document has an opaque origin, so its module scripts, stylesheet and
 * dataset are cross-origin requests and need `Access-Control-Allow-Origin: *`; storage and some
 * history calls throw there. With the header it works fully, sized by pym; without it the
 * prerendered story still reads.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launch, open, serve, type Served } from './harness';

const PYM = readFileSync(resolve(import.meta.dirname, '../../node_modules/pym.js/dist/pym.v1.min.js'));
const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

let browser: Browser;
let withCors: Served;
let withoutCors: Served;
let host: Served;

function hostPage(embedUrl: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><main style="max-width:1100px;margin:auto">
<div id="container"></div></main><script src="/pym.v1.min.js"></script>
<script>new pym.Parent('container', ${JSON.stringify(embedUrl)}, {title: 'Timeline', sandbox: ${JSON.stringify(SANDBOX)}});</script></body></html>`;
}

beforeAll(async () => {
  browser = await launch();
  withCors = await serve({ headers: () => ({ 'access-control-allow-origin': '*' }) });
  withoutCors = await serve();
  const page = (url: string) => (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPage(url));
  };
  host = await serve({
    routes: {
      '/favicon.ico': (_req, res) => { res.writeHead(204); res.end(); },
      '/pym.v1.min.js': (_req, res) => { res.writeHead(200, { 'content-type': 'text/javascript' }); res.end(PYM); },
      '/cors.html': page(`${withCors.url}embed.html`),
      '/nocors.html': page(`${withoutCors.url}embed.html`),
    },
  });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([withCors?.close(), withoutCors?.close(), host?.close()]);
});

/** Collects uncaught errors and rejections in every frame, readable with frame.evaluate. */
async function watchErrors(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __errors: string[] };
    w.__errors = [];
    addEventListener('error', (e) => w.__errors.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => w.__errors.push(String(e.reason)));
  });
}

async function frameOf(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('no frame');
  return frame;
}

describe('embed in a sandboxed frame', () => {
  it('runs from an opaque origin with the CORS header: interactive, sized, nothing thrown', async () => {
    const { context, page } = await open(browser, { width: 1280, height: 900 });
    await watchErrors(page);
    await page.goto(`${host.url}cors.html`);
    expect(await page.getAttribute('iframe', 'sandbox')).toBe(SANDBOX);
    const frame = await frameOf(page);
    await frame.waitForSelector('[data-event-id]', { state: 'attached' });
    expect(await frame.evaluate(() => origin)).toBe('null');

    const fitted = async () => {
      const iframe = await page.$eval('iframe', (el) => el.getBoundingClientRect().height);
      const content = await frame.evaluate(() => (document.querySelector('footer')?.getBoundingClientRect().bottom ?? 0) + scrollY);
      return Math.abs(iframe - content);
    };
    await expect.poll(fitted, { timeout: 10_000 }).toBeLessThanOrEqual(3);

    // Selecting writes the hash (history may throw here); copying a link meets a refused clipboard.
    await frame.locator('[data-event-id]').first().click();
    await frame.waitForSelector('#panel-title');
    await frame.getByRole('button', { name: 'Copy link to this event' }).click();
    await expect.poll(fitted, { timeout: 10_000 }).toBeLessThanOrEqual(3);

    expect(await frame.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
    expect(await frame.evaluate(() => document.querySelectorAll('link[rel="stylesheet"]').length)).toBeGreaterThan(0);
    // The stylesheet applied (it is a CORS request too): the app's colours are on <html>.
    expect(await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--tl-bg').trim())).not.toBe('');
    await context.close();
  });

  it('without the CORS header, still shows the prerendered story (scripts blocked, as documented)', async () => {
    const { context, page } = await open(browser, { width: 1280, height: 900 });
    await page.goto(`${host.url}nocors.html`);
    const frame = await frameOf(page);
    await frame.waitForSelector('#story-title');
    expect((await frame.textContent('#story-title'))?.trim()).not.toBe('');
    expect(await frame.textContent('footer')).toContain('Sources');
    await context.close();
  });
});
