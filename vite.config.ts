import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, minifySync, type Plugin } from 'vite';
import tailwindcss from '@tailwindcss/vite';
import { datasetPlugin } from './scripts/vite-dataset-plugin';
import { aliases } from './scripts/aliases';

/**
 * The built pages' <head> in the order their first paint wants it:
 * - stylesheets before public/boot.js. Both block the first paint, and a stylesheet linked after
 *   a parser-blocking script is found only once that script has run, for any loader that does not
 *   scan ahead (one more round trip on a slow connection). app.html, which has no story to paint,
 *   names boot.js first (scripts/prerender.ts);
 * - the app's module named, not loaded, before public/boot.js, which starts it (and the dataset's
 *   download) once the prerendered page has painted: on a slow phone connection its bytes would
 *   otherwise share the line with the HTML and the stylesheet, and the story would paint later.
 *   app.html (?data=), which has nothing of its own to show, also names it in a
 *   <link rel="modulepreload"> (scripts/prerender.ts), fetched as the page is read.
 */
function headOrder(): Plugin {
  return {
    name: 'head-order',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const links = html.match(/[ \t]*<link rel="stylesheet"[^>]*>\n?/g) ?? [];
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
        if (!entry.test(html)) throw new Error('head-order: no module script in index.html');
        // Neither fetched nor run here (a script of type text/plain is inert): public/boot.js,
        // which follows it, starts it.
        const inert = html.replace(entry, (_, src: string) => `<script type="text/plain" data-app-entry src="${src}"></script>`);
        const named = /<script type="text\/plain" data-app-entry[^>]*><\/script>\n?/.exec(inert)?.[0] ?? '';
        let rest = inert.replace(named, '');
        for (const l of links) rest = rest.replace(l, '');
        const i = rest.indexOf('<script');
        return `${rest.slice(0, i)}${[...links, named].map((l) => `${l.trim()}\n    `).join('')}${rest.slice(i)}`;
      },
    },
  };
}

/**
 * Marks the calls that make d3-interpolate's module-level values (`var rgb = (function
 * rgbGamma(y) {…})(1)`, `var hslLong = hsl(nogamma)`, …) as pure, so that the bundler drops the
 * ones nothing uses (they only build interpolators). Without it, the unused colour
 * interpolator kept all of d3-color in the page (~4 KiB gzip) for the one function the app uses,
 * interpolateZoom (d3-zoom's and ours).
 */
function pureD3Interpolate(): Plugin {
  return {
    name: 'pure-d3-interpolate',
    transform(code, id) {
      if (!/node_modules[\\/]d3-interpolate[\\/]dist[\\/]d3-interpolate\.mjs$/.test(id)) return null;
      const marked = code.replace(/^var (\w+) = (\(function \w+\(|\w+\()/gm, 'var $1 = /*#__PURE__*/$2');
      if (marked === code) this.error('pure-d3-interpolate: no module-level call found; has d3-interpolate changed?');
      return { code: marked, map: null };
    },
  };
}

/**
 * V8's explicit compile hint on the app's entry chunk (v8.dev/blog/explicit-compile-hints): almost
 * every function in it runs as the page starts (the first render, hydration), so it is compiled
 * eagerly, on the thread that streams the script in, instead of function by function on the main
 * thread at first call (~580 lazy compiles, ~40 ms unthrottled, on a ?data= load). Lazy chunks
 * (the article reader, downloads) keep compiling lazily. V8 reads the comment only on the file's
 * first line: added last, after minification and after Vite puts its preload map on top.
 */
const HINT = '//# allFunctionsCalledOnLoad';
const isAppEntry = (c: { type?: string; isEntry: boolean; name: string }) => c.isEntry && c.name === 'index';
function compileHint(): Plugin {
  return {
    name: 'compile-hint',
    apply: 'build',
    // The file name's hash covers the hint too.
    augmentChunkHash: (chunk) => (isAppEntry(chunk) ? HINT : undefined),
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const entry = Object.values(bundle).find((c) => c.type === 'chunk' && isAppEntry(c));
        if (entry?.type !== 'chunk') return this.error('compile-hint: no entry chunk named index');
        entry.code = `${HINT}\n${entry.code}`;
      },
    },
  };
}

/**
 * Minifies the classic scripts that public/ holds (Vite copies that folder as it is): their
 * comments explain them to the next developer and are most of their bytes, which every page load
 * would download (boot.js: 3.2 KiB gzip written, 1.3 KiB minified).
 */
const PUBLIC_SCRIPTS = ['boot.js', 'intl-warmup.js'];
function minifyPublicScripts(): Plugin {
  let outDir = 'dist';
  return {
    name: 'minify-public-scripts',
    apply: 'build',
    configResolved: (config) => { outDir = config.build.outDir; },
    closeBundle() {
      for (const name of PUBLIC_SCRIPTS) {
        const file = join(outDir, name);
        // ES2015, the minifier's floor: a browser without it cannot run the app's module either.
        const { code, errors } = minifySync(name, readFileSync(file, 'utf8'), { compress: { target: 'es2015' } });
        if (errors.length > 0) this.error(`minify-public-scripts: ${name}: ${errors.map((e) => e.message).join('; ')}`);
        writeFileSync(file, code);
      }
    },
  };
}

// Relative base so that the built site works from any folder a newsroom serves it from.
export default defineConfig({
  base: './',
  plugins: [tailwindcss(), datasetPlugin(), headOrder(), pureD3Interpolate(), compileHint(), minifyPublicScripts()],
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
