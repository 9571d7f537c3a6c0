/**
 * `tsx scripts/share-cards.ts`: the share card images the built pages' og:image / twitter:image
 * tags name (scripts/prerender.ts): dist/card.png for the story and dist/event/<id>.png for each
 * event, SHARE_CARD_WIDTH × SHARE_CARD_HEIGHT.
 *
 * Each card is made from the built chart: the embed page is opened in Chromium (light theme, in a
 * column narrower than the card, so that labels scale up; for an event, selected and zoomed to it, as its page opens), the app's own
 * image exporter (src/export/imageSvg.ts, the chunk "Download image" uses) turns the plot into a
 * standalone SVG with the title and credit line, and resvg (a real SVG renderer, @resvg/resvg-js)
 * rasterises it. Without a Chromium the cards are the title and credit line alone, still rendered
 * by resvg, so every tag points at a real image. Run after the build and the prerender.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { parseDatasetText } from '../src/dataset/parseText';
import { formatIssue } from '../src/dataset/parse';
import type { Timeline } from '../src/dataset/model';
import { SHARE_CARD_HEIGHT, SHARE_CARD_WIDTH } from '../src/embed/shareTags';
import { EVENT_DIR, eventCardPath, STORY_CARD_PATH } from '../src/embed/eventPage';
import { creditLine, type ImageText } from '../src/export/imageText';
import { wrapText } from '../src/export/wrap';
import { escapeHtml } from '../src/embed/snippet';
import { formatEventDate } from '../src/format/dates';
import { interfaceLanguage } from '../src/i18n/languages';
import { loadLanguage, translator } from '../src/i18n/i18n';
import { siteUrlFrom } from '../src/embed/oembed';
import { datasetLocale } from '../src/app/locale';
import { launchChromium, serveFolder } from './chromium';

const dist = resolve(import.meta.dirname, '../dist');
const TITLE_SIZE = 44;
/** Width of the embed the chart is drawn in, px (the card scales it up to its own width). */
const CHART_COLUMN = 760;

/** One card to make: where it goes, the event to show (null: the story), its words. */
interface Card { file: string; event: string | null; text: ImageText }

async function cardsFor(timeline: Timeline, address: string): Promise<Card[]> {
  // The cards speak the dataset's language, as its prerendered pages do.
  const language = interfaceLanguage(null, timeline.language);
  await loadLanguage(language);
  const t = translator(language);
  const credit = creditLine(timeline, t, address);
  return [
    { file: STORY_CARD_PATH, event: null, text: { title: timeline.title, subtitle: t('card.events', { count: timeline.events.length }), credit } },
    ...timeline.events.map((e) => ({
      file: eventCardPath(e.id),
      event: e.id,
      text: { title: e.title, subtitle: `${formatEventDate(e, datasetLocale(timeline.language), true)} · ${timeline.title}`, credit },
    })),
  ];
}

/**
 * The generic families an SVG names, made concrete for resvg, which resolves neither fontconfig's
 * aliases nor (in resvg-js 2.6) the generic `serif`: the families Chromium resolves them to on
 * Linux (Times New Roman → Liberation Serif, system-ui → DejaVu Sans), so that labels Chromium
 * measured fit as drawn. A family that is not installed falls through to the next.
 */
function concreteFonts(svg: string): string {
  return svg.replace(/font-family="([^"]*)"/g, (_m, list: string) => {
    const names = list.split(',').map((n) => n.trim());
    const serif = names.includes('serif');
    const concrete = serif ? ['Liberation Serif', 'DejaVu Serif', 'Noto Serif'] : ['DejaVu Sans', 'Liberation Sans', 'Noto Sans'];
    // Before the first generic name, which resvg would otherwise stop at.
    const generic = names.findIndex((n) => ['serif', 'sans-serif', 'system-ui', 'monospace'].includes(n));
    names.splice(generic < 0 ? names.length : generic, 0, ...concrete);
    return `font-family="${names.join(', ')}"`;
  });
}

