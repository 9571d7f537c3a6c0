/** `react/jsx-runtime` for the app: Preact's, with ./options.ts installed (scripts/aliases.ts). */
import './options';

export * from 'preact/compat/jsx-runtime';
