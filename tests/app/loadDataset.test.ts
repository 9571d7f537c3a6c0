import { describe, expect, it } from 'vitest';
import { loadDataset, type LoadProgress } from '../../src/app/loadDataset';
import { parseDatasetBytes, type ParseStep } from '../../src/dataset/read/parseBytes';
import type { OffThreadParse } from '../../src/dataset/read/parseOffThread';
import { parseDatasetText } from '../../src/dataset/parseText';
import { MAX_FILE_BYTES } from '../../src/dataset/limits';
import { fixture } from '../dataset/helpers';

const URL_ = new URL('https://example.org/data/timeline.json');
const encode = (s: string) => new TextEncoder().encode(s);

/** A fetch answering with `body` in chunks of `size` bytes, and the given headers. */
function fetcher(body: Uint8Array | string, { size = 1000, status = 200, headers = {} as Record<string, string> } = {}): typeof fetch {
  const bytes = typeof body === 'string' ? encode(body) : body;
  return async () => new Response(new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.slice(at, at + size));
      controller.close();
    },
  }), { status, headers });
}

/** A stand-in for the worker that parses in this thread, recording what it was given. */
function inProcessWorker(log: { chunks: number; started: number; moved?: number; bytes?: number }, { fails = false, runs = true } = {}) {
  return (onStep: (s: ParseStep) => void): OffThreadParse => {
    log.started++;
    const chunks: Uint8Array[] = [];
    return {
      ready: Promise.resolve(runs),
      push: (list, move) => {
        for (const b of list) {
          chunks.push(b.slice());
          log.chunks++;
          log.bytes = (log.bytes ?? 0) + b.byteLength;
          if (move) log.moved = (log.moved ?? 0) + 1;
        }
      },
      finish: async () => (fails ? null : parseDatasetBytes(chunks, onStep)),
    };
  };
}

