/**
 * The text of a TimelineJS file → an import, choosing JSON or the spreadsheet CSV by the file's
 * extension (or, without a known one, by its first character). Everything that makes the file
 * unreadable as a whole comes out as one UnreadableError, so the CLI has one thing to catch.
 */
import { CsvError } from './csv';
import type { ConvertOptions, ImportResult } from './timelinejs';
import { importTimelineJs } from './timelinejs';
import { importTimelineJsCsv } from './timelinejsCsv';
import { NotATimelineError } from './timelinejsRead';

/** The file cannot be read as TimelineJS data at all; the message says why. */
export class UnreadableError extends Error {
  override name = 'UnreadableError';
}

/** Which form a file is in: by extension, else JSON when it starts with "{". */
export function formOf(fileName: string, text: string): 'json' | 'csv' {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv') return 'csv';
  return text.replace(/^\ufeff/, '').trimStart().startsWith('{') ? 'json' : 'csv';
}

/** Imports the text of `fileName`; throws UnreadableError when it is not readable TimelineJS data. */
export function importTimelineJsText(fileName: string, text: string, options: ConvertOptions = {}): ImportResult {
  try {
    if (formOf(fileName, text) === 'csv') return importTimelineJsCsv(text, options);
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\ufeff/, '')) as unknown;
    } catch (error) {
      throw new UnreadableError(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    return importTimelineJs(value, options);
  } catch (error) {
    if (error instanceof CsvError) throw new UnreadableError(`not readable CSV: ${error.message}`);
    if (error instanceof NotATimelineError) throw new UnreadableError(`not TimelineJS data: ${error.message}`);
    throw error;
  }
}
