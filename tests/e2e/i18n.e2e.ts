/**
 * The interface in every shipped language (issue 15): the story opened with `?lang=<code>` walks
 * through what a reader sees — the page, an event's panel, "Who said what", the Download menu,
 * the article reader, the embed dialog, the filters, the print view and the phone layout — and in
 * each state reads every text node and every aria-label, title, alt and placeholder. Dataset text
 * (isolated in <bdi> and dir="auto", or named by the dataset) is set aside; what is left must hold
 * no English word of the interface's English catalog that the language's own catalog lacks. axe
 * runs in every state. Run after a build (see timeline.e2e.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appRunning, axe, launch, open, serve, type Served } from './harness';
import { LANGUAGES } from '../../src/i18n/languages';

const ROOT = resolve(import.meta.dirname, '../..');
const catalog = (code: string): Record<string, string> => JSON.parse(readFileSync(resolve(ROOT, `src/i18n/catalogs/${code}.json`), 'utf8'));
const wordsOf = (text: string) => text.toLowerCase().match(/[a-z]{3,}/g) ?? [];

// Every word of the English interface, less ICU's own keywords and argument names.
const ICU = /\{[a-z]+(?:, (?:plural|select), )?|\b(?:one|other|few|many|two|zero|measured)\s*\{/g;
const ENGLISH = new Set(Object.values(catalog('en')).flatMap((m) => wordsOf(m.replace(ICU, ' '))));

// What the dataset writes (titles, names, roles, places, reports…): never the interface's to translate.
const dataset = JSON.parse(readFileSync(resolve(ROOT, 'data/timeline.json'), 'utf8')) as Record<string, unknown>;
const DATASET_TEXT: string[] = [];
(function collect(v: unknown): void {
  if (typeof v === 'string') DATASET_TEXT.push(v);
  else if (Array.isArray(v)) v.forEach(collect);
  else if (v && typeof v === 'object') Object.values(v).forEach(collect);
})(dataset);
// The story's dates are told in its language (en-GB), parts of the day too ("in the evening"),
// also inside interface labels (a mark's name): the story's words, like its month names.
const dayPeriods = new Intl.DateTimeFormat(String(dataset.language), { timeZone: 'UTC', dayPeriod: 'long' });
for (const hour of [9, 12, 14, 19, 22]) DATASET_TEXT.push(dayPeriods.formatToParts(Date.UTC(2000, 0, 1, hour)).find((p) => p.type === 'dayPeriod')!.value);
DATASET_TEXT.sort((a, b) => b.length - a.length);

const QUOTED = 'sochi-talks';

let server: Served;
let browser: Browser;

// The story as an Italian newsroom would publish it: a language the interface is not translated into.
const ITALIAN = JSON.stringify({ ...dataset, language: 'it' });

beforeAll(async () => {
  server = await serve({ routes: { '/it.json': (_req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(ITALIAN); } } });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every piece of interface text on the page: text nodes and labelling attributes, dataset text set aside. */
function interfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Dataset text is isolated (bdi, dir=auto, the chart's titles by unicode-bidi) or is the report
    // itself (quotes, the article).
    const DATA = 'bdi, [dir="auto"], text[unicode-bidi], blockquote, cite, textarea, code, mark, script, style, time';
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n as Text).data.trim();
      if (text && !n.parentElement?.closest(DATA)) out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (el.closest('script, style')) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
    }
    out.push(document.title);
    return out;
  });
}

/** The English words left in the page's interface text (those the language's own catalog uses are allowed). */
async function englishLeft(page: Page, allowed: ReadonlySet<string>): Promise<string[]> {
  const found = new Set<string>();
  for (let text of await interfaceText(page)) {
    for (const d of DATASET_TEXT) if (d.length > 2 && text.includes(d)) text = text.split(d).join(' ');
    for (const w of wordsOf(text)) if (ENGLISH.has(w) && !allowed.has(w)) found.add(`${w} (in “${text.slice(0, 80)}”)`);
  }
  return [...found];
}

const others = LANGUAGES.filter((l) => l !== 'en');

/**
 * Text in the wrong language for its element's `lang`: the page speaks the interface's language
 * (<html lang>), and the story's text (what the dataset wrote: titles, summaries, quotes, names)
 * says the story's ("en-GB"), so that a screen reader reads each in its own voice. Text of the
 * dataset's is found by its words (DATASET_TEXT, eight characters or more); text outside the
 * dataset's isolates is the interface's.
 */
