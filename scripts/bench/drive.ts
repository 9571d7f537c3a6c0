/**
 * Drives one measured page load in Chromium: a fresh context, CPU throttled, the probe installed
 * (measure.ts), then the first mark, the bytes, and a scripted zoom. Every wait on the page is
 * capped, because a peer may lock its main thread for minutes at 10,000 events.
 */
import { readFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { intervals, percentile, probe, resourceEntries, sumBytes, zoomTargets, type Entry, type Frame } from './measure';
import type { BenchPage } from './peers';

/** What one run of one page gave; null where the page never got that far. */
export interface PageRun {
  firstMarkMs: number | null;
  /** First Contentful Paint, from the page's Paint Timing entry. */
  fcpMs: number | null;
  transfer: number | null;
  encoded: number | null;
  /** Bytes by kind (html, js, css, json, font, other): [transfer, encoded]. */
  byKind: Record<string, [number, number]>;
  /** 'resource-timing', or 'cdp' when the page was too busy to answer and Network events stood in. */
  bytesFrom: 'resource-timing' | 'cdp' | null;
  zoomP95Ms: number | null;
  zoomFrames: number;
  /** True when the zoom script ran out of time before all its steps were taken. */
  zoomCapped: boolean;
  errors: string[];
}

export interface Caps { markMs: number; settleMs: number; zoomMs: number; cpuRate: number }

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** Resolves to undefined after `ms` instead of waiting on a page whose main thread may never come back. */
async function within<T>(ms: number, work: Promise<T>): Promise<T | undefined> {
  work.catch(() => undefined); // an abandoned call may reject later, when its context closes
  let timer: NodeJS.Timeout | undefined;
  const cap = new Promise<undefined>((ok) => { timer = setTimeout(() => ok(undefined), ms); });
  // Cleared either way: a pending 60 s cap timer would otherwise keep Node alive after the bench.
  return Promise.race([work, cap]).finally(() => clearTimeout(timer));
}

/**
 * 30 zoom steps, five in then five out (so the view stays near where it started): ctrl + wheel over
 * the plot for ours and vis, the zoom buttons for TimelineJS. Steps are ~50 ms apart, like a
 * reader's wheel. Every call, even asking where the plot is, waits for the page only until the cap.
 * Returns 'capped' when the cap cut it short, 'busy' when the page never even answered where to zoom
 * (a reader's wheel would get no response for the whole window either).
 */
async function zoom(page: Page, bench: BenchPage, capMs: number): Promise<'done' | 'capped' | 'busy'> {
  const deadline = Date.now() + capMs;
  const left = () => Math.max(0, deadline - Date.now());
  const [a, b] = (await within(left(), page.evaluate(zoomTargets, { app: bench.app, mark: bench.mark }))) ?? [];
  if (!a) return 'busy';
  const wheel = bench.app !== 'timelinejs';
  const ready = wheel ? page.mouse.move(a.x, a.y).then(() => page.keyboard.down('Control')) : Promise.resolve();
  if ((await within(left(), ready.then(() => true))) === undefined) return 'capped';
  for (let i = 0; i < 30; i++) {
    const zoomIn = Math.floor(i / 5) % 2 === 0;
    const target = zoomIn ? a : (b ?? a);
    const step = wheel ? page.mouse.wheel(0, zoomIn ? -100 : 100) : page.mouse.click(target.x, target.y);
    if ((await within(left(), step.then(() => true))) === undefined) return 'capped';
    await sleep(50);
  }
  if (wheel) await within(2000, page.keyboard.up('Control'));
  return 'done';
}

/**
 * Hears the page's probe (measure.ts), which calls `__bench("<kind> <ms>")`, or for a batch of
 * frames `__bench("frames <ms>,<ms>,…")`: a raw CDP binding, not page.exposeFunction, which answers
 * every call with an evaluate in the page and would load the very main thread being measured.
 * `on` gets each timestamp (page clock) and when Node heard it (Date.now()); a batched frame is
 * dated back from the batch's last, which was sent as it happened.
 */
async function listen(cdp: CDPSession, on: (kind: string, ms: number, at: number) => void): Promise<void> {
  cdp.on('Runtime.bindingCalled', ({ name, payload }) => {
    if (name !== '__bench') return;
    const now = Date.now();
    const [kind = '', t = ''] = payload.split(' ');
    if (kind !== 'frames') return on(kind, Number(t), now);
    const times = t.split(',').map(Number);
    const last = times[times.length - 1] ?? 0;
    for (const ms of times) on('frame', ms, now - (last - ms));
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: '__bench' });
}

/** Network-domain stand-ins for Resource Timing entries: wire bytes (with headers) and body bytes. */
function watchNetwork(cdp: CDPSession, out: Entry[]): void {
  const urls = new Map<string, { url: string; nav: boolean; headers: number }>();
  cdp.on('Network.responseReceived', ({ requestId, type, response }) =>
    urls.set(requestId, { url: response.url, nav: type === 'Document', headers: response.encodedDataLength }));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const r = urls.get(requestId);
    if (r) out.push({ url: r.url, nav: r.nav, transfer: encodedDataLength, encoded: encodedDataLength - r.headers });
  });
}

