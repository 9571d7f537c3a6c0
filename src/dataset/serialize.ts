/**
 * The one way a dataset is written out: `npm run data`, `npm run import` and the app's
 * "download dataset" all produce the same text for the same dataset.
 */
import type { RawDataset } from './raw';

/** The dataset file's text: two-space indented JSON with a final newline (diff-friendly, as editors save it). */
export function serializeDataset(dataset: RawDataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
