/**
 * Dataset bytes, as a response body arrives in chunks, to the model: the size limit on the byte
 * count, UTF-8 decoding (an invalid sequence becomes U+FFFD, as `Response.text()` does), then
 * readJsonText and parseDataset. Runs in the dataset worker (parseWorker.ts) for large files and
 * on the main thread for small ones, so both give the same result and the same problems.
 *
 * Each chunk is decoded as it arrives and then let go, so a large file is held once as bytes
 * in flight and once as text, not twice as bytes (a joined copy) and once as text.
 */
import { MAX_FILE_BYTES } from '../limits';
import type { ParseResult } from '../model';
import { parseDataset } from '../parse';
import { checkFileSize, readJsonText } from '../parseText';

/** What the parse is doing: JSON.parse, then checking `events` events (null when the file has no events list). */
export type ParseStep = { step: 'reading' } | { step: 'checking'; events: number | null };

/** A dataset file read chunk by chunk: `push` each in order, then `finish`. */
export class DatasetDecoder {
  private readonly decoder = new TextDecoder('utf-8');
  private parts: string[] = [];
  private bytes = 0;

  /** Decodes the next chunk (beyond MAX_FILE_BYTES, only counts it: the file will be refused). */
  push(chunk: Uint8Array): void {
    this.bytes += chunk.byteLength;
    if (this.bytes <= MAX_FILE_BYTES) this.parts.push(this.decoder.decode(chunk, { stream: true }));
    else this.parts = [];
  }

  /** Parses what was pushed, reporting each step. Never rejects. */
  async finish(onStep: (step: ParseStep) => void = () => undefined): Promise<ParseResult> {
    const tooLarge = checkFileSize(this.bytes);
    if (tooLarge !== undefined) return { ok: false, issues: [tooLarge] };
    this.parts.push(this.decoder.decode());
    onStep({ step: 'reading' });
    // The text is not kept in a variable: it can be collected while the events are checked.
    const json = await readJsonText(this.takeText(), this.bytes);
    if (!json.ok) return json;
    const events = (json.value as { events?: unknown } | null)?.events;
    onStep({ step: 'checking', events: Array.isArray(events) ? events.length : null });
    return parseDataset(json.value);
  }

  private takeText(): string {
    const text = this.parts.join('');
    this.parts = [];
    return text;
  }
}

/** Parses the chunks of a dataset file, in order, reporting each step. Never rejects. */
export async function parseDatasetBytes(chunks: readonly Uint8Array[], onStep?: (step: ParseStep) => void): Promise<ParseResult> {
  const decoder = new DatasetDecoder();
  for (const chunk of chunks) decoder.push(chunk);
  return decoder.finish(onStep);
}
