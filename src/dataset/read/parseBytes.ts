/**
 * Dataset bytes, as a response body arrives in chunks, to the model: the size limit on the byte
 * count, UTF-8 decoding (an invalid sequence becomes U+FFFD, as `Response.text()` does), then
 * readJsonText and parseDataset. Runs in the dataset worker (parseWorker.ts) for large files and
 * on the main thread for small ones, so both give the same result and the same problems.
 *
 * The bytes are kept as they arrive, in one buffer when the caller knows the size, and decoded
 * once at the end; the page then parses the text at once (finish), the worker an event at a time
 * (finishText, then checkText.ts).
 * In the worker, which owns the chunks it was sent, each is freed the moment it is copied, and
 * the whole once read: memory that would otherwise wait for a garbage collection that a worker
 * with an almost empty heap does not run (at 100,000 events, the chunks, decoded pieces and their
 * joined copy were ~100 MB held at once).
 */
import { MAX_FILE_BYTES } from '../limits';
import type { DatasetIssue, ParseResult } from '../model';
import { checkFileSize, readJsonText } from '../parseText';
import { parseDataset } from '../parse';

/** What the parse is doing: JSON.parse, then checking `events` events (null when the file has no events list). */
export type ParseStep = { step: 'reading' } | { step: 'checking'; events: number | null };

/** A dataset file read chunk by chunk: `push` each in order, then `finish`. */
export class DatasetDecoder {
  /** The buffer `reserve` made, filled up to `filled`. */
  private all: Uint8Array | null = null;
  private filled = 0;
  /** Chunks kept as they came (no buffer, or they overflowed it). */
  private chunks: Uint8Array[] = [];
  private bytes = 0;

  /** With `owned`, the decoder may free each chunk pushed once it has read it: the caller must not use them again. */
  constructor(private readonly owned = false) {}

  /** Makes room for a body of `total` bytes (its Content-Length), so the chunks can be let go as they come. */
  reserve(total: number): void {
    if (this.bytes === 0 && this.all === null && Number.isInteger(total) && total > 0 && total <= MAX_FILE_BYTES) this.all = new Uint8Array(total);
  }

  /** Keeps the next chunk (beyond MAX_FILE_BYTES, only counts it: the file will be refused). */
  push(chunk: Uint8Array): void {
    this.bytes += chunk.byteLength;
    if (this.bytes > MAX_FILE_BYTES) {
      if (this.all) release(this.all);
      this.all = null;
      for (const c of this.chunks.splice(0)) this.free(c);
      return this.free(chunk);
    }
    if (this.all && this.chunks.length === 0 && this.filled + chunk.byteLength <= this.all.byteLength) {
      this.all.set(chunk, this.filled);
      this.filled += chunk.byteLength;
      return this.free(chunk);
    }
    this.chunks.push(chunk);
  }

  /** Parses what was pushed, reporting each step. Never rejects. */
  async finish(onStep: (step: ParseStep) => void = () => undefined): Promise<ParseResult> {
    const text = this.finishText(onStep);
    if (!text.ok) return text;
    // The text is not kept beyond this call: it can be collected while the events are checked.
    const json = await readJsonText(text.text, this.bytes);
    if (!json.ok) return json;
    onStep({ step: 'checking', events: eventCount(json.value) });
    return parseDataset(json.value);
  }

  /**
   * What was pushed as text, or why the file is refused (its size), reporting `reading`: for a
   * caller that parses the text itself (the dataset worker, with checkText.ts).
   */
  finishText(onStep: (step: ParseStep) => void = () => undefined): { ok: true; text: string; bytes: number } | { ok: false; issues: DatasetIssue[] } {
    const tooLarge = checkFileSize(this.bytes);
    if (tooLarge !== undefined) return { ok: false, issues: [tooLarge] };
    onStep({ step: 'reading' });
    return { ok: true, text: this.decodeAll(this.takeBytes()), bytes: this.bytes };
  }

  /** Every byte pushed, in one array (the reserved buffer when they all fit in it). */
  private takeBytes(): Uint8Array {
    const { all, filled } = this;
    const chunks = this.chunks.splice(0);
    this.all = null;
    if (all && chunks.length === 0) return all.subarray(0, filled);
    if (!all && chunks.length === 1 && chunks[0]) return chunks[0];
    const joined = new Uint8Array(this.bytes);
    let at = 0;
    if (all) {
      joined.set(all.subarray(0, filled));
      at = filled;
      release(all);
    }
    for (const chunk of chunks) {
      joined.set(chunk, at);
      at += chunk.byteLength;
      this.free(chunk);
    }
    return joined;
  }

  /** The bytes as text (an invalid sequence as U+FFFD, a byte-order mark dropped), letting them go if they are ours. */
  private decodeAll(bytes: Uint8Array): string {
    const text = new TextDecoder().decode(bytes);
    this.free(bytes);
    return text;
  }

  private free(bytes: Uint8Array): void {
    if (this.owned) release(bytes);
  }
}

/** How many events a parsed file lists (null when it has no events list). */
export function eventCount(value: unknown): number | null {
  const events = (value as { events?: unknown } | null)?.events;
  return Array.isArray(events) ? events.length : null;
}

/**
 * Frees a byte array's memory now, where the browser can (ArrayBuffer.prototype.transfer, which
 * detaches it), instead of at some later garbage collection. Only for a buffer nothing else reads;
 * a view of part of a buffer is left alone.
 */
function release(bytes: Uint8Array): void {
  const buffer = bytes.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };
  if (ownsBuffer(bytes) && typeof buffer.transfer === 'function') buffer.transfer(0);
}

/** Whether `bytes` spans the whole of its buffer, which can then be moved or freed without taking others' bytes. */
export function ownsBuffer(bytes: Uint8Array): boolean {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
}

/** Parses the chunks of a dataset file, in order, reporting each step. Never rejects. */
export async function parseDatasetBytes(chunks: readonly Uint8Array[], onStep?: (step: ParseStep) => void): Promise<ParseResult> {
  const decoder = new DatasetDecoder();
  for (const chunk of chunks) decoder.push(chunk);
  return decoder.finish(onStep);
}
