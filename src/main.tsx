/**
 * Mounts the app. The built page arrives prerendered (scripts/prerender.tsx), so with the built-in
 * dataset the app hydrates that markup — no flash, no layout shift. With `?data=` or `?embed=1` on
 * a page prerendered for another mode, it renders afresh: a skeleton, then the timeline or an alert.
 */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { readOptions, type PageOptions } from './embed/options';
import { loadDataset } from './app/loadDataset';
import { Skeleton } from './ui/Skeleton';
import { DatasetError } from './ui/DatasetError';
import './styles/app.css';
import './print/print.css';

const root = document.getElementById('root');

async function main(container: HTMLElement): Promise<void> {
  const { options: parsed, warnings } = readOptions(location.search, location.href);
  for (const w of warnings) console.warn(w);
  // embed.html is prerendered in embed mode; index.html?embed=1 asks for it too. An event's page
  // (event/<id>.html, scripts/prerender.tsx) opens on its event unless the URL names another.
  const pageEvent = container.dataset.event ?? null;
  const options: PageOptions = { ...parsed, embed: parsed.embed || container.dataset.mode === 'embed', event: parsed.event ?? pageEvent, pageEvent };
  // The height messages are only for embeds: loaded then, and kept out of the full page's bundle.
  if (options.embed) void import('./embed/startEmbed').then((m) => m.startEmbed(options));

  const prerendered = container.dataset.prerendered === (options.embed ? 'embed' : 'full');
  // The site's folder: an event's page is one level down (data-root="../").
  const url = options.data ?? new URL(`${container.dataset.root ?? './'}timeline.json`, location.href);
  // Options that change what is drawn (another scale, lanes, first view) render afresh rather than
  // hydrate markup that was prerendered without them, which would not match.
  const sameRender = !options.data && !options.scale && !options.lanes && !options.view;
  if (prerendered && sameRender) {
    const result = await loadDataset(url);
    const app = result.ok ? <App timeline={result.timeline} options={options} /> : <DatasetError {...result} />;
    if (result.ok) hydrateRoot(container, <StrictMode>{app}</StrictMode>);
    else createRoot(container).render(app);
    return;
  }
  container.replaceChildren();
  const reactRoot = createRoot(container);
  reactRoot.render(<Skeleton />);
  // Progress while a large file arrives and is checked (in the dataset worker, off this thread).
  const result = await loadDataset(url, { onProgress: (progress) => reactRoot.render(<Skeleton progress={progress} />) });
  reactRoot.render(
    <StrictMode>
      {result.ok ? <App timeline={result.timeline} options={options} /> : <DatasetError {...result} />}
    </StrictMode>,
  );
  if (result.ok) document.title = result.timeline.title;
}

if (root) void main(root);
