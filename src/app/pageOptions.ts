/**
 * Options from the page's query string, validated once at the edge. A bad value falls back to the
 * default with a console warning naming the option, so a typo in a CMS never breaks the embed.
 *   embed=1            render without page furniture, for an iframe
 *   event=<id>         select this event at start (checked against the dataset later)
 *   theme=light|dark|auto
 *   view=<start>,<end> initial range, ISO dates ("2019-05-01,2019-05-31")
 *   scale=time|gaps|sequential  the base scale to open on (the reader can switch)
 *   lanes=people|topics         lanes by person or topic (one labelled row each)
 *   layout=vertical|horizontal  the phone layout everywhere, or the chart everywhere (default: by width)
 *   data=<url>         another dataset (http(s) or relative)
 *   lang=<BCP 47>      the interface's language (src/i18n/languages.ts: a shipped one or its base
 *                      language, else the dataset's)
 */
import { isDatePoint, parseIsoDate } from '../dataset/isoDate';
import { resolveDataUrl } from '../dataset/safeUrl';
import { SCALE_KINDS, type ScaleKind } from '../dataset/raw';
import { EVENT_ID } from '../dataset/patterns';
import { FACETS, type Facet } from '../timeline/facets';
import { canonicalLocale } from './locale';

/**
 * The page for `data=`: the app without a prerendered story (scripts/prerender.ts, shell), so a
 * reader's browser does not download and parse the built-in story only to hide it. index.html
 * and embed.html take `data=` too.
 */
export const SHELL_PAGE = 'app.html';

/** Validated options. */
export interface PageOptions {
  embed: boolean;
  event: string | null;
  theme: 'light' | 'dark' | 'auto';
  /** `view=`'s two ISO dates as given (checked: dates, the end after the start); see viewSpan. */
  view: { start: string; end: string } | null;
  /** The base scale to open on; null: the dataset's default. */
  scale: ScaleKind | null;
  /** Lanes by person or topic to open on; null: by time. */
  lanes: Facet | null;
  /** Vertical (the phone layout), horizontal (the chart), or auto: vertical up to 640 px wide. */
  layout: 'auto' | 'vertical' | 'horizontal';
  /** The interface's language (canonical BCP 47); null: the dataset's. */
  lang: string | null;
  /** The dataset to load; null means the built-in one. */
  data: URL | null;
  /** The event whose page this is (event/<id>.html, set by the prerender, not by the URL): printed first. */
  pageEvent?: string | null;
}

/** Reads options from a query string; returns them and the warnings for bad values. */
export function readOptions(search: string, base: string): { options: PageOptions; warnings: string[] } {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const warn = (key: string, value: string, why: string) => warnings.push(`Ignored ?${key}=${JSON.stringify(value)}: ${why}.`);

  const embedRaw = params.get('embed');
  const embed = embedRaw === '1' || embedRaw === 'true';
  if (embedRaw !== null && !embed && embedRaw !== '0' && embedRaw !== 'false') warn('embed', embedRaw, 'use 1 or 0');

  const eventRaw = params.get('event');
  const event = eventRaw && EVENT_ID.test(eventRaw) ? eventRaw : null;
  if (eventRaw !== null && !event) warn('event', eventRaw, 'not an event id');

  const themeRaw = params.get('theme');
  const theme = themeRaw === 'light' || themeRaw === 'dark' || themeRaw === 'auto' ? themeRaw : 'auto';
  if (themeRaw !== null && theme !== themeRaw) warn('theme', themeRaw, 'use light, dark or auto');

  let view: PageOptions['view'] = null;
  const viewRaw = params.get('view');
  if (viewRaw !== null) {
    const [start = '', end = ''] = viewRaw.split(/,|\//).map((s) => s.trim());
    if (viewSpan({ start, end }, 'UTC')) view = { start, end };
    else warn('view', viewRaw, 'give two ISO dates, start before end, e.g. 2019-05-01,2019-05-31');
  }

  const scaleRaw = params.get('scale');
  const scale = scaleRaw !== null && (SCALE_KINDS as readonly string[]).includes(scaleRaw) ? (scaleRaw as ScaleKind) : null;
  if (scaleRaw !== null && !scale) warn('scale', scaleRaw, `use ${SCALE_KINDS.join(', ')}`);

  const lanesRaw = params.get('lanes');
  const lanes = lanesRaw !== null && (FACETS as readonly string[]).includes(lanesRaw) ? (lanesRaw as Facet) : null;
  if (lanesRaw !== null && !lanes) warn('lanes', lanesRaw, `use ${FACETS.join(' or ')}`);

  const layoutRaw = params.get('layout');
  const layout = layoutRaw === 'vertical' || layoutRaw === 'horizontal' ? layoutRaw : 'auto';
  if (layoutRaw !== null && layout !== layoutRaw && layoutRaw !== 'auto') warn('layout', layoutRaw, 'use vertical, horizontal or auto');

  const langRaw = params.get('lang');
  const lang = langRaw === null ? null : canonicalLocale(langRaw.trim());
  if (langRaw !== null && !lang) warn('lang', langRaw, 'give a BCP 47 language tag such as fr or pt-BR');

  let data: URL | null = null;
  const dataRaw = params.get('data');
  if (dataRaw !== null) {
    data = resolveDataUrl(dataRaw, base);
    if (!data) warn('data', dataRaw, 'only http(s) or relative addresses are loaded');
  }
  return { options: { embed, event, theme, view, scale, lanes, layout, lang, data }, warnings };
}

/**
 * The span `view=` asks for on the story's clock (`timeZone`, the dataset's): its dates without a
 * time are the story's days, as the dataset's own are (src/dataset/isoDate.ts). Null when either
 * is not a date or the end is not after the start.
 */
export function viewSpan(view: { start: string; end: string }, timeZone: string): { from: number; to: number } | null {
  const a = parseIsoDate(view.start, timeZone);
  const b = parseIsoDate(view.end, timeZone);
  return isDatePoint(a) && isDatePoint(b) && b.to > a.from ? { from: a.from, to: b.to } : null;
}