/** PNG bytes of an SVG, by resvg with the machine's fonts. */
function rasterise(svg: string): Buffer {
  const resvg = new Resvg(concreteFonts(svg), {
    fitTo: { mode: 'width', value: SHARE_CARD_WIDTH },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

/** A card without a chart: the words alone (when no Chromium can draw the chart). */
function textCard(text: ImageText): string {
  const w = SHARE_CARD_WIDTH;
  const h = SHARE_CARD_HEIGHT;
  const pad = 64;
  // resvg measures nothing for us: an average glyph of about half the font size wide.
  const title = wrapText(text.title, w - 2 * pad, (s) => s.length * TITLE_SIZE * 0.52, 4);
  const credit = wrapText(text.credit, w - 2 * pad, (s) => s.length * 22 * 0.5, 3);
  const tspans = (lines: string[], size: number) => lines.map((l, i) => `<tspan x="${pad}" dy="${i ? Math.round(size * 1.25) : 0}">${escapeHtml(l)}</tspan>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
    `<rect width="${w}" height="${h}" fill="#fbfaf7"/><rect width="${w}" height="12" fill="#1f4e8c"/>` +
    `<text x="${pad}" y="${pad + 40}" font-family="serif" font-weight="600" font-size="${TITLE_SIZE}" fill="#1b1d22">${tspans(title, TITLE_SIZE)}</text>` +
    `<text x="${pad}" y="${pad + 40 + title.length * 56 + 20}" font-family="sans-serif" font-size="26" fill="#555b66">${escapeHtml(text.subtitle)}</text>` +
    `<text x="${pad}" y="${h - pad - (credit.length - 1) * 28}" font-family="sans-serif" font-size="22" fill="#555b66">${tspans(credit, 22)}</text></svg>`;
}

/** The exporter chunk's address in dist/, from Vite's manifest. */
function exporterChunk(): string {
  const manifest = JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
  const entry = manifest['src/export/imageSvg.ts'];
  if (!entry) throw new Error('dist/.vite/manifest.json has no src/export/imageSvg.ts entry');
  return entry.file;
}

/** The chart cards' SVGs, drawn by the app's exporter in Chromium; null without a Chromium. */
async function chartCards(cards: Card[]): Promise<string[] | null> {
  const chunk = exporterChunk();
  const browser = await launchChromium();
  if (!browser) return null;
  try {
    // A column narrower than the card, so that the plot, scaled up to fill the card, has labels
    // large enough to read in a feed's thumbnail.
    const page = await browser.newPage({ viewport: { width: CHART_COLUMN, height: 900 }, reducedMotion: 'reduce', colorScheme: 'light' });
    const origin = 'http://cards.invalid';
    await serveFolder(page, dist, origin);
    await page.goto(`${origin}/embed.html?theme=light`);
    await page.waitForSelector('section.timeline [data-event-id]', { state: 'attached' });
    const svgs: string[] = [];
    for (const card of cards) {
      // As a reader arrives: the story at its first view; an event selected and brought into view.
      await page.evaluate((id) => { location.hash = id ? `event=${id}` : ''; }, card.event);
      if (card.event) await page.waitForSelector(`[data-event-id="${card.event}"][aria-pressed="true"]`, { state: 'attached' });
      else await page.waitForFunction(() => !document.querySelector('[data-event-id][aria-pressed="true"]'));
      // Two frames: the zoom to the event (instant with reduced motion) has been drawn.
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      const svg = await page.evaluate(async ([src, text, layout]) => {
        const m = (await import(src)) as { imageSvg: (d: Document, t: unknown, l: unknown) => string | null };
        return m.imageSvg(document, text, layout);
      }, [`${origin}/${chunk}`, card.text, { width: SHARE_CARD_WIDTH, height: SHARE_CARD_HEIGHT, titleSize: TITLE_SIZE }] as const);
      if (!svg) throw new Error(`no chart to draw for ${card.file}`);
      svgs.push(svg);
    }
    return svgs;
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
const cards = await cardsFor(parsed.timeline, 'error' in site ? '' : site.url);
const drawn = await chartCards(cards).catch((error: unknown) => {
  console.log(`share-cards: could not draw the chart (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); the cards carry the words alone`);
  return null;
});
mkdirSync(resolve(dist, EVENT_DIR), { recursive: true });
cards.forEach((card, i) => writeFileSync(resolve(dist, card.file), rasterise(drawn?.[i] ?? textCard(card.text))));
console.log(`wrote ${cards.length} share cards (${SHARE_CARD_WIDTH}×${SHARE_CARD_HEIGHT} PNG, ${drawn ? 'chart drawn in Chromium' : 'words only'}): dist/${STORY_CARD_PATH}, dist/${EVENT_DIR}/<id>.png`);
