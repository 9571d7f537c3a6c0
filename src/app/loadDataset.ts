/**
 * Fetches a dataset and parses it at the edge. Every failure becomes issues a reader can act on:
 * the HTTP status, a JSON syntax error's line and column, or validation problems with their paths.
 *
 * The body is read as a stream, so that progress can be shown (bytes received, then the events
 * being checked). A body larger than OFF_THREAD_BYTES is parsed in the dataset worker
 * (src/dataset/read/parseWorker.ts), fed chunk by chunk while it downloads, so the page stays
 * responsive; a small one (the story) is parsed here, sparing the worker's start-up.
 */
import type { DatasetIssue, Timeline } from '../dataset/model';
import { parseDatasetBytes, type ParseStep } from '../dataset/read/parseBytes';
import type { OffThreadParse } from '../dataset/read/parseOffThread';
import { afterPaint } from './afterPaint';

/** What loading a dataset gave. */
export type LoadResult =
  | { ok: true; timeline: Timeline }
  | { ok: false; url: string; kind: 'fetch' | 'invalid'; issues: DatasetIssue[]; total: number };

/** Where a load is, for the loading screen (src/ui/LoadProgress.tsx). */
export interface LoadProgress {
  /**
   * requesting (the server has not answered yet); receiving the body; reading (decoding, JSON);
   * checking the events; drawing (the model is ready, the page renders it).
   */
  phase: 'requesting' | 'receiving' | 'reading' | 'checking' | 'drawing';
  /** The server asked for the file (its host, with any port): the one a slow load waits for. */
  host: string;
  /** Bytes of the body received so far (after any content encoding is undone). */
  received: number;
  /** Bytes expected, from Content-Length when it describes the body as received; null when unknown. */
  total: number | null;
  /** Events in the file, once it is read; null before then or when it has no events list. */
  events: number | null;
}

/** Options of loadDataset. */
export interface LoadOptions {
  fetcher?: typeof fetch;
  /** Called as the load moves on: on every phase, and at most every PROGRESS_MS while receiving. */
  onProgress?: (progress: LoadProgress) => void;
  /** Bodies larger than this many bytes are parsed off the main thread. */
  offThreadBytes?: number;
  /** Starts the dataset worker (a stand-in in unit tests); null when it cannot run. */
  startWorker?: (onStep: (step: ParseStep) => void, expectedBytes: number | null) => OffThreadParse | null | Promise<OffThreadParse | null>;
}

/** About 1,500 events: below this, parsing here takes less than starting a worker. */
export const OFF_THREAD_BYTES = 512 * 1024;
const PROGRESS_MS = 100;
/** Chunks go to the worker in batches of about this many bytes. */
const BATCH_BYTES = 256 * 1024;

