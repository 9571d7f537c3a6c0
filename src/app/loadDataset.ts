/**
 * Fetches a dataset and parses it at the edge. Every failure becomes issues a reader can act on:
 * the HTTP status, a JSON syntax error's line and column, or validation problems with their paths.
 */
import type { DatasetIssue, Timeline } from '../dataset/model';
import { parseDatasetText } from '../dataset/parseText';

/** What loading a dataset gave. */
export type LoadResult =
  | { ok: true; timeline: Timeline }
  | { ok: false; url: string; kind: 'fetch' | 'invalid'; issues: DatasetIssue[]; total: number };

/** Loads and validates the dataset at `url`. Never throws. */
export async function loadDataset(url: URL, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  const shown = url.href;
  let text: string;
  try {
    const response = await fetcher(url.href, { credentials: 'same-origin', mode: 'cors' });
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return fail(shown, 'fetch', `the server answered HTTP ${status}${response.status === 404 ? ': there is no file at that address' : ''}`);
    }
    text = await response.text();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return fail(shown, 'fetch', `the file could not be fetched (${why}); check the address, and that its server allows this page to read it (CORS)`);
  }
  const result = await parseDatasetText(text);
  if (result.ok) return result;
  // The validator caps its list itself and says how many more there were in a last issue.
  return { ok: false, url: shown, kind: 'invalid', issues: result.issues, total: result.issues.length };
}

function fail(url: string, kind: 'fetch', message: string): LoadResult {
  return { ok: false, url, kind, issues: [{ path: '(file)', message }], total: 1 };
}