/** Bytes per Resource Timing, or from the Network domain if the page cannot answer in time. */
async function bytes(page: Page, network: Entry[], run: PageRun): Promise<void> {
  const timed = await within(3000, page.evaluate(resourceEntries));
  run.bytesFrom = timed ? 'resource-timing' : 'cdp';
  Object.assign(run, sumBytes(timed ?? network));
}

/** One cold load of one page in a fresh context, CPU throttled (4× in the bench). */
export async function measurePage(browser: Browser, origin: string, bench: BenchPage, caps: Caps): Promise<PageRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const run: PageRun = { firstMarkMs: null, fcpMs: null, transfer: null, encoded: null, byKind: {}, bytesFrom: null, zoomP95Ms: null, zoomFrames: 0, zoomCapped: false, errors: [] };
  page.on('pageerror', (e) => { if (run.errors.length < 5) run.errors.push(e.message.slice(0, 160)); });
  const frames: Frame[] = [];
  const network: Entry[] = [];
  let marked: (t: number) => void = () => undefined;
  const mark = new Promise<number>((ok) => { marked = ok; });
  const cdp = await context.newCDPSession(page);
  watchNetwork(cdp, network);
  await cdp.send('Network.enable');
  await listen(cdp, (kind, t, at) => {
    if (kind === 'mark') marked(t);
    else if (kind === 'fcp') run.fcpMs = t;
    else if (kind === 'frame') frames.push({ t, at });
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: caps.cpuRate });
  // tsx compiles with keepNames, wrapping functions in __name(); functions sent to the page need it too.
  await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await page.addInitScript(probe, { selector: bench.mark, fresh: bench.variant === '?data=' });
  try {
    await page.goto(origin + bench.path.slice(1), { waitUntil: 'commit' });
    run.firstMarkMs = (await within(caps.markMs, mark)) ?? null;
    // Settle: ten smooth frames in a row, so zooming does not overlap start-up work.
    const settleBy = Date.now() + (run.firstMarkMs === null ? 0 : caps.settleMs);
    const smooth = () => frames.length > 10 && frames.slice(-11).every((f, i, a) => i === 0 || f.t - (a[i - 1]?.t ?? 0) < 25);
    while (Date.now() < settleBy && !smooth()) await sleep(100);
    await within(3000, page.waitForLoadState('load'));
    await bytes(page, network, run);
    if (run.firstMarkMs !== null) {
      const start = Date.now();
      const zoomed = await zoom(page, bench, caps.zoomMs);
      if (zoomed === 'busy') run.errors.push(`no zoom input: the page was busy for the whole ${caps.zoomMs / 1000} s window`);
      run.zoomCapped = zoomed !== 'done';
      await sleep(500); // trailing frames: a zoom's last render may land after its input
      const end = Date.now();
      // Frames come in batches: wait for one dated after the end, so every frame before it is in.
      for (const by = end + 3000; Date.now() < by && !frames.some((f) => f.at > end);) await sleep(50);
      const gaps = intervals(frames, start, end);
      run.zoomFrames = gaps.length;
      run.zoomP95Ms = percentile(gaps, 95);
    }
  } catch (error) {
    run.errors.push(error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error));
  } finally {
    await within(10_000, context.close());
  }
  return run;
}

