/**
 * TimelineJS 3 JSON → our dataset, with a report of what did not carry over. The result is checked
 * with parseDataset, the app's own validator, so an import either loads in the app or says why not.
 */
import { parseDataset } from '../dataset/parse';
import type { DatasetIssue } from '../dataset/model';
import type { ImportNote } from './report';
import { sortNotes } from './report';
import type { ConvertOptions, ImportOutput } from './timelinejsConvert';
import { convertTimelineJs } from './timelinejsConvert';
import type { TlDocument } from './timelinejsModel';
import { readTimelineJsJson } from './timelinejsRead';

export type { ConvertOptions } from './timelinejsConvert';

/** An import: the dataset, the report, and any problems parseDataset still found (empty when all is well). */
export interface ImportResult extends ImportOutput {
  issues: DatasetIssue[];
}

/** Converts a parsed TimelineJS JSON value. Throws NotATimelineError when it has no `events` list. */
export function importTimelineJs(value: unknown, options: ConvertOptions = {}): ImportResult {
  const { doc, notes } = readTimelineJsJson(value);
  return finishImport(doc, notes, options);
}

/** Converts a document read from either form, puts the reader's notes first, and validates the result. */
export function finishImport(doc: TlDocument, readerNotes: readonly ImportNote[], options: ConvertOptions): ImportResult {
  const { dataset, notes } = convertTimelineJs(doc, options);
  const parsed = parseDataset(dataset);
  return { dataset, notes: sortNotes([...readerNotes, ...notes]), issues: parsed.ok ? [] : parsed.issues };
}
