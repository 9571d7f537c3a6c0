/**
 * Mounts the app. The built page arrives prerendered (scripts/prerender.ts), so with the built-in
 * dataset the app hydrates that markup — no flash, no layout shift. app.html (`?data=`, where
 * public/boot.js sends the other pages' `?data=` loads), `?embed=1` on a page prerendered for
 * another mode and the dev server render afresh: a skeleton, then the timeline or an alert.
 */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { readOptions, type PageOptions } from './app/pageOptions';
import { loadDataset, type LoadProgress, type LoadResult } from './app/loadDataset';
import { keepLayout, layoutFor } from './app/useLayout';
import { LOADING_ID, Skeleton } from './ui/Skeleton';
import { DatasetError, FAILURE_HEADING } from './ui/DatasetError';
import { interfaceLanguage } from './i18n/languages';
import { isLoaded, loadLanguage, translator } from './i18n/i18n';
import { TranslateContext } from './i18n/useT';
import { nextTask } from './app/nextTask';
import { hydrating } from './app/Later';
import { textDirection } from './app/locale';
import './styles/app.css';
import './print/print.css';

const root = document.getElementById('root');
/** How long a `?data=` load runs before its progress is shown. */
const PROGRESS_AFTER_MS = 300;

async function main(container: HTMLElement): Promise<void> {
  const { options: parsed, warnings } = readOptions(location.search, location.href);
  for (const w of warnings) console.warn(w);
  // embed.html is prerendered in embed mode; index.html?embed=1 asks for it too. An event's page
  // (event/<id>.html, scripts/prerender.ts) opens on its event unless the URL names another.
  const pageEvent = container.dataset.event ?? null;
  const options: PageOptions = { ...parsed, embed: parsed.embed || container.dataset.mode === 'embed', event: parsed.event ?? pageEvent, pageEvent };
  // The height messages are only for embeds: loaded then, and kept out of the full page's bundle.
  if (options.embed) void import('./embed/startEmbed').then((m) => m.startEmbed(options));

  const prerendered = container.dataset.prerendered === (options.embed ? 'embed' : 'full');
  // The site's folder: an event's page is one level down (data-root="../").
  const url = options.data ?? new URL(`${container.dataset.root ?? './'}timeline.json`, location.href);
  // Options that change what is drawn (another scale, lanes, first view) render afresh rather than
  // hydrate markup that was prerendered without them, which would not match.
  const sameRender = !options.data && !options.scale && !options.lanes && !options.view && !options.lang;
  // Only the layout in view is drawn, and so hydrated (src/app/useLayout.ts).
  const firstLayout = layoutFor(options.layout);
  if (prerendered && sameRender) {
    // The other layout goes now, and the page is laid out again while the dataset arrives, rather
    // than in the hydrating task (its first read of the layout).
    keepLayout(container, firstLayout);
    // The prerendered story is the one shown (also for a ?data= address refused as unsafe).
    const result = await withLanguage(loadDataset(url), options.lang);
    if (!result.ok) {
      createRoot(container).render(<Failed result={result} lang={options.lang} />);
      document.title = failedTitle(result, options.lang);
      return;
    }
    // Reading the dataset and hydrating are two tasks, not one long one: the page can answer a tap
    // (and paint) between them.
    await nextTask();
    // What is in view first; the rest a part per task (src/app/Later.tsx).
    hydrating(() => hydrateRoot(container, <StrictMode><App timeline={result.timeline} options={options} firstLayout={firstLayout} /></StrictMode>));
    return;
  }
  container.replaceChildren();
  delete container.dataset.prerendered;
  const reactRoot = createRoot(container);
  // The loading screen: app.html's own (scripts/prerender.ts), shown by public/boot.js before
  // anything ran; elsewhere (another mode than the page's, the dev server) drawn here.
  const placeholder = document.getElementById(LOADING_ID);
  const prebuilt = placeholder !== null && document.documentElement.classList.contains('other-data');
  // The loading screen (the page's, or the one drawn here) gives way to the timeline or an alert.
  const takeOver = () => {
    placeholder?.remove();
    document.documentElement.classList.remove('other-data');
  };
  if (!prebuilt) {
    takeOver();
    reactRoot.render(<Skeleton />);
  }
  // Progress while a large file arrives and is checked (in the dataset worker, off this thread),
  // once the load has taken long enough to need it: a small file is drawn before a progress bar
  // could be read, and its words (Intl's unit formats) would cost the first render ~25 ms on a phone.
  // Drawn into the page's loading screen, hydrating it (a first render would clear the container):
  // its status line stays the live region a screen reader has known since the page was parsed, so
  // the first phase is announced.
  let latest: LoadProgress | null = null;
  let shown = false;
  const over: { root: ReturnType<typeof createRoot> | null } = { root: null };
  // The interface's language the page asks for (lang=): its catalog is fetched with the dataset
  // rather than after it, and the loading screen speaks it once it has arrived (prerendered, the
  // screen speaks the site's).
  const asked = options.lang ? interfaceLanguage(options.lang, '') : null;
  if (asked) void loadLanguage(asked).then(() => { if (shown) show(); }, () => undefined);
  const show = () => {
    if (!latest) return;
    const speaks = asked && isLoaded(asked) ? asked : null;
    const view = speaks ? <TranslateContext value={translator(speaks)}><Skeleton progress={latest} /></TranslateContext> : <Skeleton progress={latest} />;
    // Set here: hydration keeps the attributes the page was parsed with.
    if (speaks && placeholder) {
      placeholder.lang = speaks;
      placeholder.dir = textDirection(speaks);
    }
    if (!prebuilt) reactRoot.render(view);
    else if (over.root) over.root.render(view);
    else over.root = hydrateRoot(placeholder, view);
  };
  const slow = setTimeout(() => { shown = true; show(); }, PROGRESS_AFTER_MS);
  const loading = loadDataset(url, { onProgress: (progress) => { latest = progress; if (shown) show(); } });
  const result = await withLanguage(loading.finally(() => clearTimeout(slow)), options.lang);
  over.root?.unmount();
  takeOver();
  reactRoot.render(
    <StrictMode>
      {result.ok ? <App timeline={result.timeline} options={options} firstLayout={firstLayout} fresh /> : <Failed result={result} lang={options.lang} />}
    </StrictMode>,
  );
  document.title = result.ok ? result.timeline.title : failedTitle(result, options.lang);
}

