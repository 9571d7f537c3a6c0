/**
 * The dataset worker: a large file's bytes are decoded, parsed and checked here, off the main
 * thread, so that a 100,000-event file never freezes the page (issue 14). Started by
 * parseOffThread.ts as a module worker from our own origin, which the site's CSP already allows
 * (`script-src 'self'`, which `worker-src` falls back to).
 *
 * Protocol: the worker says it is running (`ready`); the page posts the body's chunks as they
 * arrive, a batch at a time (`chunks`, decoded here at once), then `end`; the worker answers with each step (`step`) and finally the result: the problems (`invalid`), or the
 * Timeline in columns (`done`; timelineWire.ts says why not the Timeline itself).
 */
import { DatasetDecoder, type ParseStep } from './parseBytes';
import type { DatasetIssue } from '../model';
import { TimelineWriter, type WireTimeline } from './timelineWire';

/** A message from the page. */
export type WorkerRequest = { kind: 'chunks'; list: Uint8Array[] } | { kind: 'end' };
/** A message to the page: a step, the result, or why the worker could not deliver one. */
export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'step'; step: ParseStep }
  | { kind: 'done'; timeline: WireTimeline }
  | { kind: 'invalid'; issues: DatasetIssue[] }
  | { kind: 'failed'; reason: string };

// The DOM library types `self` as a window; in a dedicated worker it is its global scope.
const scope = self as unknown as {
  postMessage: (message: WorkerReply, transfer?: Transferable[]) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void) => void;
};

// The chunks were moved here (parseOffThread.ts), so the decoder may free each once read.
const decoder = new DatasetDecoder(true);
scope.addEventListener('message', ({ data }) => {
  if (data.kind === 'chunks') {
    for (const bytes of data.list) decoder.push(bytes);
    return;
  }
  // Each event goes into the columns as it is checked: the worker never holds the events as objects.
  void decoder.finishInto(() => new TimelineWriter(), (step) => scope.postMessage({ kind: 'step', step })).then(({ result, sink }) => {
    try {
      if (!result.ok) return scope.postMessage({ kind: 'invalid', issues: result.issues });
      const { wire, transfer } = sink.finish(result.head);
      scope.postMessage({ kind: 'done', timeline: wire }, transfer);
    } catch (error) {
      // Would be our bug (a model the columns cannot carry); the page then says the file could not be read.
      scope.postMessage({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  });
});
scope.postMessage({ kind: 'ready' });
