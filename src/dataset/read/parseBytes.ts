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
import { checkFileSize, readJsonText } from '../parseText';
import { parseDataset, parseDatasetInto, type EventSink, type HeadResult } from '../parse';
import { isObject } from './fields';
import { splitEvents } from './splitEvents';

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
    const tooLarge = checkFileSize(this.bytes);
    if (tooLarge !== undefined) return { ok: false, issues: [tooLarge] };
    onStep({ step: 'reading' });
    // The text is not kept in a variable: it can be collected while the events are checked.
    const json = await readJsonText(this.takeText(), this.bytes);
    if (!json.ok) return json;
    const events = (json.value as { events?: unknown } | null)?.events;
    onStep({ step: 'checking', events: Array.isArray(events) ? events.length : null });
    return parseDataset(json.value);
  }

  /**
   * The dataset worker's finish: checks what was pushed into a sink from `newSink`, reporting
   * each step. The events are parsed one at a time (splitEvents.ts), so the parsed file is never
   * held whole; a file that cannot be read so is parsed whole, into a fresh sink, which also
   * gives a broken file's exact error. Never rejects.
   */
  async finishInto<S extends EventSink>(newSink: () => S, onStep: (step: ParseStep) => void = () => undefined): Promise<{ result: HeadResult; sink: S }> {
    const tooLarge = checkFileSize(this.bytes);
    if (tooLarge !== undefined) return { result: { ok: false, issues: [tooLarge] }, sink: newSink() };
    onStep({ step: 'reading' });
    const text = this.takeText();
    const inPieces = checkInPieces(text, newSink, onStep);
    if (inPieces) return inPieces;
    const json = await readJsonText(text, this.bytes);
    if (!json.ok) return { result: json, sink: newSink() };
    const events = (json.value as { events?: unknown } | null)?.events;
    onStep({ step: 'checking', events: Array.isArray(events) ? events.length : null });
    const sink = newSink();
    return { result: parseDatasetInto(json.value, sink, { consume: true }), sink };
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

/**
 * finishInto's way for a well-formed file: the file but its events parsed at once, then each
 * event parsed as it is checked. Null when the text does not split, or an event does not parse
 * (the whole text then tells what is wrong).
 */
export function checkInPieces<S extends EventSink>(text: string, newSink: () => S, onStep: (step: ParseStep) => void): { result: HeadResult; sink: S } | null {
  // Stands in for the events array while the rest is parsed; the number makes it unlike any value in the file.
  const placeholder = `events ${Math.random()}`;
  const split = splitEvents(text, JSON.stringify(placeholder));
  if (split === null) return null;
  let root: unknown;
  try {
    root = JSON.parse(split.rest);
  } catch {
    return null;
  }
  // Another "events" key (one spelt with escapes) would have won: read the whole file as JSON.parse does.
  if (!isObject(root) || (root as { events?: unknown }).events !== placeholder) return null;
  const { starts, ends } = split;
  (root as { events: unknown }).events = Array.from(starts, (_, i) => i);
  onStep({ step: 'checking', events: starts.length });
  let parsed = true;
  const open = (i: unknown): unknown => {
    try {
      return JSON.parse(text.slice(starts[i as number], ends[i as number]));
    } catch {
      parsed = false;
      return null;
    }
  };
  const sink = newSink();
  const result = parseDatasetInto(root, sink, { consume: true, open });
  return parsed ? { result, sink } : null;
}
