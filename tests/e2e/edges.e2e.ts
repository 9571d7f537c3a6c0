/**
 * Data at the edges (issue 11), in the built site: every file of tests/fixtures/edges loaded with
 * `?data=`. Many events at one instant or one year open as a list and the arrow keys reach every
 * event in order; text of any length never scrolls the page sideways; years before AD 1 carry
 * their era; no events gives a plain empty state; TimelineJS paragraphs survive the import. axe
 * (the full tag list) runs in every state visited.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appRunning, axe, launch, open, serve, type Served } from './harness';
import { importTimelineJs } from '../../src/import/timelinejs';
import fc from 'fast-check';

const EDGES = resolve(import.meta.dirname, '../fixtures/edges');
const edge = (name: string) => readFileSync(resolve(EDGES, name), 'utf8');

/** The dataset the property test serves at /data/generated.json, replaced for each run. */
let generated = '{}';
let server: Served;
let browser: Browser;

beforeAll(async () => {
  const json = (body: string) => (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  };
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {};
  for (const name of ['same-instant', 'same-year', 'long-titles', 'empty', 'bce']) routes[`/data/${name}.json`] = json(edge(`${name}.json`));
  for (const name of ['html-in-text', 'bce']) {
    const { dataset } = importTimelineJs(JSON.parse(edge(`${name}-timelinejs.json`)) as unknown);
    routes[`/data/${name}-imported.json`] = json(JSON.stringify(dataset));
  }
  const ev = (id: string, start: string) => ({ id, title: `Event ${id}`, summary: 'Summary.', start, dateSource: 'editor', topics: [], people: [], quotes: [], mentions: [] });
  routes['/data/gap.json'] = json(JSON.stringify({
    version: 1, id: 'gap', title: 'A gap', language: 'en', sources: [], people: [], topics: [],
    events: [ev('first', '2019-01-10'), ev('second', '2019-01-12'), ev('last', '2019-12-20')],
  }));
  // The same titles on a time axis running right to left (the plot drawn mirrored), and a Hebrew
  // story with one title a single word of 176 letters, on either axis.
  routes['/data/long-titles-rtl-axis.json'] = json(JSON.stringify({ ...JSON.parse(edge('long-titles.json')) as object, axisDirection: 'rtl' }));
  const hebrew = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/rtl/he.json'), 'utf8')) as { events: object[] };
  hebrew.events.push({ ...hebrew.events[0], id: 'long-nospace', title: 'אבגדהוזחטיכלמנסעפצקרשת'.repeat(8) });
  routes['/data/long-word-he.json'] = json(JSON.stringify(hebrew));
  routes['/data/long-word-he-ltr-axis.json'] = json(JSON.stringify({ ...hebrew, axisDirection: 'ltr' }));
  routes['/data/generated.json'] = (_req, res) => json(generated)(_req, res);
  server = await serve({ routes });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens a dataset. `chart` forces the chart on phones too (`layout=horizontal`), for what only the
 * chart has (clusters, zoom, ticks); otherwise a phone gets its own layout, the vertical timeline.
 */
async function show(name: string, width: number, colorScheme: 'light' | 'dark' = 'light', chart = false): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await open(browser, { width, colorScheme });
  await page.goto(`${server.url}?data=/data/${name}.json${chart ? '&layout=horizontal' : ''}`);
  await appRunning(page);
  await page.locator(chart || width > 640 ? 'section.timeline' : '.vtimeline, main p').first().waitFor();
  return { page, errors };
}

/** The id of the focused event (a mark or an item of an opened cluster list), or a description. */
const focusedId = (page: Page) => page.evaluate(() => {
  const a = document.activeElement;
  return a?.getAttribute('data-event-id') ?? a?.getAttribute('data-list-event-id') ?? (a?.hasAttribute('data-cluster') ? 'cluster' : String(a?.tagName));
});

/** The events in date order, as the list under the timeline gives them. */
const listOrder = (page: Page) => page.evaluate(() => [...document.querySelectorAll('#events ~ * li[id^="event="]')].map((li) => li.id.slice('event='.length)));

/** Opens a cluster's list by clicking its pill as often as it takes (a click either zooms in or opens the list). */
async function openClusterList(page: Page): Promise<void> {
  for (let n = 0; n < 6; n++) {
    if (await page.locator('[data-cluster-list]').count()) return;
    const before = await page.evaluate(() => [...document.querySelectorAll('[data-cluster]')].map((c) => c.getAttribute('aria-label')).join('|'));
    await page.locator('[data-cluster]').first().click();
    // Either the list opens or the clusters change (a zoom that separated some events).
    await page.waitForFunction((b) => document.querySelector('[data-cluster-list]') !== null
      || [...document.querySelectorAll('[data-cluster]')].map((c) => c.getAttribute('aria-label')).join('|') !== b, before);
  }
  throw new Error('the cluster never opened');
}

/** Presses ArrowRight from the first event to the last, recording where focus settles each time. */
async function walk(page: Page, count: number): Promise<string[]> {
  // The marks' tab stop, focused once the plot holds it (a late layout may redraw it first).
  await expect.poll(async () => {
    await page.locator('svg [tabindex="0"]').first().focus();
    return page.evaluate(() => document.activeElement?.closest('svg') != null);
  }).toBe(true);
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.activeElement?.hasAttribute('data-event-id') || document.activeElement?.hasAttribute('data-list-event-id'))
    .catch(async (error: unknown) => {
      throw new Error(`Home left focus on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))}`, { cause: error });
    });
  const seen = [await focusedId(page)];
  for (let n = 1; n < count; n++) {
    const previous = seen[seen.length - 1];
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((prev) => {
      const a = document.activeElement;
      const id = a?.getAttribute('data-event-id') ?? a?.getAttribute('data-list-event-id');
      return id != null && id !== prev;
    }, previous);
    seen.push(await focusedId(page));
  }
  return seen;
}

