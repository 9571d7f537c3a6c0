/**
 * Prerenders the story into the built HTML, so the pages paint before any script runs, read with
 * JavaScript off, and preview when shared:
 *   dist/index.html          the full page
 *   dist/embed.html          the embed (noindex, canonical link to the full page)
 *   dist/event/<id>.html     one page per event: its title, date, summary and quotes in the HTML,
 *                            its own share card and canonical link; the app opens on that event
 * Every page carries Open Graph / Twitter card tags pointing at the share cards that
 * scripts/share-cards.ts renders next (dist/card.png, dist/event/<id>.png).
 * The app hydrates this markup (src/main.tsx). Run after `vite build`; reads dist/timeline.json,
 * the same file the app fetches. `--dist DIR` prerenders another built site instead: Vite's output
 * there (`vite build --outDir DIR`) with another story's timeline.json (`npm run bench` builds its
 * 1,000-event site so).
 *   SITE_URL   where the built folder is published; the tags' absolute URLs start with it, and the
 *              app offers the event pages as links when it is set (default http://localhost:4173/)
 *   SITE_NAME  og:site_name (optional)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { prerenderArgs } from './cliArgs';
import { createServer } from 'vite';
import { parseDatasetText } from '../src/dataset/parseText';
import { formatIssue } from '../src/dataset/parse';
import type { TimelineEvent } from '../src/dataset/model';
import { SHELL_PAGE, type PageOptions } from '../src/app/pageOptions';
import { headTags, type HeadTag } from '../src/embed/headTags';
import { escapeHtml } from '../src/embed/snippet';
import { siteUrlFrom } from '../src/embed/oembed';
import { shareTags } from '../src/embed/shareTags';
import { EVENT_DIR, eventCardPath, eventPagePath, STORY_CARD_PATH } from '../src/embed/eventPage';
import { formatEventDate } from '../src/format/dates';
import { datasetDirection, datasetLocale } from '../src/app/locale';
import { pageTitle } from '../src/app/pageTitle';
import { interfaceLanguage, pageLanguage } from '../src/i18n/languages';
import { loadLanguage, translator } from '../src/i18n/i18n';
import { ROW_ID_PREFIX } from '../src/vertical/rowId';
import { VERTICAL_MAX_PX } from '../src/app/layoutWidth';

const args = prerenderArgs(process.argv.slice(2), resolve(import.meta.dirname, '../dist'));
if ('error' in args) {
  console.error(`prerender: ${args.error}`);
  process.exit(2);
}
const { dist } = args;
/** How the log names a file of the site: dist/… for the project's own. */
const shown = (file: string) => relative(process.cwd(), resolve(dist, file)) || file;
// The app's components are loaded through Vite with the site's config, so the markup comes from the
// runtime the browser hydrates it with (scripts/aliases.ts), not from the React that tsx finds.
const vite = await createServer({ root: resolve(import.meta.dirname, '..'), logLevel: 'error', server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom' });
const { renderLoading, renderPage } = (await vite.ssrLoadModule('/src/server/renderPage.tsx')) as typeof import('../src/server/renderPage');
const template = readFileSync(resolve(dist, 'index.html'), 'utf8');
// Vite's page, with its empty root: a page prerendered already would be written again unchanged,
// its old story kept whatever timeline.json now says.
if (!template.includes('<div id="root"><!--app--></div>')) {
  console.error(`prerender: ${shown('index.html')} is not the page Vite built (its <div id="root"><!--app--></div> is missing; prerendered already?): run vite build first`);
  process.exit(1);
}
const parsed = await parseDatasetText(readFileSync(resolve(dist, 'timeline.json'), 'utf8'));
if (!parsed.ok) {
  for (const issue of parsed.issues) console.error(`${shown('timeline.json')}: ${formatIssue(issue)}`);
  process.exit(1);
}
const timeline = parsed.timeline;
// The pages speak the dataset's language (a page's lang= is the browser's to apply): its catalog
// is loaded before anything renders, so the markup is in it.
const language = interfaceLanguage(null, timeline.language);
await loadLanguage(language);
const t = translator(language);
const site = siteUrlFrom(process.env.SITE_URL);
if ('error' in site) {
  console.error(`prerender: ${site.error}`);
  process.exit(1);
}
const siteUrl = site.url;
const siteSet = !site.defaulted;
const siteName = process.env.SITE_NAME?.trim() || undefined;
const abs = (path: string) => new URL(path, siteUrl).href;
const description = timeline.description ?? timeline.title;
const sourcesText = new Intl.ListFormat(language, { type: 'conjunction' }).format([...new Set(timeline.sources.map((s) => s.publisher))]);

function tagHtml(t: HeadTag): string {
  return `<${t.tag} ${Object.entries(t.attrs).map(([k, v]) => `${k}="${escapeHtml(v)}"`).join(' ')} />`;
}

/** One page: the template with its title, head tags, root attributes and prerendered app. */
function page(opts: { embed: boolean; event: TimelineEvent | null; title: string; description: string; tags: HeadTag[]; depth: number }): string {
  const options: PageOptions = { embed: opts.embed, event: opts.event?.id ?? null, theme: 'auto', view: null, scale: null, lanes: null, layout: 'auto', lang: null, data: null, pageEvent: opts.event?.id ?? null };
  const body = renderPage(timeline, options);
  const mode = opts.embed ? 'embed' : 'full';
  const attrs: Record<string, string> = { ...(opts.embed ? { 'data-mode': 'embed' } : {}), 'data-prerendered': mode };
  // A page in a subfolder finds the dataset one level up (src/main.tsx) and opens on its event.
  if (opts.depth) attrs['data-root'] = '../'.repeat(opts.depth);
  if (opts.event) attrs['data-event'] = opts.event.id;
  if (siteSet) attrs['data-site'] = siteUrl;
  const rootAttrs = Object.entries(attrs).map(([k, v]) => `${k}="${escapeHtml(v)}"`).join(' ');
  let html = holdFirstPaint(template, body, opts.event)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(opts.title)}</title>`)
    .replace(/<meta name="description"[^>]*>/, `<meta name="description" content="${escapeHtml(opts.description)}" />`)
    .replace('<!--head-->', opts.tags.map(tagHtml).join('\n    '))
    // public/boot.js sends a ?data= load to app.html, an embed's with embed=1 (data-embed).
    // An event's page names its event, for public/boot.js to open the page on its row.
    .replace('<html lang="en">', `${htmlTag}${opts.embed ? ' data-embed' : ''}${opts.event ? ` data-page-event="${escapeHtml(opts.event.id)}"` : ''}>`)
    .replace('<div id="root"><!--app--></div>', `<div id="root" ${rootAttrs}>${body}</div>`);
  // The built template's own files are "./…": one "../" per folder level below the site.
  if (opts.depth) html = html.replace(/(\s(?:src|href)=")\.\//g, `$1${'../'.repeat(opts.depth)}`);
  return html;
}

/**
 * Holds the page's first paint until its first screen is parsed (<link rel="expect">, a
 * render-blocking hint Chromium has had since 124; other browsers ignore it). The page arrives in
 * pieces and is parsed in slices, and a frame painted between two showed the title alone, the rest
 * of the first screen a frame later: the reader saw the page build, and its Largest Contentful
 * Paint (the summary, or on the embed a row) came 250–500 ms after the first paint in Lighthouse's
 * mobile runs. Only on a phone (its `media`), and only until the rows its first screen can hold
 * (or, on an event's page, its event's row), not every row prerendered: 200 at 1,000 events were
 * 210 kB of HTML before the first paint. Wider, the chart comes after the rows in the page, and
 * holding the first paint until it was parsed put the story's First Contentful Paint at 1280 px
 * ~0.6 → ~1.2 s (4× CPU slowdown, one run in two): the page paints as it is parsed.
 */
function holdFirstPaint(html: string, body: string, event: TimelineEvent | null): string {
  const rows = [...body.matchAll(new RegExp(` id="(${ROW_ID_PREFIX}[^"]*)"`, 'g'))].map((m) => m[1]);
  // An event's page opens on its event's row, wherever that is.
  const own = event ? rows.indexOf(`${ROW_ID_PREFIX}${event.id}`) : -1;
  const lastRow = rows[Math.max(Math.min(rows.length, FIRST_SCREEN_ROWS) - 1, own)];
  if (!lastRow) return html;
  if (!html.includes('<link rel="stylesheet"')) throw new Error(`${shown('index.html')} has no <link rel="stylesheet"> to put the first paint's hint before`);
  return html.replace('<link rel="stylesheet"', `<link rel="expect" href="#${lastRow}" blocking="render" media="(max-width: ${VERTICAL_MAX_PX}px)">\n    <link rel="stylesheet"`);
}

