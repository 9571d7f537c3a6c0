/**
 * Dataset bytes, as a response body arrives in chunks, to the model: the size limit on the byte
 * count, UTF-8 decoding (an invalid sequence becomes U+FFFD, as `Response.text()` does), then
 * readJsonText and parseDataset. Runs in the dataset worker (parseWorker.ts) for large files and
 * on the main thread for small ones, so both give the same result and the same problems.
 *
 * The bytes are kept as they arrive and decoded once at the end, into one string. In the worker,
 * which owns the chunks it was sent, each is freed the moment it is copied, and the whole once it
 * is decoded: memory that would otherwise wait for a garbage collection that a worker with an
 * almost empty heap does not run (at 100,000 events, the chunks, decoded pieces and their joined
 * copy were ~100 MB held at once).
 */
import { MAX_FILE_BYTES } from '../limits';
import type { ParseResult } from '../model';
import { parseDataset } from '../parse';
import { checkFileSize, readJsonText, type JsonResult } from '../parseText';

/** What the parse is doing: JSON.parse, then checking `events` events (null when the file has no events list). */
export type ParseStep = { step: 'reading' } | { step: 'checking'; events: number | null };

/** A dataset file read chunk by chunk: `push` each in order, then `finish`. */
export class DatasetDecoder {
  private chunks: Uint8Array[] = [];
  private bytes = 0;

  /** With `owned`, the decoder may free each chunk pushed once it has read it: the caller must not use them again. */
  constructor(private readonly owned = false) {}

  /** Keeps the next chunk (beyond MAX_FILE_BYTES, only counts it: the file will be refused). */
  push(chunk: Uint8Array): void {
    this.bytes += chunk.byteLength;
    if (this.bytes <= MAX_FILE_BYTES) return void this.chunks.push(chunk);
    for (const c of this.chunks.splice(0)) this.free(c);
    this.free(chunk);
  }

  /** Parses what was pushed, reporting each step. Never rejects. */
  async finish(onStep: (step: ParseStep) => void = () => undefined): Promise<ParseResult> {
    const json = await this.finishJson(onStep);
    return json.ok ? parseDataset(json.value) : json;
  }

  /**
   * The JSON value of what was pushed, or why there is none; reports `reading`, then `checking`,
   * for a caller that checks the value itself (the dataset worker, with parseDatasetInto).
   */
  async finishJson(onStep: (step: ParseStep) => void = () => undefined): Promise<JsonResult> {
    const tooLarge = checkFileSize(this.bytes);
    if (tooLarge !== undefined) return { ok: false, issues: [tooLarge] };
    onStep({ step: 'reading' });
    // The text is not kept in a variable: it can be collected while the events are checked.
    const json = await readJsonText(this.takeText(), this.bytes);
    if (!json.ok) return json;
    const events = (json.value as { events?: unknown } | null)?.events;
    onStep({ step: 'checking', events: Array.isArray(events) ? events.length : null });
    return json;
  }

  /** The bytes pushed, decoded as UTF-8 (an invalid sequence as U+FFFD, a byte-order mark dropped). */
  private takeText(): string {
    const chunks = this.chunks.splice(0);
    if (chunks.length === 1 && chunks[0]) return new TextDecoder().decode(chunks[0]);
    const all = new Uint8Array(this.bytes);
    let at = 0;
    for (const chunk of chunks) {
      all.set(chunk, at);
      at += chunk.byteLength;
      this.free(chunk);
    }
    const text = new TextDecoder().decode(all);
    release(all);
    return text;
  }

  private free(chunk: Uint8Array): void {
    if (this.owned) release(chunk);
  }
}

/**
 * Frees a byte array's memory now, where the browser can (ArrayBuffer.prototype.transfer, which
 * detaches it), instead of at some later garbage collection. Only for a buffer nothing else reads.
 */
function release(bytes: Uint8Array): void {
  const buffer = bytes.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };
  if (bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength && typeof buffer.transfer === 'function') buffer.transfer(0);
}

/** Parses the chunks of a dataset file, in order, reporting each step. Never rejects. */
export async function parseDatasetBytes(chunks: readonly Uint8Array[], onStep?: (step: ParseStep) => void): Promise<ParseResult> {
  const decoder = new DatasetDecoder();
  for (const chunk of chunks) decoder.push(chunk);
  return decoder.finish(onStep);
}
