/**
 * Renders the app to an HTML string for scripts/prerender.ts. It lives in src/ and is loaded
 * through Vite (the site's own config, so its React → Preact aliases apply): the prerendered markup
 * is made by the same runtime that hydrates it in the browser.
 */
import { renderToString } from 'react-dom/server';
import { App } from '../App';
import type { Timeline } from '../dataset/model';
import type { PageOptions } from '../app/pageOptions';

/** The app's markup for one page: `timeline` is the parsed story, `options` the page's mode. */
export function renderPage(timeline: Timeline, options: PageOptions): string {
  return renderToString(<App timeline={timeline} options={options} />);
}
