/**
 * Renders the app to an HTML string for scripts/prerender.ts. It lives in src/ and is loaded
 * through Vite (the site's own config, so its React → Preact aliases apply): the prerendered markup
 * is made by the same runtime that hydrates it in the browser.
 */
import { renderToString } from 'react-dom/server';
import { roundGeometry } from './roundGeometry';
import { App } from '../App';
import type { Timeline } from '../dataset/model';
import type { PageOptions } from '../app/pageOptions';
import { LOADING_ID, Skeleton } from '../ui/Skeleton';
import { translator } from '../i18n/i18n';
import { TranslateContext } from '../i18n/useT';
import type { Language } from '../i18n/languages';

/** The app's markup for one page: `timeline` is the parsed story, `options` the page's mode. */
export function renderPage(timeline: Timeline, options: PageOptions): string {
  return roundGeometry(renderToString(<App timeline={timeline} options={options} />));
}

/**
 * app.html's loading screen (src/ui/Skeleton.tsx, LOADING_ID), in the built-in story's interface
 * `language` (its catalog loaded): shown by public/boot.js until the app replaces it.
 */
export function renderLoading(language: Language): string {
  return `<div id="${LOADING_ID}">${renderToString(<TranslateContext value={translator(language)}><Skeleton /></TranslateContext>)}</div>`;
}