function langFaults(page: Page, lang: string): Promise<string[]> {
  return page.evaluate(({ lang, data }) => {
    const ISOLATES = 'bdi, [dir="auto"], text[unicode-bidi], blockquote, cite, textarea, code, mark, time';
    const out: string[] = [];
    if (document.documentElement.lang !== lang) out.push(`<html lang="${document.documentElement.lang}">`);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n as Text).data.trim();
      if (!el || !text || el.closest('script, style, #page-loading')) continue;
      const said = el.closest('[lang]')?.getAttribute('lang');
      const story = data.some((d) => text.includes(d));
      if (story ? said !== 'en-GB' : !el.closest(ISOLATES) && said !== lang) out.push(`“${text.slice(0, 60)}” in <${el.localName} lang=${said}>`);
    }
    return out;
  }, { lang, data: DATASET_TEXT.filter((d) => d.length >= 8) });
}

describe('a story in a language the interface does not speak', () => {
  it('the page speaks the interface\'s English; the story\'s text says it is Italian, also on a phone', async () => {
    for (const size of [{ width: 1280, height: 900 }, { width: 375, height: 760, hasTouch: true }]) {
      const { context, page, errors } = await open(browser, size);
      await page.goto(`${server.url}?data=it.json#event=${QUOTED}`);
      await page.locator('#panel-title').waitFor();
      await page.waitForFunction(() => document.documentElement.dataset.app === 'running');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      const langOf = (selector: string) => page.locator(selector).first().evaluate((el) => el.closest('[lang]')?.getAttribute('lang'));
      expect(await langOf('#story-title')).toBe('it');
      expect(await langOf('#panel-title')).toBe('it');
      expect(await langOf('article figure blockquote bdi')).toBe('it');
      expect(await langOf('#who-said-what')).toBe('en');
      expect(await axe(page), `${size.width} px: axe`).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});

describe('the interface in every shipped language', () => {
  for (const lang of others) {
    const allowed = new Set(Object.values(catalog(lang)).flatMap(wordsOf));
    const check = async (page: Page, state: string) => {
      expect(await englishLeft(page, allowed), `${lang}, ${state}: English left`).toEqual([]);
      expect(await langFaults(page, lang), `${lang}, ${state}: text in another language than its lang`).toEqual([]);
      expect(await axe(page), `${lang}, ${state}: axe`).toEqual([]);
    };

    it(`${lang} at 1280 px: page, panel, who said what, downloads, reader, embed dialog, filters and print`, async () => {
      const { context, page, errors } = await open(browser, { width: 1280, height: 900 });
      await page.goto(`${server.url}?lang=${lang}#event=${QUOTED}`);
      await appRunning(page);
      const panel = page.locator('article[aria-labelledby="panel-title"]');
      await panel.waitFor();
      await page.locator('section.timeline svg[role="group"] [data-event-id]').first().waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle');
      await check(page, 'event panel');

      await panel.locator('figure button').first().click();
      const reader = page.locator('dialog[aria-labelledby="reader-title"]');
      await reader.locator('mark[data-current]').waitFor();
      await check(page, 'article reader');
      await page.keyboard.press('Escape');
      await reader.locator('mark[data-current]').waitFor({ state: 'detached' });

      await page.locator('#who-said-what').click();
      await page.locator('#who-title').waitFor();
      await check(page, 'who said what');

      await page.locator('button[aria-controls="downloads"]').click();
      await page.locator('#downloads').waitFor();
      await check(page, 'download menu');
      await page.keyboard.press('Escape');

      await page.locator('button[aria-haspopup="dialog"]').click();
      const dialog = page.locator('dialog[aria-labelledby="embed-title"]');
      await dialog.locator('#embed-code-iframe').waitFor();
      await dialog.locator('input[type="checkbox"]').check();
      await dialog.locator('figcaption').first().waitFor();
      await check(page, 'embed dialog');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });

      // A person chosen: the status line counts what is shown and offers to clear.
      await page.locator('section [role="group"] button[aria-pressed]').first().click();
      await page.locator('[data-filter-status] button').waitFor();
      await check(page, 'filters');

      await page.emulateMedia({ media: 'print' });
      await page.locator('.story-text').waitFor({ state: 'attached' });
      expect(await englishLeft(page, allowed), `${lang}, print view: English left`).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });

    it(`${lang} at 375 px: the phone layout and an event opened in place`, async () => {
      const { context, page, errors } = await open(browser, { width: 375, height: 760, hasTouch: true });
      await page.goto(`${server.url}?lang=${lang}`);
      // The app's own render (the prerendered rows are the story's language's until it replaces them).
      await appRunning(page);
      await page.locator('.vtimeline li.vt-row a[data-event-id]').first().waitFor();
      await page.waitForLoadState('networkidle');
      await check(page, 'phone layout');
      await page.locator(`.vtimeline a[data-event-id="${QUOTED}"]`).click();
      await page.locator('#panel-title').waitFor();
      await check(page, 'phone, event open');
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('at 320 px, in every shipped language, the chart\'s toolbar keeps each label whole, inside its button', async () => {
    // One page loads each language in turn: a fresh document each time, without a fresh renderer.
    const { context, page, errors } = await open(browser, { width: 320, height: 640, hasTouch: true });
    for (const lang of LANGUAGES) {
      await page.goto(`${server.url}?lang=${lang}&layout=horizontal`);
      await page.locator('section.timeline svg[role="group"] [data-event-id]').first().waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle');
      // Chinese writes no spaces: any character is a line break opportunity, so only overflow counts.
      const cut = await page.evaluate((spaced) => {
        const out: string[] = [];
        for (const el of document.querySelectorAll('section.timeline [role="toolbar"] button, section.timeline label')) {
          const text = el.textContent?.trim();
          if (!text || !el.getClientRects().length) continue;
          const range = document.createRange();
          range.selectNodeContents(el);
          const t = range.getBoundingClientRect();
          const b = el.getBoundingClientRect();
          if (t.top < b.top - 0.5 || t.bottom > b.bottom + 0.5 || t.left < b.left - 0.5 || t.right > b.right + 0.5) out.push(`“${text}” runs out of its box`);
          if (!spaced) continue;
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            for (const m of (n as Text).data.matchAll(/\S+/g)) {
              range.setStart(n, m.index);
              range.setEnd(n, m.index + m[0].length);
              const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              if (lines.size > 1) out.push(`“${m[0]}” is split across lines`);
            }
          }
        }
        return out;
      }, lang !== 'zh');
      expect(cut, lang).toEqual([]);
      expect(await axe(page), lang).toEqual([]);
      expect(errors, lang).toEqual([]);
    }
    await context.close();
  });

  it('at 375 px with text at 200%, in every shipped language, both layouts\' toolbars wrap: no sideways scroll, no control off screen, labels whole', async () => {
    const { context, page, errors } = await open(browser, { width: 375, height: 740, hasTouch: true });
    for (const lang of LANGUAGES) {
      for (const layout of ['vertical', 'horizontal']) {
        await page.goto(`${server.url}?lang=${lang}&layout=${layout}`);
        await page.locator(layout === 'vertical' ? '.vtimeline li.vt-row' : 'section.timeline svg[role="group"] [data-event-id]').first().waitFor({ state: 'attached' });
        await page.waitForLoadState('networkidle');
        // A reader's larger text (the browser's text size): every rem doubles.
        await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
        await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
        const problems = await page.evaluate((spaced) => {
          const out: string[] = [];
          if (document.documentElement.scrollWidth > innerWidth) out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
          const range = document.createRange();
          for (const el of document.querySelectorAll('.vtimeline .sticky button, .vtimeline .sticky select, section.timeline [role="toolbar"] button, section.timeline select, section.timeline label')) {
            const r = el.getBoundingClientRect();
            if (!el.getClientRects().length || r.width === 0) continue;
            if (r.left < -0.5 || r.right > innerWidth + 0.5) out.push(`${el.tagName} “${el.textContent?.trim().slice(0, 30)}” runs off screen`);
            if (!spaced || el.tagName !== 'LABEL') continue;
            for (const m of (el.textContent ?? '').matchAll(/\S+/g)) {
              const node = el.firstChild;
              if (!(node instanceof Text)) continue;
              range.setStart(node, m.index);
              range.setEnd(node, m.index + m[0].length);
              if (new Set([...range.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.top))).size > 1) out.push(`“${m[0]}” is split across lines`);
            }
          }
          return out;
        }, lang !== 'zh');
        expect(problems, `${lang}, ${layout}`).toEqual([]);
        expect(errors, `${lang}, ${layout}`).toEqual([]);
      }
    }
    await context.close();
  });

  it('English pays no catalog: the story in English fetches no other language\'s chunk; French fetches its own', async () => {
    const { context, page } = await open(browser, { width: 1280, height: 900 });
    const chunks: string[] = [];
    page.on('request', (r) => { const m = /\/assets\/(fr|es|de|ru|ar|he|zh)-[\w-]+\.js$/.exec(r.url()); if (m) chunks.push(m[1]!); });
    await page.goto(server.url);
    await page.locator('section.timeline svg[role="group"] [data-event-id]').first().waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    expect(chunks).toEqual([]);
    await page.goto(`${server.url}?lang=fr`);
    await page.locator('#who-said-what', { hasText: 'Qui a dit quoi' }).waitFor();
    expect(chunks).toEqual(['fr']);
    expect(await page.locator('section.timeline').getAttribute('aria-label')).toBe('Chronologie');
    await context.close();
  });
});
