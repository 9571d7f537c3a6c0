/**
 * "Download image": the current view as an SVG file that parses on its own and holds the title,
 * the axis, the events in view and the credit line in the page's theme colours; and as PNG at 1×
 * and 2× the SVG's size.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appRunning, axe, DIST, open, servedSite } from './harness';

const DATA = JSON.parse(readFileSync(resolve(DIST, 'timeline.json'), 'utf8')) as { title: string; sources: { publisher: string }[] };

const env = servedSite();

/** Clicks Download → `name` and returns the saved file's name and bytes. */
async function download(page: Page, name: string): Promise<{ file: string; body: Buffer }> {
  const menu = page.getByRole('button', { name: 'Download', exact: true });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  const path = await saved.path();
  return { file: saved.suggestedFilename(), body: readFileSync(path) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** What the live page shows: the names of the marks in view, the axis labels, the theme's background. */
function onScreen(page: Page) {
  return page.evaluate(() => {
    const plot = document.querySelector('section.timeline svg[role="group"]')!;
    const box = plot.getBoundingClientRect();
    const marks = [...plot.querySelectorAll('[data-event-id]')].filter((m) => {
      const r = m.getBoundingClientRect();
      return r.right > box.left && r.left < box.right;
    });
    return {
      names: marks.map((m) => m.getAttribute('aria-label') ?? ''),
      labels: marks.map((m) => m.querySelector('text')?.textContent ?? '').filter(Boolean),
      axis: [...plot.querySelectorAll('g[aria-hidden="true"] text')].map((t) => t.textContent ?? ''),
      range: document.querySelector('section.timeline output')?.textContent ?? '',
    };
  });
}

/** The SVG parsed as a standalone XML document, in the env.browser. */
function parseSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      ns: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      text: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      titles: [...doc.querySelectorAll('[data-event-id] > title')].map((t) => t.textContent ?? ''),
      background: doc.querySelector('svg > rect')?.getAttribute('fill') ?? '',
      styled: doc.querySelectorAll('[class], [style]').length,
      interactive: doc.querySelectorAll('[tabindex], [role="button"]').length,
    };
  }, svg);
}

describe('download image', () => {
  it('saves the current view as a standalone SVG with the title, axis, events in view and sources', async () => {
    const { context, page, errors } = await open(env.browser, { width: 1280, height: 900 });
    await page.goto(`${env.server.url}#event=sochi-talks`);
    await appRunning(page);
    await page.waitForSelector('[data-event-id="sochi-talks"][aria-pressed="true"]', { state: 'attached' });
    const screen = await onScreen(page);
    const { file, body } = await download(page, 'Image (SVG)');
    expect(file).toMatch(/\.svg$/);
    const svg = await parseSvg(page, body.toString('utf8'));
    expect(svg.error).toBeNull();
    expect(svg).toMatchObject({ root: 'svg', ns: 'http://www.w3.org/2000/svg', styled: 0, interactive: 0 });
    const text = svg.text.join('\n');
    expect(text).toContain(DATA.title);
    expect(text).toContain(screen.range);
    expect(text).toContain('Sources:');
    for (const s of DATA.sources) expect(text).toContain(s.publisher);
    expect(screen.names.length).toBeGreaterThan(3);
    expect(svg.titles.sort()).toEqual([...screen.names].sort());
    for (const l of screen.labels) expect(svg.text).toContain(l);
    for (const a of screen.axis) expect(svg.text).toContain(a);
    expect(svg.background).toBe('#fbfaf7');
    // The menu closes after a choice (a disclosure, issue 12).
    expect(await page.locator('#downloads').isHidden()).toBe(true);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves PNGs at 1× and 2×, in the dark theme when the page is dark', async () => {
    const { context, page, errors } = await open(env.browser, { width: 375, height: 800, colorScheme: 'dark', hasTouch: true });
    // The image is of the chart: on a phone, the chart as the reader can force it.
    await page.goto(`${env.server.url}?layout=horizontal`);
    await appRunning(page);
    await page.waitForSelector('[data-event-id]', { state: 'attached' });
    const svg = await parseSvg(page, (await download(page, 'Image (SVG)')).body.toString('utf8'));
    expect(svg.background).toBe('#121417');
    const one = await download(page, 'Image (PNG)');
    const two = await download(page, 'Image (PNG, 2×)');
    expect(one.file).toMatch(/\.png$/);
    expect(two.file).toMatch(/@2x\.png$/);
    expect(pngSize(one.body)).toEqual({ width: svg.width, height: svg.height });
    expect(pngSize(two.body)).toEqual({ width: svg.width * 2, height: svg.height * 2 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
