/**
 * The file side of `npm run data`: read a story folder, build, validate, and hand back the JSON
 * text to write. Shared by data.ts, ensure-data.ts and the tests, so all three produce the same
 * bytes from the same folder. The pure work lives in src/preprocess/.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, parseDataset } from '../src/dataset/parse';
import { serializeDataset } from '../src/dataset/serialize';
import { buildDataset, type StoryFiles } from '../src/preprocess/build';
import { DataError } from '../src/preprocess/errors';

/** A built story: the JSON to write, its counts, and one report line per source. */
export interface Generated {
  json: string;
  summary: string;
  report: string[];
}

/** Reads `dir/events.yaml` and every `dir/sources/*.txt` with its `.meta.yaml` sidecar. */
export function readStory(dir: string): StoryFiles {
  const annotationFile = join(dir, 'events.yaml');
  const sourcesDir = join(dir, 'sources');
  if (!existsSync(annotationFile)) throw new DataError(annotationFile, 'not found: a story folder needs an events.yaml');
  if (!existsSync(sourcesDir)) throw new DataError(sourcesDir, 'not found: a story folder needs a sources/ folder of .txt articles');
  // Sorted so the build sees the same order on every file system.
  const names = readdirSync(sourcesDir).filter((name) => name.endsWith('.txt')).sort();
  if (names.length === 0) throw new DataError(sourcesDir, 'has no .txt articles');
  const sources = names.map((name) => {
    const file = join(sourcesDir, name);
    const metaFile = join(sourcesDir, name.replace(/\.txt$/, '.meta.yaml'));
    if (!existsSync(metaFile)) throw new DataError(file, `has no sidecar: create ${metaFile} (id, publisher, headline, published, furniture)`);
    return { file, raw: readFileSync(file, 'utf8'), metaFile, meta: readFileSync(metaFile, 'utf8') };
  });
  return { annotation: { file: annotationFile, text: readFileSync(annotationFile, 'utf8') }, sources };
}

/** Builds a story folder and validates the result with parseDataset; throws DataError naming `out` if invalid. */
export function generateTimeline(dir: string, out: string): Generated {
  const { dataset, report } = buildDataset(readStory(dir));
  const json = serializeDataset(dataset);
  // Validate the very text that will be written, exactly as the app will read it.
  const parsed = parseDataset(JSON.parse(json) as unknown);
  if (!parsed.ok) throw new DataError(out, `the built dataset is invalid:\n  ${parsed.issues.map(formatIssue).join('\n  ')}`);
  const quotes = dataset.events.reduce((n, e) => n + e.quotes.length, 0);
  const summary =
    `${out}: ${dataset.events.length} events, ${quotes} quotes, ` +
    `${dataset.people.length} people, ${dataset.sources.length} sources`;
  return { json, summary, report };
}

/** Prints a build failure as `file: message` (or the stack of an unexpected error) and returns exit code 1. */
export function reportFailure(error: unknown): number {
  if (error instanceof DataError) console.error(`${error.file}: ${error.message}`);
  else console.error(error);
  return 1;
}
