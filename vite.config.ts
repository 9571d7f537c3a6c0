import { defineConfig, type Plugin } from 'vite';
import tailwindcss from '@tailwindcss/vite';
import { datasetPlugin } from './scripts/vite-dataset-plugin';
import { aliases } from './scripts/aliases';

/**
 * Stylesheets first in <head>, before public/boot.js: both block the first paint, and a stylesheet
 * linked after a parser-blocking script is, for any loader that does not scan ahead, found only once
 * that script has run (one more round trip before anything shows on a slow connection).
 */
function stylesFirst(): Plugin {
  return {
    name: 'styles-first',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const links = html.match(/[ \t]*<link rel="stylesheet"[^>]*>\n?/g) ?? [];
        let rest = html;
        for (const l of links) rest = rest.replace(l, '');
        const i = rest.indexOf('<script');
        if (!links.length || i < 0) return html;
        return `${rest.slice(0, i)}${links.map((l) => l.trim()).join('\n    ')}\n    ${rest.slice(i)}`;
      },
    },
  };
}

/**
 * The app's module script at low fetch priority: it is deferred (it runs once the page is parsed),
 * and on a slow phone connection its bytes would otherwise share the line with the HTML and the
 * stylesheet that the prerendered story's first paint waits for.
 */
function appAfterStyles(): Plugin {
  return {
    name: 'app-after-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entry = '<script type="module" crossorigin src=';
        if (!html.includes(entry)) throw new Error('app-after-styles: no module script in index.html');
        return html.replace(entry, '<script type="module" fetchpriority="low" crossorigin src=');
      },
    },
  };
}

// Relative base so that the built site works from any folder a newsroom serves it from.
export default defineConfig({
  base: './',
  plugins: [tailwindcss(), datasetPlugin(), stylesFirst(), appAfterStyles()],
  resolve: { alias: aliases },
  build: {
    target: 'es2022',
    // No inline scripts or data URLs for module preloads: the site must run under script-src 'self'.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // The image exporter is also an entry of its own, its exports kept, so that the build's share
    // cards (scripts/share-cards.ts, which finds it in dist/.vite/manifest.json) use the same code.
    manifest: true,
    rollupOptions: {
      input: { index: 'index.html', exporter: 'src/export/imageSvg.ts' },
      preserveEntrySignatures: 'exports-only',
    },
  },
});
