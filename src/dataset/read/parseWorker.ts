/**
 * The dataset worker: a large file's bytes are decoded, parsed and checked here, off the main
 * thread, so that a 100,000-event file never freezes the page (issue 14). Started by
 * parseOffThread.ts as a module worker from our own origin, which the site's CSP already allows
 * (`script-src 'self'`, which `worker-src` falls back to).
 *
 * Protocol: the worker says it is running (`ready`); the page posts the body's chunks as they
 * arrive, a batch at a time (`chunks`; after `size`, the body's Content-Length, when it has one), then `end`. The worker answers with each step (`step`);
 * while it checks, with the events so far in batches (`events`; timelineWire.ts says why columns),
 * each check starting with `begin` (a file that cannot be read an event at a time is checked
 * again whole: the page then drops what it had); and finally with the problems (`invalid`), or
 * the rest of the Timeline (`done`).
 */
import { DatasetDecoder, type ParseStep } from './parseBytes';
import { checkText } from './checkText';
import type { DatasetIssue } from '../model';
import type { TimelineHead } from '../assemble';
import { BATCH_EVENTS, TimelineWriter, type WireBatch } from './timelineWire';

/** A message from the page. */
export type WorkerRequest = { kind: 'size'; bytes: number } | { kind: 'chunks'; list: Uint8Array[] } | { kind: 'end' };
/** A message to the page: a step, events, the result, or why the worker could not deliver one. */
export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'step'; step: ParseStep }
  | { kind: 'begin' }
  | { kind: 'events'; batch: WireBatch }
  | { kind: 'done'; head: TimelineHead }
  | { kind: 'invalid'; issues: DatasetIssue[] }
  | { kind: 'failed'; reason: string };

// The DOM library types `self` as a window; in a dedicated worker it is its global scope.
const scope = self as unknown as {
  postMessage: (message: WorkerReply, transfer?: Transferable[]) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void) => void;
};

/** Sends the events written so far, if any. */
function send(writer: TimelineWriter): void {
  if (writer.size === 0) return;
  const { batch, transfer } = writer.take();
  scope.postMessage({ kind: 'events', batch }, transfer);
}

/** A sink for one check: each event into the columns, a batch sent every BATCH_EVENTS. */
function newSink() {
  scope.postMessage({ kind: 'begin' });
  const writer = new TimelineWriter();
  return {
    writer,
    add(event: Parameters<TimelineWriter['add']>[0]) {
      writer.add(event);
      if (writer.size >= BATCH_EVENTS) send(writer);
    },
  };
}

// The chunks were moved here (parseOffThread.ts), so the decoder may free each once read.
const decoder = new DatasetDecoder(true);
scope.addEventListener('message', ({ data }) => {
  if (data.kind === 'size') return decoder.reserve(data.bytes);
  if (data.kind === 'chunks') {
    for (const bytes of data.list) decoder.push(bytes);
    return;
  }
  const onStep = (step: ParseStep) => scope.postMessage({ kind: 'step', step });
  const read = decoder.finishText(onStep);
  if (!read.ok) return scope.postMessage({ kind: 'invalid', issues: read.issues });
  void checkText(read.text, read.bytes, newSink, onStep).then(({ result, sink }) => {
    try {
      if (!result.ok) return scope.postMessage({ kind: 'invalid', issues: result.issues });
      send(sink.writer);
      scope.postMessage({ kind: 'done', head: result.head });
    } catch (error) {
      // Would be our bug (a model the columns cannot carry); the page then says the file could not be read.
      scope.postMessage({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  });
});
scope.postMessage({ kind: 'ready' });
