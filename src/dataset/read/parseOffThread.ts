/**
 * The page's side of the dataset worker (parseWorker.ts): start it, feed it a body's chunks,
 * await its result. Everything that can go wrong with a worker (none in this browser, a host
 * page's CSP that forbids it, a failed load, a result that cannot cross) resolves to null, and
 * the caller parses on the main thread instead: slower for a big file, never a broken page.
 */
import type { ParseResult } from '../model';
import type { ParseStep } from './parseBytes';
import type { WorkerReply, WorkerRequest } from './parseWorker';
import { timelineFromWire } from './timelineWire';

/** A running off-thread parse. */
export interface OffThreadParse {
  /** Hands the worker the next chunk (a copy: the caller keeps its own for a fallback). */
  push: (bytes: Uint8Array) => void;
  /** Ends the input; resolves to the result, or null if the worker failed. The worker is then stopped. */
  finish: () => Promise<ParseResult | null>;
}

/** Starts the dataset worker; null when this browser or page cannot run one. */
export function startParseWorker(onStep: (step: ParseStep) => void): OffThreadParse | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module', name: 'dataset' });
  } catch {
    return null;
  }
  let settle: (result: ParseResult | null) => void = () => undefined;
  const outcome = new Promise<ParseResult | null>((ok) => { settle = ok; });
  const stop = (result: ParseResult | null) => {
    worker.terminate();
    settle(result);
  };
  worker.addEventListener('message', ({ data }: MessageEvent<WorkerReply>) => {
    if (data.kind === 'step') onStep(data.step);
    else if (data.kind === 'done') stop({ ok: true, timeline: timelineFromWire(data.timeline) });
    else stop(data.kind === 'invalid' ? { ok: false, issues: data.issues } : null);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault(); // handled: the caller falls back, so the console need not shout
    stop(null);
  });
  worker.addEventListener('messageerror', () => stop(null));
  const post = (message: WorkerRequest) => worker.postMessage(message);
  return {
    push: (bytes) => post({ kind: 'chunk', bytes }),
    finish: () => {
      post({ kind: 'end' });
      return outcome;
    },
  };
}
