/**
 * The embed in a newsroom page on ANOTHER origin, sized by the real pym.js 1.3.2 parent library
 * (and NPR's one-line loader): the frame's height follows the embedded document as it loads, when
 * the reader selects an event inside it and when the host is resized. It also sends AMP's
 * embed-size message, and shrugs off hostile messages.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { hostedSite, open } from './harness';
import { pymSnippet } from '../../src/embed/snippet';

/** A host article: text around a pym container; it records every message it receives. */
function hostPage(embed: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Host article</title><style>body{margin:0;font:18px/1.5 Georgia,serif}main{max-width:1100px;margin:0 auto;padding:0 16px}</style></head>
<body><main><h1>A host article</h1><p>Paragraph before the embed.</p>${embed}<p id="after">Paragraph after the embed.</p></main>
<script>window.__messages=[];addEventListener('message',function(e){window.__messages.push(e.data)});</script></body></html>`;
}

const env = hostedSite({
  '/parent.html': (site) => hostPage(
    `<div id="container"></div><script src="/pym.v1.min.js"></script><script>window.pymParent=new pym.Parent('container', ${JSON.stringify(`${site}embed.html`)}, {title: 'Timeline'});</script>`,
  ),
  '/loader.html': (site) => hostPage(
    pymSnippet({ src: `${site}embed.html?theme=dark`, title: 'Timeline', height: 600 }, '/pym.v1.min.js'),
  ),
});

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe', { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForSelector('[data-event-id]', { state: 'attached' });
  return frame;
}

/** The frame's height on the host, and the embedded document's height and content bottom. */
async function sizes(page: Page, frame: Frame) {
  const iframe = await page.$eval('iframe', (el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    document: document.documentElement.scrollHeight,
    content: (document.querySelector('footer')?.getBoundingClientRect().bottom ?? 0) + scrollY,
  }));
  return { iframe, ...inner };
}

/** Samples sizes every quarter second until `done` holds for a sample whose frame height did not move. */
async function settle(page: Page, frame: Frame, done: (s: Awaited<ReturnType<typeof sizes>>) => boolean) {
  let previous = -1;
  let last = await sizes(page, frame);
  for (const end = Date.now() + 10_000; Date.now() < end; await page.waitForTimeout(250)) {
    last = await sizes(page, frame);
    if (last.iframe === previous && done(last)) break;
    previous = last.iframe;
  }
  return last;
}

/**
 * Waits until the host has sized the frame to the content and it has settled (a resize can take a
 * few message round trips), then checks that nothing overflows and nothing is left blank.
 */
async function expectFitted(page: Page, frame: Frame): Promise<number> {
  const last = await settle(page, frame, (s) => Math.abs(s.iframe - s.content) <= 3);
  expect(Math.abs(last.iframe - last.content)).toBeLessThanOrEqual(3);
  expect(Math.abs(last.iframe - last.document)).toBeLessThanOrEqual(3);
  expect(last.iframe).toBeGreaterThan(200);
  return last.iframe;
}

describe('embed in a pym.js host page on another origin', () => {
  it('is sized to its content, after selecting an event, and after the host is resized', async () => {
    const { context, page, errors } = await open(env.browser, { width: 1280, height: 900 });
    await page.goto(`${env.host.url}parent.html`);
    const frame = await embedFrame(page);
    expect(new URL(frame.url()).origin).not.toBe(new URL(page.url()).origin);
    const first = await expectFitted(page, frame);

    // Selecting an event opens it (in place in a column this narrow, issue 10): the height follows.
    await frame.locator('[data-event-id]').first().click();
    await frame.waitForSelector('#panel-title');
    const selected = await expectFitted(page, frame);
    expect(selected).not.toBe(first);

    // Closing it shrinks the frame back: the height is the content's, not the frame's own.
    await frame.getByRole('button', { name: 'Close the event panel' }).click();
    await frame.waitForSelector('#panel-title', { state: 'detached' });
    expect(await expectFitted(page, frame)).toBe(first);

    // Phone width: a different layout and a different height, followed.
    await page.setViewportSize({ width: 375, height: 800 });
    const narrow = await expectFitted(page, frame);
    expect(narrow).not.toBe(first);

    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await expectFitted(page, frame)).toBe(first);
    expect(errors).toEqual([]);
    await context.close();
  });

  // A fixed bottom sheet sized in dvh would feed back into an auto-height frame (dvh IS the frame):
  // at phone width the embed is the vertical timeline, and the selected event opens in its row.
  it('at phone width the selected event opens in place and the frame grows and shrinks with it', async () => {
    const { context, page } = await open(env.browser, { width: 375, height: 800 });
    await page.goto(`${env.host.url}parent.html`);
    const frame = await embedFrame(page);
    const closed = await expectFitted(page, frame);
    await frame.locator('.vtimeline [data-event-id="sochi-talks"]').click();
    await frame.waitForSelector('.vtimeline li [aria-labelledby="panel-title"]');
    expect(await frame.locator('aside[data-open="true"]').count()).toBe(0);
    expect(await expectFitted(page, frame)).toBeGreaterThan(closed + 200);
    await frame.getByRole('button', { name: 'Close the event panel' }).click();
    await frame.waitForSelector('#panel-title', { state: 'detached' });
    expect(await expectFitted(page, frame)).toBe(closed);
    await context.close();
  });

  it('also sends AMP’s embed-size message, and pym’s height in pym’s format', async () => {
    const { context, page } = await open(env.browser, { width: 1280, height: 900 });
    await page.goto(`${env.host.url}parent.html`);
    const frame = await embedFrame(page);
    const height = await expectFitted(page, frame);
    const messages = await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
    const amp = messages.filter((m): m is { sentinel: string; type: string; height: number } => typeof m === 'object' && m !== null && (m as { sentinel?: unknown }).sentinel === 'amp');
    expect(amp.length).toBeGreaterThan(0);
    expect(amp.every((m) => m.type === 'embed-size' && Number.isInteger(m.height))).toBe(true);
    expect(Math.abs((amp.at(-1)?.height ?? 0) - height)).toBeLessThanOrEqual(3);
    const pym = messages.filter((m): m is string => typeof m === 'string');
    expect(pym.length).toBeGreaterThan(0);
    for (const m of pym) expect(m).toMatch(/^pymxPYMxcontainerxPYMxheightxPYMx\d+$/);
    // Sent on change only: never the same height twice in a row.
    const heights = pym.map((m) => Number(m.split('xPYMx')[3]));
    expect(heights.some((h, i) => i > 0 && h === heights[i - 1])).toBe(false);
    await context.close();
  });

  it('works from NPR’s one-line loader snippet, and keeps the embed’s options', async () => {
    const { context, page, errors } = await open(env.browser, { width: 800, height: 900 });
    await page.goto(`${env.host.url}loader.html`);
    const frame = await embedFrame(page);
    await expectFitted(page, frame);
    expect(await page.$eval('iframe', (el) => el.getAttribute('title'))).toBe('Timeline');
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ignores hostile and malformed messages: no navigation, no markup, no errors', async () => {
    const { context, page } = await open(env.browser, { width: 1280, height: 900 });
    await page.addInitScript(() => addEventListener('error', (e) => ((window as unknown as { __errors?: string[] }).__errors ??= []).push(String(e.message))));
    await page.goto(`${env.host.url}parent.html`);
    const frame = await embedFrame(page);
    await expectFitted(page, frame);
    const before = { url: frame.url(), nodes: await frame.evaluate(() => document.querySelectorAll('img,script,iframe,object').length) };
    await page.evaluate(() => {
      const w = document.querySelector('iframe')?.contentWindow;
      const send = (m: unknown) => w?.postMessage(m, '*');
      send('pymxPYMxcontainerxPYMxnavigateToxPYMxjavascript:alert(1)');
      send('pymxPYMxcontainerxPYMxnavigateToxPYMxhttps://evil.example/');
      send('pymxPYMxcontainerxPYMxwidthxPYMx<img src=x onerror=alert(1)>');
      send('pymxPYMxotherxPYMxwidthxPYMx300');
      send({ sentinel: 'amp', type: 'embed-size', height: 1 });
      send('<script>alert(1)</script>');
      send(null);
      send('pymxPYMxcontainerxPYMxwidthxPYMx730');
    });
    await page.waitForTimeout(300);
    expect(frame.url()).toBe(before.url);
    expect(await frame.evaluate(() => document.querySelectorAll('img,script,iframe,object').length)).toBe(before.nodes);
    expect(await frame.evaluate(() => (window as unknown as { __errors?: string[] }).__errors ?? [])).toEqual([]);
    await expectFitted(page, frame);
    await context.close();
  });
});