/** The tab's title for a dataset that could not be used: the alert's heading (not "Loading the timeline…"). */
function failedTitle(result: Extract<LoadResult, { ok: false }>, lang: string | null): string {
  return translator(interfaceLanguage(lang, ''))(FAILURE_HEADING[result.kind]);
}

/**
 * The dataset once the interface's catalog is loaded too (lang=, else the dataset's language): a
 * language other than English is a chunk of its own, fetched here. English if it cannot be had.
 */
async function withLanguage(loading: Promise<LoadResult>, lang: string | null): Promise<LoadResult> {
  const result = await loading;
  await loadLanguage(interfaceLanguage(lang, result.ok ? result.timeline.language : '')).catch(() => {});
  return result;
}

/**
 * The alert for a dataset that could not be used, in the page's lang= (English without one), said
 * to be in it and written in its direction (the page's <html> has the site's).
 */
function Failed({ result, lang }: { result: Extract<LoadResult, { ok: false }>; lang: string | null }) {
  const language = interfaceLanguage(lang, '');
  return <TranslateContext value={translator(language)}><div lang={language} dir={textDirection(language)}><DatasetError {...result} /></div></TranslateContext>;
}

// Started from a microtask, not from the module's top-level code. When something watches the
// page's network through the DevTools protocol (DevTools open, Lighthouse, the bench, the tests),
// Chromium records the script stack behind each request main() makes, and a stack through the
// top-level code made V8 re-parse the whole bundle for its source positions: ~60–90 ms of the
// first task at 4× CPU slowdown. Same task, same order; a reader without DevTools pays neither.
if (root) queueMicrotask(() => void main(root));
