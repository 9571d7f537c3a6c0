/**
 * The page's side of the dataset worker (parseWorker.ts): start it, feed it a body's chunks,
 * await its result. Everything that can go wrong with starting a worker (none in this browser, a
 * host page's CSP that forbids it, a sandboxed frame's opaque origin, a failed load) shows as
 * `ready` resolving to false, and the caller parses on the main thread instead: slower for a big
 * file, never a broken page.
 */
import type { ParseResult } from '../model';
import { ownsBuffer, type ParseStep } from './parseBytes';
import type { WorkerReply, WorkerRequest } from './parseWorker';
import { TimelineReader } from './timelineWire';

/** A running off-thread parse. */
export interface OffThreadParse {
  /** True once the worker runs, false if it never will. */
  ready: Promise<boolean>;
  /** Hands the worker the next chunks, in order, in one message: moved when `move` is true (the caller lets go of them), else copied. */
  push: (chunks: readonly Uint8Array[], move: boolean) => void;
  /** Ends the input; resolves to the result, or null if the worker failed. The worker is then stopped. */
  finish: () => Promise<ParseResult | null>;
}

/**
 * Starts the dataset worker; null when this browser cannot construct one. `expectedBytes` (the
 * body's Content-Length, if any) lets the worker hold the body in one buffer as it arrives.
 */
export function startParseWorker(onStep: (step: ParseStep) => void, expectedBytes: number | null = null): OffThreadParse | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module', name: 'dataset' });
  } catch {
    return null;
  }
  let started: (ok: boolean) => void = () => undefined;
  const ready = new Promise<boolean>((ok) => { started = ok; });
  let settle: (result: ParseResult | null) => void = () => undefined;
  const outcome = new Promise<ParseResult | null>((ok) => { settle = ok; });
  /** Stops the worker, then settles with `result()`: built once the worker's heap is let go. */
  const stop = (result: () => ParseResult | null) => {
    worker.terminate();
    started(false); // no effect once it has resolved true
    settle(result());
  };
  let reader = new TimelineReader();
  worker.addEventListener('message', ({ data }: MessageEvent<WorkerReply>) => {
    if (data.kind === 'ready') started(true);
    else if (data.kind === 'step') onStep(data.step);
    else if (data.kind === 'begin') reader = new TimelineReader();
    // Each batch's events are built as it arrives, while the worker checks the next.
    else if (data.kind === 'events') reader.read(data.batch);
    else if (data.kind === 'done') stop(() => ({ ok: true, timeline: reader.finish(data.head) }));
    else stop(() => (data.kind === 'invalid' ? { ok: false, issues: data.issues } : null));
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault(); // handled: the caller falls back, so the console need not shout
    stop(() => null);
  });
  worker.addEventListener('messageerror', () => stop(() => null));
  const post = (message: WorkerRequest, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  if (expectedBytes !== null) post({ kind: 'size', bytes: expectedBytes });
  return {
    ready,
    // Only a chunk that is its whole buffer is moved (a fetch body's chunks are): moving a shared
    // one would empty its neighbours. Others are copied.
    push: (chunks, move) => post({ kind: 'chunks', list: [...chunks] }, move ? [...new Set(chunks.filter(ownsBuffer).map((c) => c.buffer as ArrayBuffer))] : []),
    finish: () => {
      post({ kind: 'end' });
      return outcome;
    },
  };
}
