/**
 * Not a test: screenshots of the timeline at 375 and 1280 px, light and dark, to look at while
 * designing. Run after a build: `npx tsx scripts/bench/timeline-shots.ts ['?data=/big.json' | '?data=/minimal.json']`
 * → /tmp/shots/timeline-*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { launch, open, serve } from '../../tests/e2e/harness';
import { syntheticDataset } from '../../tests/e2e/timeline-synthetic';

const query = process.argv[2] ?? '';
const tag = query.match(/data=\/?([a-z]+)/)?.[1] ?? 'story';
mkdirSync('/tmp/shots', { recursive: true });
const big = JSON.stringify(syntheticDataset(10_000));
const minimal = readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/minimal.json'), 'utf8');
const json = (body: string) => (_q: unknown, res: ServerResponse) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(body); };
const server = await serve({ routes: { '/big.json': json(big), '/minimal.json': json(minimal) } });
const browser = await launch();
try {
  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page, errors } = await open(browser, { width, height: 900, colorScheme });
      await page.goto(server.url + query);
      await page.locator('[data-event-id], [data-cluster]').first().waitFor({ state: 'attached' });
      await page.waitForTimeout(300);
      const section = page.locator('section.timeline');
      await section.screenshot({ path: `/tmp/shots/timeline-${tag}-fit-${width}-${colorScheme}.png` });
      await page.screenshot({ path: `/tmp/shots/timeline-${tag}-page-${width}-${colorScheme}.png` });
      // The busiest week, with keyboard focus on a mark (focus ring visible).
      const busiest = page.getByRole('button', { name: 'Busiest week' });
      if (await busiest.count()) await busiest.click();
      await page.waitForTimeout(200);
      await page.locator('section.timeline [data-event-id][tabindex="0"]').focus();
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(200);
      await section.screenshot({ path: `/tmp/shots/timeline-${tag}-busiest-${width}-${colorScheme}.png` });
      if (errors.length) console.log(width, colorScheme, errors);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
