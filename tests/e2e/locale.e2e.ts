/**
 * The locale comes from the dataset (issue 15): this story is `en-GB`, so its dates read
 * "14 May 2019" in the panel, the list, the chart and the phone layout, whatever the reader's
 * browser prefers, and <html lang> says so before and after the app starts.
 * Run after a build (see timeline.e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, open, servedSite } from './harness';

const site = servedSite();

const PLOT = 'section.timeline svg[role="group"]';

/** Text of the first element matching `selector`, whitespace collapsed. */
function text(p: Page, selector: string): Promise<string> {
  return p.locator(selector).first().evaluate((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
}

describe('an en-GB story', () => {
  it('writes its dates day first in the panel, the list and the chart, for a US reader too', async () => {
    const { context, page, errors } = await open(site.browser);
    await context.setExtraHTTPHeaders({ 'accept-language': 'en-US,en;q=0.9' });
    await page.goto(`${site.server.url}#event=sochi-talks`);
    await page.locator(`${PLOT} [data-event-id]`).first().waitFor({ state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    // The panel: the long form, with the weekday.
    await page.locator('#panel-title').waitFor();
    expect(await text(page, 'aside article time')).toMatch(/^Tuesday,? 14 May 2019$/);
    // The list of events below the chart.
    const listDates = await page.locator('section[aria-labelledby="events"] li time').allTextContents();
    expect(listDates).toContain('14 May 2019');
    expect(listDates).toContain('22 March – 18 April 2019');
    expect(listDates.join(' ')).not.toMatch(/May 14|March 22/);
    // The chart: each mark is named by its title and date.
    const name = await page.locator(`${PLOT} [data-event-id="sochi-talks"]`).first().getAttribute('aria-label');
    expect(name).toContain('14 May 2019');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('writes them day first in the phone layout', async () => {
    const { context, page, errors } = await open(site.browser, { width: 375, height: 740, hasTouch: true });
    await page.goto(site.server.url);
    await page.locator('.vtimeline li.vt-row a[data-event-id]').first().waitFor();
    await page.waitForLoadState('networkidle');
    const dates = await page.locator('.vt-row time').allTextContents();
    expect(dates).toContain('14 May 2019');
    expect(dates.join(' ')).not.toMatch(/May 14|March 22/);
    // The main landmark: the skip link's target in the phone layout fails axe on main too
    // (tests/e2e/vertical.e2e.ts), which the lead is fixing there.
    expect(await axe(page, ['main'])).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is prerendered with its language, for readers without JavaScript', async () => {
    const { context, page } = await open(site.browser, { javaScriptEnabled: false });
    await page.goto(site.server.url);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    expect(await page.locator('time').allTextContents()).toContain('14 May 2019');
    await context.close();
  });
});
