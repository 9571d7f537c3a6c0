/**
 * Builds data/timeline.json only when it is missing, so `npm start` and `npm run build` work on a
 * fresh checkout without rebuilding (and perhaps changing) a committed dataset. To rebuild on
 * purpose, run `npm run data`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { generateTimeline, reportFailure } from './dataPipeline';

// The project's own story folder wherever the script is run from, shown relative to the cwd.
const DIR = relative(process.cwd(), resolve(import.meta.dirname, '../data')) || '.';
const OUT = join(DIR, 'timeline.json');

function main(): number {
  if (existsSync(OUT)) return 0;
  try {
    const { json, summary } = generateTimeline(DIR, OUT);
    writeFileSync(OUT, json);
    console.log(`${summary} (it was missing)`);
    return 0;
  } catch (error) {
    return reportFailure(error);
  }
}

process.exitCode = main();