/**
 * Rows of events a phone's first screen can hold, at most: a row is at least ~56 px (its date and
 * a one-line title), and a tall phone's screen ~930 px, the page's header above them.
 */
const FIRST_SCREEN_ROWS = 16;

const loading = renderLoading(language);
const htmlTag = `<html lang="${escapeHtml(pageLanguage(datasetLocale(timeline.language), language))}" dir="${datasetDirection(timeline)}"`;

/**
 * The app without a story of its own (app.html), for `?data=`: the template with an empty root and
 * the loading screen, which public/boot.js shows at once (data-shell), and to which it sends a
 * `?data=` load of the other pages: theirs would have the reader's browser download and parse the
 * built-in story only to hide it. Not for search engines: with no `?data=` it draws the built-in
 * story, which index.html carries.
 */
function shell(): string {
  // Its module downloads from the start, found by the browser's preload scanner with the
  // stylesheet, not once boot.js has arrived and appended it (one round trip later on a phone's
  // connection). boot.js runs it, as on the other pages.
  const named = /<script type="text\/plain" data-app-entry src="([^"]+)"><\/script>\s*<script src="[^"]*boot\.js"><\/script>/.exec(template);
  if (!named) throw new Error(`${shown('index.html')} names no app module (<script data-app-entry>) just before boot.js (vite.config.ts)`);
  // boot.js before the stylesheet: with nothing to paint but the loading screen, the page has it
  // start the dataset's download and the worker that prepares Intl (public/intl-warmup.js) as it
  // is read, not once the stylesheet has arrived and been parsed; it starts the app only then.
  return template
    .replace(named[0], '')
    .replace('<link rel="stylesheet"', `<link rel="modulepreload" crossorigin href="${named[1]}">\n    ${named[0]}\n    <link rel="stylesheet"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(t('loading'))}</title>`)
    .replace(/<meta name="description"[^>]*>/, '<meta name="robots" content="noindex" />')
    .replace('<!--head-->', '')
    .replace('<html lang="en">', `${htmlTag} data-shell>`)
    .replace('<div id="root"><!--app--></div>', `<div id="root"></div>${loading}`);
}

