import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { datasetPlugin } from './scripts/vite-dataset-plugin';

// Relative base so that the built site works from any folder a newsroom serves it from.
export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss(), datasetPlugin()],
  build: {
    target: 'es2022',
    // No inline scripts or data URLs for module preloads: the site must run under script-src 'self'.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