/** A load measured for the 100,000-event targets: no throttling, a click on the first mark as soon as it is there. */
export interface LoadRun {
  firstMarkMs: number | null;
  fcpMs: number | null;
  /** When the event panel opened for the click sent as the first mark appeared (page clock). */
  interactiveMs: number | null;
  /** Peak resident memory of the page's renderer process (its JS heap, DOM, and the dataset worker), bytes. */
  peakRss: number | null;
  /** The main thread's JS heap once loaded, bytes. */
  heapUsed: number | null;
  errors: string[];
}

/** Peak resident set size (VmHWM) of each renderer process, by pid; Linux only (empty elsewhere). */
function rendererPeaks(pids: number[]): number[] {
  return pids.flatMap((pid) => {
    try {
      const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      return kb ? [Number(kb) * 1024] : [];
    } catch {
      return [];
    }
  });
}

/** One cold, unthrottled load of `bench` at 1280×800: first mark, FCP, the first click's answer (`answer`), memory. */
export async function measureLoad(browser: Browser, origin: string, bench: BenchPage, click: { target: string; answer: string }, capMs: number): Promise<LoadRun> {
  const { answer } = click;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const run: LoadRun = { firstMarkMs: null, fcpMs: null, interactiveMs: null, peakRss: null, heapUsed: null, errors: [] };
  page.on('pageerror', (e) => { if (run.errors.length < 5) run.errors.push(e.message.slice(0, 160)); });
  let marked: (t: number) => void = () => undefined;
  let answered: (t: number) => void = () => undefined;
  const mark = new Promise<number>((ok) => { marked = ok; });
  const answeredAt = new Promise<number>((ok) => { answered = ok; });
  const cdp = await context.newCDPSession(page);
  await listen(cdp, (kind, t) => {
    if (kind === 'mark') marked(t);
    else if (kind === 'fcp') run.fcpMs = t;
    else if (kind === 'answer') answered(t);
  });
  await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await page.addInitScript(probe, { selector: bench.mark, answer, fresh: bench.variant === '?data=' });
  const browserCdp = await browser.newBrowserCDPSession();
  try {
    await page.goto(origin + bench.path.slice(1), { waitUntil: 'commit' });
    run.firstMarkMs = (await within(capMs, mark)) ?? null;
    if (run.firstMarkMs !== null) {
      // Sent at once: the browser queues it until the page's main thread takes input.
      // An event mark in view (the first mark may be a cluster, or outside the plot's view).
      await within(capMs, page.locator(click.target).filter({ visible: true }).first().click({ force: true, noWaitAfter: true, timeout: capMs }));
      run.interactiveMs = (await within(capMs, answeredAt)) ?? null;
    }
  } catch (error) {
    run.errors.push(error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error));
  }
  try {
    const heap = await within(5000, cdp.send('Runtime.getHeapUsage'));
    run.heapUsed = heap?.usedSize ?? null;
    const info = await within(5000, browserCdp.send('SystemInfo.getProcessInfo'));
    const peaks = rendererPeaks((info?.processInfo ?? []).filter((p) => p.type === 'renderer').map((p) => p.id));
    run.peakRss = peaks.length ? Math.max(...peaks) : null;
  } catch (error) {
    run.errors.push(error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error));
  } finally {
    await browserCdp.detach().catch(() => undefined);
    await within(10_000, context.close());
  }
  return run;
}
