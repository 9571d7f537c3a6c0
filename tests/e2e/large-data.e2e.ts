/**
 * A large `?data=` file (issue 14): it is parsed and checked in the dataset worker, fed while it
 * downloads, under the site's strict CSP; the loading screen shows how much has arrived; then the
 * marks appear and answer a click. A large invalid file gets the same alert, naming the problem
 * and where. 20,000 events keep the test quick; the bench measures 100,000.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Worker } from 'playwright-core';
import { axe, launch, open, serve, STRICT_CSP, type Served } from './harness';
import { syntheticDataset } from '../../scripts/bench/synthetic';
import { SHELL_PAGE } from '../../src/app/pageOptions';

const EVENTS = 20_000;
const body = JSON.stringify(syntheticDataset(EVENTS));
const invalid = syntheticDataset(EVENTS);
(invalid.events[12_345] as { start: string }).start = '2019-13-45';
// Cut inside the events list: the syntax error is many lines and bytes in.
const truncated = JSON.stringify(syntheticDataset(EVENTS), null, 1).slice(0, 3_000_000);

let server: Served;
let browser: Browser;
/** Releases the second half of /big.json, which the server holds back until the test has seen the progress. */
let release: () => void = () => undefined;

/** Answers with `text`, holding back its second half until `gate` resolves. */
function halves(text: string, gate: () => Promise<void>) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    const bytes = Buffer.from(text);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(bytes.length) });
    const half = Math.floor(bytes.length / 2);
    res.write(bytes.subarray(0, half));
    void gate().then(() => res.end(bytes.subarray(half)));
  };
}

beforeAll(async () => {
  const whole = (text: string) => (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(text);
  };
  server = await serve({
    headers: () => ({ 'content-security-policy': STRICT_CSP }),
    routes: {
      '/big.json': halves(body, () => new Promise<void>((ok) => { release = ok; })),
      '/big-invalid.json': whole(JSON.stringify(invalid)),
      '/big-truncated.json': whole(truncated),
      '/small.json': whole(JSON.stringify(syntheticDataset(30))),
    },
  });
  browser = await launch();
});

afterAll(async () => {
  release();
  await browser?.close();
  await server?.close();
});

/** A page that records CSP violations and the workers it starts. */
async function watched(): Promise<{ page: Page; workers: Worker[]; violations: () => Promise<string[]>; close: () => Promise<void>; errors: string[] }> {
  const { page, context, errors } = await open(browser, { width: 375, height: 812 });
  const workers: Worker[] = [];
  page.on('worker', (w) => workers.push(w));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return { page, workers, violations, errors, close: () => context.close() };
}

