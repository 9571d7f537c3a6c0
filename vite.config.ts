import { defineConfig } from 'vite';
import tailwindcss from '@tailwindcss/vite';
import { datasetPlugin } from './scripts/vite-dataset-plugin';
import { aliases } from './scripts/aliases';

// Relative base so that the built site works from any folder a newsroom serves it from.
export default defineConfig({
  base: './',
  plugins: [tailwindcss(), datasetPlugin()],
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