describe('many events on one date', () => {
  for (const [name, width] of [['same-instant', 1280], ['same-instant', 375], ['same-year', 1280], ['same-year', 375]] as const) {
    it(`${name} at ${width} px: the cluster opens into a list, each event selectable, axe-clean`, async () => {
      const { page, errors } = await show(name, width, 'light', true);
      await openClusterList(page);
      const items = page.locator('[data-cluster-list] [data-list-event-id]');
      const count = await items.count();
      expect(count).toBeGreaterThan(1);
      expect(await axe(page)).toEqual([]);
      // Every item selects its own event.
      for (const n of [0, count - 1]) {
        const id = await items.nth(n).getAttribute('data-list-event-id');
        await items.nth(n).click();
        await page.locator('#panel-title').waitFor();
        await page.waitForFunction((i) => location.hash.includes(`event=${i}`), id);
        expect(await page.locator(`[data-list-event-id="${id}"]`).getAttribute('aria-pressed')).toBe('true');
      }
      expect(await axe(page)).toEqual([]);
      // Escape closes the list and puts focus back on its cluster.
      await items.first().focus();
      await page.keyboard.press('Escape');
      await page.locator('[data-cluster-list]').waitFor({ state: 'detached' });
      expect(await focusedId(page)).toBe('cluster');
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`${name} at ${width} px: ArrowRight visits every event of the dataset in date order, the same dates in the file's order`, async () => {
      const { page, errors } = await show(name, width, 'light', true);
      const order = await listOrder(page);
      // Events on the same date keep the order written ("Statement 1 … 12", not "1, 10, 11, 12, 2").
      const file = (JSON.parse(edge(`${name}.json`)) as { events: { id: string; start: string; end?: string }[] }).events;
      const at = new Map(file.map((e, i) => [e.id, i]));
      const dateOf = (id: string) => `${file[at.get(id)!]!.start}/${file[at.get(id)!]!.end ?? ''}`;
      expect(order.filter((id, i) => i > 0 && dateOf(id) === dateOf(order[i - 1]!) && at.get(id)! < at.get(order[i - 1]!)!)).toEqual([]);
      expect(order).toHaveLength(file.length);
      expect(await walk(page, order.length)).toEqual(order);
      expect(await axe(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('property: any set of equal dates', () => {
  it('every event is reachable by the arrow keys, in date order (generated datasets, real browser)', async () => {
    const dates = fc.constantFrom('2019', '2020-03', '2021-06-01', '2021-06-01T12:00+02:00', '-0043-03-15', '0079-08-24T13:05Z');
    await fc.assert(
      fc.asyncProperty(dates, fc.integer({ min: 2, max: 25 }), fc.array(fc.integer({ min: -300, max: 300 }), { maxLength: 4 }), fc.constantFrom(375, 1280), async (date, count, others, width) => {
        const ev = (id: string, start: string) => ({ id, title: `Event ${id}`, summary: 'Summary.', start, dateSource: 'editor', topics: [], people: [], quotes: [], mentions: [] });
        const base = new Date(Date.parse(`${date.startsWith('-') || date.startsWith('00') ? '2000' : date.slice(0, 4)}-01-01T00:00Z`));
        const neighbours = others.map((days, n) => ev(`other-${n}`, new Date(base.getTime() + days * 86_400_000).toISOString().slice(0, 10)));
        generated = JSON.stringify({
          version: 1, id: 'generated', title: 'Generated', language: 'en', sources: [], people: [], topics: [],
          events: [...Array.from({ length: count }, (_, n) => ev(`same-${String(n).padStart(2, '0')}`, date)), ...neighbours],
        });
        const { page, errors } = await show('generated', width, 'light', true);
        try {
          const order = await listOrder(page);
          expect(order).toHaveLength(count + others.length);
          expect(await walk(page, order.length)).toEqual(order);
          expect(errors).toEqual([]);
        } finally {
          await page.context().close();
        }
      }),
      { numRuns: 4 },
    );
  }, 240_000);
});

describe('text of any length', () => {
  for (const width of [320, 375, 768, 1280]) {
    it(`long-titles at ${width} px: nothing scrolls sideways or runs off screen, before and after selecting`, async () => {
      const { page } = await show('long-titles', width);
      const overflow = () => page.evaluate(() => {
        const out: string[] = [];
        if (document.scrollingElement!.scrollWidth > innerWidth) out.push(`page ${document.scrollingElement!.scrollWidth} px wide`);
        for (const el of document.querySelectorAll('body *')) {
          if (el.closest('svg') || el.closest('.sr-only') || !(el as HTMLElement).offsetParent) continue;
          const r = el.getBoundingClientRect();
          if (r.width > 0 && r.right > innerWidth + 1) out.push(`${el.tagName.toLowerCase()}.${String(el.className).slice(0, 40)} ends at ${Math.round(r.right)}`);
          // Scroll containers (the panel) must not hide text off to the side either.
          if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible' && el.clientWidth > 0) out.push(`${el.tagName.toLowerCase()} scrolls sideways`);
        }
        return out;
      });
      expect(await overflow()).toEqual([]);
      // The list entry (the chart's list, or on a phone the vertical timeline's row).
      await page.locator('#events ~ * li a, .vtimeline li a[data-event-id]').first().click();
      await page.locator('#panel-title').waitFor();
      expect(await overflow()).toEqual([]);
      expect(await axe(page)).toEqual([]);
      await page.context().close();
    });
  }
  for (const name of ['long-titles', 'long-titles-rtl-axis', 'long-word-he', 'long-word-he-ltr-axis']) {
    it(`${name}: a selected title that is one word wider than its room shows the word's start, then dots, inside the plot`, async () => {
      const { page } = await show(name, 768);
      await page.locator('g[data-event-id="long-nospace"]').click();
      await page.locator('#panel-title').waitFor();
      // The clip's window lies between the glyph and the dots: the word's first letter is drawn there.
      const seen = await page.evaluate(() => {
        const mark = document.querySelector('g[data-event-id="long-nospace"]')!;
        const text = mark.querySelector('svg text')!;
        const range = document.createRange();
        range.setStart(text.firstChild!, 0);
        range.setEnd(text.firstChild!, 1);
        const first = range.getBoundingClientRect();
        const glyph = mark.querySelector('circle')!.getBoundingClientRect();
        const dots = mark.querySelector('[data-ellipsis]')!.getBoundingClientRect();
        const plot = mark.closest('svg[id]')!.getBoundingClientRect();
        const mid = (r: DOMRect) => (r.left + r.right) / 2;
        const inPlot = (r: DOMRect) => r.left >= plot.left && r.right <= plot.right;
        return {
          text: text.textContent,
          between: (mid(glyph) - mid(first)) * (mid(dots) - mid(first)) < 0,
          inPlot: inPlot(first) && inPlot(dots),
        };
      });
      expect(seen).toEqual({ text: expect.stringMatching(/^(Donaudampf.*gesellschaft|א.*ת)$/), between: true, inPlot: true });
      expect(await axe(page)).toEqual([]);
      await page.context().close();
    });
  }
});

describe('years before AD 1', () => {
  for (const name of ['bce', 'bce-imported']) {
    it(`${name}: every event is drawn and listed with its era`, async () => {
      const { page, errors } = await show(name, 1280);
      const dates = await page.locator('#events ~ * li time').allTextContents();
      expect(dates.map((d) => d.toLowerCase())).toEqual(['january 10, 49 bc', '27 bc', 'august 24, 79 ad']);
      const names = await page.locator('svg [data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
      expect(names).toContain('Caesar crosses the Rubicon, January 10, 49 BC');
      expect(await page.locator('svg text').allTextContents()).not.toContain('NaN');
      // No quotes: no "Who said what" button that would open only "This timeline has no quotes".
      expect(await page.locator('#who-said-what').count()).toBe(0);
      expect(await axe(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`${name} at 375 px: the phone's bar names where in time the reader is with its era`, async () => {
      const { page, errors } = await show(name, 375);
      const bar = page.locator('.vtimeline output').first();
      await expect.poll(() => bar.textContent()).toBe('Jan 49 BC');
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('nothing', () => {
  for (const width of [375, 1280]) {
    it(`empty at ${width} px: a plain empty state, no axis and no empty sections`, async () => {
      const { page, errors } = await show('empty', width);
      await page.getByText('No events yet', { exact: true }).waitFor();
      expect(await page.locator('section.timeline svg').count()).toBe(0);
      // No "Who said what" button that would open nothing.
      expect(await page.locator('#who-said-what').count()).toBe(0);
      const text = await page.locator('body').innerText();
      expect(text).not.toMatch(/Sources:|All events|no quotes|1999|2000/);
      expect(await axe(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('imported TimelineJS text', () => {
  it('keeps paragraphs and line breaks as <p> and <br>, and markup as text', async () => {
    const { page } = await show('html-in-text-imported', 1280);
    const first = page.locator('#events ~ * li').first();
    expect(await first.locator('p').allTextContents()).toEqual(expect.arrayContaining([
      'First paragraph with a link to the report.',
      'Second paragraph: 5 < 7 and café — done today.',
    ]));
    const second = page.locator('#events ~ * li').nth(1);
    expect(await second.locator('p br').count()).toBe(2);
    expect(await page.locator('#events ~ * li :is(b, em, img, script, ul)').count()).toBe(0);
    expect(await page.locator('#events ~ * li').nth(2).innerText()).toContain('<script> shown as text.');
    await first.locator('a').first().click();
    await page.locator('#panel-title').waitFor();
    expect(await page.locator('aside article > p.leading-relaxed').count()).toBe(2);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });
});

/** Zooms in with the button until it is disabled or `done` holds. */
async function zoomIn(page: Page, done: () => Promise<boolean>): Promise<void> {
  const button = page.getByRole('button', { name: 'Zoom in', exact: true });
  for (let n = 0; n < 20 && !(await done()) && (await button.getAttribute('aria-disabled')) !== 'true'; n++) {
    const before = await page.locator('output').first().textContent();
    await button.click();
    await page.waitForFunction((b) => document.querySelector('output')?.textContent !== b, before);
  }
}

describe('a stretch with no events', () => {
  for (const width of [375, 1280]) {
    it(`at ${width} px says so and offers the nearest events, which the buttons go to`, async () => {
      const { page, errors } = await show('gap', width, 'light', true);
      // From the whole dataset, whose middle is the empty stretch between its two groups.
      await page.getByRole('button', { name: 'Fit all' }).click();
      await zoomIn(page, async () => (await page.locator('[data-empty-view]').count()) > 0);
      const message = page.locator('[data-empty-view]');
      await message.waitFor();
      expect(await message.getAttribute('role')).toBe('status');
      expect(await message.innerText()).toMatch(/No events in .+2019/);
      expect(await message.locator('[data-nearest="earlier"]').innerText()).toContain('Event second');
      expect(await message.locator('[data-nearest="later"]').innerText()).toContain('Event last');
      expect(await axe(page)).toEqual([]);
      await message.locator('[data-nearest="later"]').click();
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-event-id') === 'last');
      expect(await page.locator('[data-empty-view]').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('the axis in the browser', () => {
  /** Axis labels (real text boxes) that overlap another of their row, or run past the plot. */
  const clashes = (page: Page) => page.evaluate(() => {
    const svg = document.querySelector('section.timeline svg[role="group"]')!;
    const right = svg.getBoundingClientRect().right;
    const rows = new Map<string, DOMRect[]>();
    for (const t of svg.querySelectorAll('g[aria-hidden="true"] > text')) {
      const r = t.getBoundingClientRect();
      const y = String(Math.round(r.top));
      rows.set(y, [...(rows.get(y) ?? []), r]);
    }
    const out: string[] = [];
    for (const [y, boxes] of rows) {
      boxes.sort((a, b) => a.left - b.left);
      for (let i = 1; i < boxes.length; i++) if (boxes[i]!.left < boxes[i - 1]!.right) out.push(`row ${y}: overlap at ${Math.round(boxes[i]!.left)}`);
      for (const b of boxes) if (b.right > right + 1) out.push(`row ${y}: runs past the plot at ${Math.round(b.right)}`);
    }
    return out;
  });

  for (const width of [320, 375, 1280]) {
    it(`at ${width} px no two tick labels overlap at any zoom, from the whole story to its finest`, async () => {
      const { page } = await show('long-titles', width, 'light', true);
      await page.goto(`${server.url}?layout=horizontal`);
      await page.locator('html.js').waitFor({ state: 'attached' });
      await page.locator('section.timeline svg text').first().waitFor();
      expect(await clashes(page)).toEqual([]);
      await zoomIn(page, async () => {
        expect(await clashes(page)).toEqual([]);
        return false;
      });
      // The finest zoom shows hours on Moscow time, and says so.
      expect(await page.locator('section.timeline svg[role="group"]').innerHTML()).toMatch(/GMT\+3/);
      expect(await page.locator('output').first().textContent()).toMatch(/\d\d:\d[05] ?– ?.*\d\d:\d[05] GMT\+3$/);
      await page.context().close();
    });
  }
});