describe(`${EVENTS.toLocaleString('en')} events from ?data=`, () => {
  it('go from a prerendered page to the page for ?data= (app.html), keeping the options and the link, and shows its loading screen', async () => {
    const { page, close } = await watched();
    // The app's script never arrives: what the reader sees is the page as boot.js leaves it.
    await page.route('**/assets/*.js', () => { /* never answered */ });
    for (const [from, embed] of [['', null], ['embed.html', '1'], ['event/sochi-talks.html', null]] as const) {
      await page.goto(`${server.url}${from}?data=big.json&theme=dark#event=x`, { waitUntil: 'commit' });
      await page.waitForURL((u) => u.pathname.endsWith(`/${SHELL_PAGE}`), { waitUntil: 'commit' });
      const url = new URL(page.url());
      // The dataset's address as the page it was given to resolved it (an event's page is a folder down).
      expect(url.searchParams.get('data')).toBe(new URL(`${from}/../big.json`.replace(/^\//, ''), server.url).href);
      expect(url.searchParams.get('theme')).toBe('dark');
      expect(url.searchParams.get('embed')).toBe(embed);
      expect(url.hash).toBe('#event=x');
      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor();
      expect(await heading.innerText()).toBe('Loading the timeline…');
      expect(await page.getByRole('main').getAttribute('aria-busy')).toBe('true');
      expect(await page.locator('#root').innerHTML()).toBe('');
      expect(await axe(page)).toEqual([]);
    }
    await close();
  });

  it('say so when the app\'s script cannot be loaded, rather than load for ever; the story page stays readable without the controls that need it', async () => {
    const { page, close, violations } = await watched();
    await page.route('**/assets/*.js', (route) => route.abort('failed'));
    await page.goto(`${server.url}?data=/big.json`);
    const screen = page.locator('#page-loading[data-load-failed]');
    await screen.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('The timeline could not be loaded');
    expect(await page.getByRole('status').innerText()).toMatch(/reload the page/);
    expect(await page.getByRole('main').getAttribute('aria-busy')).toBe('false');
    // The controls that need the app are gone again.
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(false);
    expect(await axe(page)).toEqual([]);
    // The story page itself: read as it was prerendered, without zoom buttons that would do nothing.
    await page.goto(server.url);
    await page.waitForFunction(() => !document.documentElement.classList.contains('js'));
    expect(await page.locator('#root [data-event-id]').first().isVisible()).toBe(true);
    const zoomIn = page.locator('button[aria-label="Zoom in"]');
    expect(await zoomIn.count()).toBeGreaterThan(0);
    expect(await zoomIn.evaluateAll((b) => b.filter((x) => x.checkVisibility()).length)).toBe(0);
    expect(await page.locator('#page-loading').isVisible()).toBe(false);
    expect(await violations()).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await close();
  });

  it('show the page\'s loading screen only for ?data=, and take it away once that dataset is drawn', async () => {
    const { page, close } = await watched();
    await page.goto(server.url);
    await page.locator('[data-event-id]').first().waitFor({ state: 'attached' });
    expect(await page.locator('#page-loading').isVisible()).toBe(false);
    expect(await page.getByRole('main').count()).toBe(1);
    await page.goto(`${server.url}?data=/small.json`);
    await page.locator('[data-event-id^="syn-"]').first().waitFor({ state: 'attached' });
    expect(await page.locator('#page-loading').count()).toBe(0);
    expect(await page.getByRole('main').getAttribute('aria-busy')).toBeNull();
    await close();
  });

  it('load through the dataset worker with progress shown, then mark and answer a click', async () => {
    const { page, workers, violations, errors, close } = await watched();
    // The status line as the page is parsed (the page's own loading screen): progress is said in
    // that same live region, which a screen reader already knows, so its first words are announced.
    await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __status: Element | null }).__status = document.getElementById('load-phase');
    }));
    await page.goto(`${server.url}?data=/big.json`);
    // Half the file is in: the worker is already reading it, and the screen says how much has arrived.
    await expect.poll(() => workers.some((w) => /parseWorker/.test(w.url()))).toBe(true);
    const bar = page.getByRole('progressbar', { name: 'Loading the timeline' });
    await expect.poll(async () => bar.getAttribute('aria-valuetext')).toMatch(/^Receiving the data… [\d.]+ (kB|MB) of [\d.]+ MB$/);
    const [value, max] = await bar.evaluate((el: HTMLProgressElement) => [el.value, el.max]);
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(max ?? 0);
    expect(await page.getByRole('status').innerText()).toBe('Receiving the data…');
    expect(await page.evaluate(() => {
      const first = (window as unknown as { __status: Element | null }).__status;
      return first !== null && first === document.getElementById('load-phase');
    })).toBe(true);
    expect(await page.locator('[aria-hidden="true"]').filter({ hasText: / of / }).innerText()).toMatch(/MB of [\d.]+ MB/);
    expect(await axe(page)).toEqual([]);

    release();
    const mark = page.locator('[data-event-id^="syn-"]').first();
    await mark.waitFor({ state: 'attached', timeout: 60_000 });
    await expect.poll(() => page.getByRole('progressbar').count()).toBe(0);
    // Interactive: the phone's row opens the event.
    await page.locator('[data-event-id^="syn-"]').first().click();
    await page.locator('#panel-title').waitFor();
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await close();
  });

  for (const [name, problem] of [['big-invalid', /events\[12345\]\.start.*"2019-13-45" is not a calendar date/s], ['big-truncated', /not valid JSON: .* at line \d+, column \d+/]] as const) {
    it(`a large broken file (${name}) gets the alert naming the problem and where`, async () => {
      const { page, workers, violations, close } = await watched();
      await page.goto(`${server.url}?data=/${name}.json`);
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 60_000 });
      expect(await alert.innerText()).toMatch(problem);
      expect(workers.some((w) => /parseWorker/.test(w.url()))).toBe(true);
      expect(await page.locator('[data-event-id], [role="progressbar"]').count()).toBe(0);
      expect(await violations()).toEqual([]);
      expect(await axe(page)).toEqual([]);
      await close();
    });
  }
});
