/**
 * Serves the built-in dataset at ./timeline.json in development and writes it to dist/timeline.json
 * in a build. The dataset stays a separate file (not bundled) because it is the published contract
 * other newsrooms and the `?data=` loader read.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const DATASET = resolve(import.meta.dirname, '../data/timeline.json');

/** The Vite plugin that serves and emits data/timeline.json. */
export function datasetPlugin(): Plugin {
  return {
    name: 'timeline-dataset',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url || !/\/timeline\.json(\?|$)/.test(req.url)) return next();
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(readFileSync(DATASET));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'timeline.json', source: readFileSync(DATASET, 'utf8') });
    },
  };
}
