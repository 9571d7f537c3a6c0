/**
 * Prerenders the story into the built HTML, so the page paints before any script runs and reads
 * with JavaScript off: dist/index.html (the full page) and dist/embed.html (the embed: noindex,
 * canonical link to the full page). The app hydrates this markup (src/main.tsx).
 * Run after `vite build`; reads dist/timeline.json, the same file the app fetches.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToString } from 'react-dom/server';
import { App } from '../src/App';
import { parseDatasetText } from '../src/dataset/parseText';
import { formatIssue } from '../src/dataset/parse';
import type { PageOptions } from '../src/embed/options';
import { headTags } from '../src/embed/headTags';
import { escapeHtml } from '../src/embed/snippet';

const dist = resolve(import.meta.dirname, '../dist');
const template = readFileSync(resolve(dist, 'index.html'), 'utf8');
const parsed = parseDatasetText(readFileSync(resolve(dist, 'timeline.json'), 'utf8'));
if (!parsed.ok) {
  for (const issue of parsed.issues) console.error(`dist/timeline.json: ${formatIssue(issue)}`);
  process.exit(1);
}
const timeline = parsed.timeline;

function page(embed: boolean): string {
  const options: PageOptions = { embed, event: null, theme: 'auto', view: null, scale: null, lanes: null, layout: 'auto', data: null };
  const body = renderToString(<App timeline={timeline} options={options} />);
  const mode = embed ? 'embed' : 'full';
  const rootAttrs = embed ? `data-mode="embed" data-prerendered="${mode}"` : `data-prerendered="${mode}"`;
  const html = template
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(timeline.title)}</title>`)
    .replace(/<meta name="description"[^>]*>/, `<meta name="description" content="${escapeHtml(timeline.description ?? timeline.title)}" />`)
    .replace('<!--head-->', headTags(timeline, embed).map((t) => `<${t.tag} ${Object.entries(t.attrs).map(([k, v]) => `${k}="${escapeHtml(v)}"`).join(' ')} />`).join('\n    '))
    .replace('<html lang="en">', `<html lang="${escapeHtml(timeline.language)}">`)
    .replace('<div id="root"><!--app--></div>', `<div id="root" ${rootAttrs}>${body}</div>`);
  if (!html.includes('data-prerendered')) throw new Error('dist/index.html has no <div id="root"><!--app--></div> to fill');
  return html;
}

writeFileSync(resolve(dist, 'index.html'), page(false));
writeFileSync(resolve(dist, 'embed.html'), page(true));
console.log(`prerendered dist/index.html and dist/embed.html: ${timeline.events.length} events`);
