/** `react` for the app: Preact's compatibility layer with ./options.ts installed (scripts/aliases.ts). */
import './options';

export * from 'preact/compat';
export { default } from 'preact/compat';
