/**
 * `tsx scripts/oembed.ts`: writes dist/embed-size.json, the plain iframe's height (the one the
 * embed dialog gives on every machine, src/embed/frameHeight.ts), and dist/oembed.json, the oEmbed
 * 1.0 "rich" response for the built story, so that a CMS given the page's address embeds the
 * iframe. Run after the build and the prerender (it reads dist/timeline.json and measures
 * dist/embed.html).
 *   SITE_URL      where the built folder is published (absolute; default http://localhost:4173/)
 *   SITE_NAME     the provider name (default: SITE_URL's host name)
 *   EMBED_HEIGHT  the plain iframe's height, px (default: measured in Chromium, else estimated)
 * Exit code 1 on a bad dataset or variable.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDatasetText } from '../src/dataset/parseText';
import { formatIssue } from '../src/dataset/parse';
import { OEMBED_WIDTH, oembedResponse, siteUrlFrom } from '../src/embed/oembed';
import { launchChromium, serveFolder } from './chromium';
import { estimateFrameHeight, frameHeightFrom, NARROWEST_COLUMN, type EmbedSize } from '../src/embed/frameHeight';

const dist = resolve(import.meta.dirname, '../dist');

function fail(message: string): never {
  console.error(`oembed: ${message}`);
  process.exit(1);
}

/**
 * The heights a host sees: dist/embed.html in a frame `width` px wide, read from the embed's own
 * AMP resize messages once they settle, drawn as the chart (`layout=horizontal`, as the plain iframe
 * is); `touch` emulates a touch screen (the thumb layout). Files
 * are served by request interception (no port, no network). Null when no Chromium is available or
 * the page does not report.
 */
async function measureEmbedHeights(columns: readonly { width: number; touch: boolean }[]): Promise<number[] | null> {
  const browser = await launchChromium();
  if (!browser) return null;
  try {
    const heights: number[] = [];
    for (const { width, touch } of columns) {
      const context = await browser.newContext({ viewport: { width: width + 40, height: 900 }, reducedMotion: 'reduce', hasTouch: touch, isMobile: false });
      const page = await context.newPage();
      const origin = 'http://embed.invalid';
      const host = `<!doctype html><body style="margin:0"><iframe src="${origin}/embed.html?layout=horizontal" width="${width}" height="150" style="border:0"></iframe></body>`;
      await serveFolder(page, dist, origin, { '/__host.html': host });
      await page.addInitScript(() => {
        const w = window as unknown as { __heights?: number[] };
        w.__heights = [];
        addEventListener('message', (e: MessageEvent<unknown>) => {
          const d = e.data as { sentinel?: unknown; height?: unknown } | null;
          if (d && d.sentinel === 'amp' && typeof d.height === 'number') w.__heights?.push(d.height);
        });
      });
      await page.goto(`${origin}/__host.html`);
      // Settled: the same last height for half a second, within ten seconds.
      let last = -1;
      let settled: number | null = null;
      for (let i = 0; i < 40 && settled === null; i++) {
        await page.waitForTimeout(250);
        const all = await page.evaluate(() => (window as unknown as { __heights: number[] }).__heights);
        const now = all.at(-1) ?? -1;
        if (now > 0 && now === last && i >= 3) settled = now;
        last = now;
      }
      await context.close();
      if (settled === null) return null;
      heights.push(settled);
    }
    return heights;
  } finally {
    await browser.close();
  }
}

const parsed = await parseDatasetText(readFileSync(resolve(dist, 'timeline.json'), 'utf8'));
if (!parsed.ok) {
  for (const issue of parsed.issues) console.error(`dist/timeline.json: ${formatIssue(issue)}`);
  process.exit(1);
}

const site = siteUrlFrom(process.env.SITE_URL);
if ('error' in site) fail(site.error);
if (site.defaulted) console.log(`oembed: SITE_URL is not set; using ${site.url} (set it to the address the site is published at)`);

// The narrowest column, and an article-width column on a touch screen (the thumb layout's taller
// lanes): the embed is at its tallest in one of them.
const columns = [{ width: NARROWEST_COLUMN, touch: true }, { width: OEMBED_WIDTH, touch: true }];
let height: number;
let how: string;
let measured: Record<string, number> = {};
const heightRaw = process.env.EMBED_HEIGHT;
if (heightRaw !== undefined && heightRaw !== '') {
  height = Number(heightRaw);
  if (!Number.isInteger(height) || height < 150 || height > 5000) fail(`EMBED_HEIGHT=${JSON.stringify(heightRaw)}: give a whole number of pixels from 150 to 5000`);
  how = 'from EMBED_HEIGHT';
} else {
  const heights = await measureEmbedHeights(columns).catch((error: unknown) => {
    console.log(`oembed: could not measure the embed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    return null;
  });
  if (heights) {
    measured = Object.fromEntries(columns.map((c, i) => [String(c.width), heights[i]!]));
    height = frameHeightFrom(heights);
    how = `measured in Chromium: ${columns.map((c, i) => `${heights[i]} px at ${c.width} px`).join(', ')}`;
  } else {
    height = estimateFrameHeight(parsed.timeline);
    how = 'estimated (no Chromium to measure with; set EMBED_HEIGHT to override)';
  }
}

const size: EmbedSize = { height, measured };
writeFileSync(resolve(dist, 'embed-size.json'), `${JSON.stringify(size, null, 2)}\n`);
const response = oembedResponse(parsed.timeline, { siteUrl: site.url, height, providerName: process.env.SITE_NAME });
writeFileSync(resolve(dist, 'oembed.json'), `${JSON.stringify(response, null, 2)}\n`);
console.log(`wrote dist/oembed.json: ${response.width}×${response.height} px (${how}), ${new URL('embed.html', site.url).href}`);
