/** `react/jsx-dev-runtime` (the dev server's JSX): Preact's, with ./options.ts installed (scripts/aliases.ts). */
import './options';

export * from 'preact/compat/jsx-dev-runtime';
