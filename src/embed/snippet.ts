/**
 * The embed codes the dialog offers, as pure string builders: a plain <iframe>, and NPR's one-line
 * pym.js loader (a <div data-pym-src> plus the host's own copy of pym.js). Every value that goes
 * into an attribute or text is escaped here, since the title is dataset text and ends up in
 * someone else's CMS.
 */
import { readOptions, SHELL_PAGE, type PageOptions } from '../app/pageOptions';

/** What an embed code is made of. */
export interface EmbedTarget {
  /** Absolute URL of embed.html with its options. */
  src: string;
  /** The iframe's accessible name (the story's title). */
  title: string;
  /** Starting height in CSS pixels. */
  height: number;
}

/** Where the pym loader snippet points unless the editor names their site's copy of pym.js. */
export const DEFAULT_PYM_SCRIPT = '/js/pym.v1.min.js';

/** Escapes text for an HTML attribute value (double-quoted) or element content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** Choices the editor makes in the dialog, over the page's own options. */
export interface EmbedChoices {
  theme?: PageOptions['theme'];
  /** An event to open at; null drops the page's own `?event=`. */
  event?: string | null;
}

/**
 * The absolute URL of embed.html next to the page at `pageHref`, carrying the page's valid options
 * (event, theme, view, data) and the editor's choices. The page's hash and pym's parameters are
 * not carried. Another dataset (`data=`) is embedded from the page without a story of its own
 * (SHELL_PAGE, `embed=1`): embed.html would make every reader's browser parse the built-in story
 * only to hide it.
 */
export function embedSrc(pageHref: string, choices: EmbedChoices = {}): string {
  const page = new URL(pageHref);
  const { options } = readOptions(page.search, page.href);
  const src = new URL(options.data ? SHELL_PAGE : 'embed.html', page);
  if (options.data) src.searchParams.set('embed', '1');
  const event = choices.event === undefined ? options.event : choices.event;
  const theme = choices.theme ?? options.theme;
  if (event) src.searchParams.set('event', event);
  if (theme !== 'auto') src.searchParams.set('theme', theme);
  const view = page.searchParams.get('view');
  if (options.view && view) src.searchParams.set('view', view);
  if (options.data) src.searchParams.set('data', options.data.href);
  return src.href;
}

/** The full page for an embed URL: the same folder and options, without "embed.html" (or `embed=1`). */
export function fullPageHref(src: string): string {
  const url = new URL(src);
  url.pathname = url.pathname.replace(/embed\.html$/, '');
  url.searchParams.delete('embed');
  return url.href;
}

/** The plain iframe's address: the embed's, always drawn as the chart. */
export function plainFrameSrc(src: string): string {
  try {
    const url = new URL(src);
    url.searchParams.set('layout', 'horizontal');
    return url.href;
  } catch {
    return src;
  }
}

/** The starting height as a whole number of pixels, within sane bounds. */
function heightAttr(height: number): string {
  return String(Math.min(5000, Math.max(150, Math.round(Number.isFinite(height) ? height : 600))));
}

/**
 * The plain iframe: works where a CMS strips scripts. Attributes rather than `style` (hosts with a
 * strict CSP block inline styles); `frameborder` because it is the one border control that needs
 * no CSS. No `scrolling="no"`: without a resizer the frame must still scroll if the story grows.
 * Its height is fixed, so it always shows the chart (`layout=horizontal`), whose height is known at
 * every width, rather than the phone layout's rows, which grow with the story (README, Embedding).
 */
export function iframeSnippet(t: EmbedTarget): string {
  return (
    `<iframe src="${escapeHtml(plainFrameSrc(t.src))}" title="${escapeHtml(t.title)}" width="100%" height="${heightAttr(t.height)}" ` +
    `loading="lazy" frameborder="0" allow="clipboard-write"></iframe>`
  );
}

/** A script address the editor may give: http(s) or a root-relative path; null for anything else. */
export function safeScriptSrc(value: string): string | null {
  const v = value.trim();
  if (/^\/(?!\/)[^\s<>"']*$/.test(v)) return v;
  try {
    const url = new URL(v);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * NPR's pym loader convention, on one line: pym.js finds the <div data-pym-src> and puts an
 * auto-height iframe in it. The link inside is what readers get if the host strips the script.
 */
export function pymSnippet(t: EmbedTarget, pymScript: string = DEFAULT_PYM_SCRIPT): string {
  const script = safeScriptSrc(pymScript) ?? DEFAULT_PYM_SCRIPT;
  return (
    `<div data-pym-src="${escapeHtml(t.src)}" data-pym-title="${escapeHtml(t.title)}">` +
    `<a href="${escapeHtml(fullPageHref(t.src))}">${escapeHtml(t.title)}</a></div>` +
    `<script src="${escapeHtml(script)}"></script>`
  );
}