describe('loadDataset', () => {
  it('reads a streamed body into the same result as parseDatasetText, reporting bytes then each step', async () => {
    const text = JSON.stringify(fixture());
    const progress: LoadProgress[] = [];
    const result = await loadDataset(URL_, { fetcher: fetcher(text, { headers: { 'content-length': String(encode(text).length) } }), onProgress: (p) => progress.push(p) });
    expect(result).toStrictEqual(await parseDatasetText(text));
    // Whom the page waits for, before the server answers; then the size it announced.
    expect(progress[0]).toEqual({ phase: 'requesting', host: 'example.org', received: 0, total: null, events: null });
    expect(progress[1]).toEqual({ phase: 'receiving', host: 'example.org', received: 0, total: encode(text).length, events: null });
    // How many byte counts come between depends on the clock (at most one per 100 ms); the phases do not.
    expect(progress.map((p) => p.phase).filter((p, i, all) => p !== all[i - 1])).toEqual(['requesting', 'receiving', 'reading', 'checking']);
    expect(progress.at(-1)).toMatchObject({ received: encode(text).length, events: fixture().events.length });
  });

  it('parses a large body off the thread, fed chunk by chunk, and a small one here', async () => {
    const text = JSON.stringify(fixture());
    const big: { chunks: number; started: number; moved?: number; bytes?: number } = { chunks: 0, started: 0 };
    const phases: string[] = [];
    const result = await loadDataset(URL_, { fetcher: fetcher(text, { size: 100 }), offThreadBytes: 250, startWorker: inProcessWorker(big), onProgress: (p) => phases.push(p.phase) });
    expect(result).toStrictEqual(await parseDatasetText(text));
    // Every byte, once; what came before the worker said it runs is copied (kept for a fallback), the rest moved.
    expect(big).toMatchObject({ started: 1, bytes: encode(text).length });
    expect(big.moved).toBeGreaterThan(0);
    expect(big.moved).toBeLessThan(big.chunks);
    expect(phases.at(-1)).toBe('drawing');
    const small = { chunks: 0, started: 0 };
    await loadDataset(URL_, { fetcher: fetcher(text), startWorker: inProcessWorker(small) });
    expect(small.started).toBe(0);
  });

  it('parses here when the worker cannot start, with the same result', async () => {
    const text = JSON.stringify(fixture());
    const result = await loadDataset(URL_, { fetcher: fetcher(text, { size: 100 }), offThreadBytes: 10, startWorker: inProcessWorker({ chunks: 0, started: 0 }, { fails: true, runs: false }) });
    expect(result).toStrictEqual(await parseDatasetText(text));
    const none = await loadDataset(URL_, { fetcher: fetcher(text, { size: 100 }), offThreadBytes: 10, startWorker: () => null });
    expect(none).toStrictEqual(result);
  });

  it('says the file could not be read when a running worker fails after taking the body', async () => {
    const result = await loadDataset(URL_, { fetcher: fetcher(JSON.stringify(fixture()), { size: 100 }), offThreadBytes: 10, startWorker: inProcessWorker({ chunks: 0, started: 0 }, { fails: true }) });
    expect(result).toMatchObject({ ok: false, kind: 'fetch', issues: [{ path: '(file)', message: expect.stringMatching(/stopped reading it.*reload/) }] });
  });

  it('names the problem and where, off the thread as here', async () => {
    const data = fixture();
    (data.events[0] as { start: string }).start = '2019-13-45';
    for (const offThreadBytes of [10, Infinity]) {
      const result = await loadDataset(URL_, { fetcher: fetcher(JSON.stringify(data)), offThreadBytes, startWorker: inProcessWorker({ chunks: 0, started: 0 }) });
      expect(result).toMatchObject({ ok: false, kind: 'invalid', url: URL_.href, issues: [{ path: 'events[0].start', message: expect.stringMatching(/not a calendar date/) }] });
    }
    const broken = await loadDataset(URL_, { fetcher: fetcher('{\n  "version": 1,\n  "id": oops\n}') });
    expect(broken).toMatchObject({ ok: false, issues: [{ path: '(file)', message: expect.stringMatching(/line 3, column 9/) }] });
  });

  it('decodes UTF-8 split across chunks, and drops a byte-order mark', async () => {
    const data = fixture();
    data.title = 'Guaidó «Гуаидо» 🇻🇪';
    const bytes = encode(`\uFEFF${JSON.stringify(data)}`);
    const result = await loadDataset(URL_, { fetcher: fetcher(bytes, { size: 7 }) });
    expect(result.ok && result.timeline.title).toBe(data.title);
  });

  it('says what the server answered, and when the file is over the limit', async () => {
    expect(await loadDataset(URL_, { fetcher: fetcher('nope', { status: 404 }) })).toMatchObject({ ok: false, kind: 'fetch', issues: [{ message: expect.stringMatching(/HTTP 404/) }] });
    const failing: typeof fetch = async () => { throw new TypeError('Failed to fetch'); };
    expect(await loadDataset(URL_, { fetcher: failing })).toMatchObject({ ok: false, kind: 'fetch', issues: [{ message: expect.stringMatching(/Failed to fetch.*CORS/) }] });
    const huge = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20);
    expect(await loadDataset(URL_, { fetcher: fetcher(huge, { size: 1 << 20 }), startWorker: () => null })).toMatchObject({ ok: false, issues: [{ message: expect.stringMatching(/the limit is 50 MB/) }] });
  });

  it('knows the size only from an uncompressed Content-Length, and forgets one the body outgrows', async () => {
    const text = JSON.stringify(fixture());
    const totals = async (headers: Record<string, string>) => {
      const seen: (number | null)[] = [];
      await loadDataset(URL_, { fetcher: fetcher(text, { headers }), onProgress: (p) => seen.push(p.total) });
      return seen;
    };
    expect((await totals({ 'content-length': '2000', 'content-encoding': 'gzip' })).every((t) => t === null)).toBe(true);
    expect((await totals({ 'content-length': '100' })).at(-1)).toBeNull();
    expect((await totals({})).every((t) => t === null)).toBe(true);
  });
});