/** Loads and validates the dataset at `url`. Never throws. */
export async function loadDataset(url: URL, options: LoadOptions = {}): Promise<LoadResult> {
  const { fetcher = fetch, onProgress = () => undefined, offThreadBytes = OFF_THREAD_BYTES, startWorker = startParseWorker } = options;
  const shown = url.href;
  const progress: LoadProgress = { phase: 'requesting', host: url.host, received: 0, total: null, events: null };
  const report = (change: Partial<LoadProgress>) => {
    Object.assign(progress, change);
    onProgress({ ...progress });
  };
  const chunks: Uint8Array[] = [];
  let worker: OffThreadParse | null = null;
  /** True once the worker runs and has every chunk so far: later ones are moved to it, not kept. */
  let handedOver = false;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  let batch: Uint8Array[] = [];
  let batchBytes = 0;
  /**
   * Hands the chunks received since the last batch to the worker in one message: moved once the
   * worker runs (no copy: a joined copy of each batch was 35 MB more at 100,000 events), copied and
   * kept before then, for parsing here should it never run.
   */
  const sendBatch = () => {
    if (!worker || batch.length === 0) return;
    if (!handedOver) chunks.push(...batch);
    worker.push(batch, handedOver);
    batch = [];
    batchBytes = 0;
  };
  const onStep = (step: ParseStep) => report(step.step === 'reading' ? { phase: 'reading' } : { phase: 'checking', events: step.events });
  // Said at once: a server slow to answer is the wait a reader otherwise sees no reason for.
  report({});
  try {
    const response = await fetcher(url.href, { credentials: 'same-origin', mode: 'cors' });
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return fail(shown, 'fetch', `the server answered HTTP ${status}${response.status === 404 ? ': there is no file at that address' : ''}`);
    }
    report({ phase: 'receiving', total: expectedBytes(response.headers) });
    const reader = response.body?.getReader();
    let reported = 0;
    for (;;) {
      const next = reader ? await reader.read() : { done: false as const, value: new Uint8Array(await response.arrayBuffer()) };
      if (next.done) break;
      progress.received += next.value.byteLength;
      // A compressed cross-origin body hides its encoding; its Content-Length was the compressed size.
      if (progress.total !== null && progress.received > progress.total) progress.total = null;
      if (!worker) {
        chunks.push(next.value);
        if (progress.received > offThreadBytes && (worker = await startWorker(onStep, progress.total))) {
          worker.push(chunks, false);
          // Once the worker runs, it alone holds the body: 100,000 events are 35 MB not kept twice.
          void worker.ready.then((running) => {
            handedOver = running;
            if (running) chunks.length = 0;
          });
        }
      } else {
        // Network chunks can be a few kilobytes: thousands of messages would cost the main thread
        // more than sending them a batch at a time.
        batch.push(next.value);
        batchBytes += next.value.byteLength;
        if (batchBytes >= BATCH_BYTES) sendBatch();
      }
      if (!reader) break;
      // At most one count per PROGRESS_MS, and a stalled download still shows its last chunk.
      if (performance.now() - reported >= PROGRESS_MS) {
        reported = performance.now();
        report({});
      } else trailing ??= setTimeout(() => {
        trailing = undefined;
        reported = performance.now();
        report({});
      }, PROGRESS_MS);
    }
    sendBatch();
    clearTimeout(trailing);
    report({});
  } catch (error) {
    clearTimeout(trailing);
    const why = error instanceof Error ? error.message : String(error);
    return fail(shown, 'fetch', `the file could not be fetched (${why}); check the address, and that its server allows this page to read it (CORS)`);
  }
  const result = (await worker?.finish()) ?? (handedOver ? undefined : await parseDatasetBytes(chunks, onStep));
  if (result === undefined) return fail(shown, 'fetch', 'the file arrived but the browser stopped reading it (its dataset worker failed); reload the page to try again');
  if (result.ok) {
    // The page is about to spend a long task rendering a big dataset: let "drawing" paint first.
    if (worker) {
      report({ phase: 'drawing' });
      await new Promise<void>((painted) => afterPaint(painted));
    }
    return result;
  }
  // The validator caps its list itself and says how many more there were in a last issue.
  return { ok: false, url: shown, kind: 'invalid', issues: result.issues, total: result.issues.length };
}

/** The body's size as received, when the headers tell it (not for a compressed body). */
function expectedBytes(headers: Headers): number | null {
  const length = Number(headers.get('content-length') ?? NaN);
  const encoded = (headers.get('content-encoding') ?? 'identity') !== 'identity';
  return Number.isSafeInteger(length) && length > 0 && !encoded ? length : null;
}

/** The worker's page side, fetched only when a file is big enough to need it (the story never is). */
async function startParseWorker(onStep: (step: ParseStep) => void, expectedBytes: number | null): Promise<OffThreadParse | null> {
  try {
    return (await import('../dataset/read/parseOffThread')).startParseWorker(onStep, expectedBytes);
  } catch {
    return null; // its chunk could not be fetched: parse here
  }
}

function fail(url: string, kind: 'fetch', message: string): LoadResult {
  return { ok: false, url, kind, issues: [{ path: '(file)', message }], total: 1 };
}
