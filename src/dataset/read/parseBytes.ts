/**
 * Dataset bytes, as a response body arrives in chunks, to the model: the size limit on the byte
 * count, UTF-8 decoding (an invalid sequence becomes U+FFFD, as `Response.text()` does), then
 * readJsonText and parseDataset. Runs in the dataset worker (parseWorker.ts) for large files and
 * on the main thread for small ones, so both give the same result and the same problems.
 */
import type { ParseResult } from '../model';
import { parseDataset } from '../parse';
import { checkFileSize, readJsonText } from '../parseText';

/** What parseDatasetBytes is doing: decoding and JSON.parse, then checking `events` events (null when the file has no events list). */
export type ParseStep = { step: 'reading' } | { step: 'checking'; events: number | null };

/** Parses the chunks of a dataset file, in order, reporting each step. Never rejects. */
export async function parseDatasetBytes(chunks: readonly Uint8Array[], onStep: (step: ParseStep) => void = () => undefined): Promise<ParseResult> {
  const bytes = chunks.reduce((sum, c) => sum + c.byteLength, 0);
  const tooLarge = checkFileSize(bytes);
  if (tooLarge !== undefined) return { ok: false, issues: [tooLarge] };
  onStep({ step: 'reading' });
  const json = await readJsonText(new TextDecoder('utf-8').decode(joined(chunks, bytes)), bytes);
  if (!json.ok) return json;
  const events = (json.value as { events?: unknown } | null)?.events;
  onStep({ step: 'checking', events: Array.isArray(events) ? events.length : null });
  return parseDataset(json.value);
}

/** The chunks as one array (the only chunk itself when there is one). */
function joined(chunks: readonly Uint8Array[], bytes: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const all = new Uint8Array(bytes);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}