const storyCard = shareTags({
  type: 'website', title: timeline.title, description, url: abs('./'), image: abs(STORY_CARD_PATH),
  imageAlt: t('card.storyAlt', { count: timeline.events.length, title: timeline.title }), siteName, language: timeline.language,
});

writeFileSync(resolve(dist, 'index.html'), page({ embed: false, event: null, title: timeline.title, description, tags: [...headTags(timeline, false), ...storyCard], depth: 0 }));
writeFileSync(resolve(dist, 'embed.html'), page({ embed: true, event: null, title: timeline.title, description, tags: [...headTags(timeline, true), ...storyCard], depth: 0 }));
writeFileSync(resolve(dist, SHELL_PAGE), shell());

mkdirSync(resolve(dist, EVENT_DIR), { recursive: true });
for (const event of timeline.events) {
  const date = formatEventDate(event, datasetLocale(timeline.language), true);
  const title = pageTitle(timeline.title, event.title);
  const url = abs(eventPagePath(event.id));
  const tags: HeadTag[] = [
    { tag: 'link', attrs: { rel: 'canonical', href: url } },
    { tag: 'link', attrs: { rel: 'alternate', type: 'application/json+oembed', href: '../oembed.json', title: timeline.title } },
    ...shareTags({
      type: 'article', title: event.title, description: `${date}. ${event.summary}`, url, image: abs(eventCardPath(event.id)),
      imageAlt: sourcesText
        ? t('card.eventAltSources', { title: event.title, date, story: timeline.title, sources: sourcesText })
        : t('card.eventAlt', { title: event.title, date, story: timeline.title }),
      siteName, language: timeline.language,
    }),
  ];
  writeFileSync(resolve(dist, eventPagePath(event.id)), page({ embed: false, event, title, description: `${date}. ${event.summary}`, tags, depth: 1 }));
}
console.log(`prerendered ${shown('index.html')}, ${shown('embed.html')}, ${shown(SHELL_PAGE)} and ${timeline.events.length} pages in ${shown(EVENT_DIR)}/: ${timeline.events.length} events`);
await vite.close();
