/**
 * The app is written against React's API and type-checked with React's types; the browser gets
 * Preact's compatibility layer in React's place (about 5 KiB gzip against react-dom's 66 KiB: see
 * README "Page weight"). Every tool that bundles or runs the app's components uses this one list —
 * the site build (vite.config.ts), the unit and browser tests (vitest configs) and the prerender
 * (run through Vite, scripts/prerender.ts) — so that what is tested and prerendered is what ships.
 * Exact matches only: `react-dom/client` must not fall through to `react-dom`. `react` and its JSX
 * runtime go through src/compat/, which puts right the few differences the app can see.
 */
import { fileURLToPath } from 'node:url';

const compat = (file: string) => fileURLToPath(new URL(`../src/compat/${file}`, import.meta.url));

export const aliases = [
  { find: /^react$/, replacement: compat('react.js') },
  { find: /^react\/jsx-runtime$/, replacement: compat('jsx-runtime.js') },
  { find: /^react\/jsx-dev-runtime$/, replacement: compat('jsx-dev-runtime.js') },
  { find: /^react-dom$/, replacement: compat('react.js') },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/server$/, replacement: 'preact/compat/server' },
  // Not React, but the same kind of substitution: d3-zoom's transitions are never used (see the file).
  { find: /^d3-transition$/, replacement: compat('d3-transition.ts') },
];
