/**
 * Not a test: screenshots of the timeline at 375 and 1280 px, light and dark, to look at while
 * designing. Run after a build: `npx tsx tests/e2e/timeline-shots.ts [query]` → /tmp/shots/*.png.
 */
import { mkdirSync } from 'node:fs';
import { launch, open, serve } from './harness';

const query = process.argv[2] ?? '';
mkdirSync('/tmp/shots', { recursive: true });
const server = await serve();
const browser = await launch();
try {
  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page, errors } = await open(browser, { width, height: 900, colorScheme });
      await page.goto(server.url + query);
      await page.locator('[data-event-id], [data-cluster]').first().waitFor({ state: 'attached' });
      await page.waitForTimeout(300);
      const section = page.locator('section.timeline');
      await section.screenshot({ path: `/tmp/shots/timeline-${width}-${colorScheme}.png` });
      await page.screenshot({ path: `/tmp/shots/page-${width}-${colorScheme}.png` });
      if (errors.length) console.log(width, colorScheme, errors);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
