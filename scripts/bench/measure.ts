/**
 * One measured page load: time to the first event mark, bytes on the wire, and frame intervals
 * while zooming. Timestamps are taken in the page (performance.now(), whose origin is the start
 * of navigation) and pushed to Node through an exposed binding, so nothing depends on polling,
 * and a main thread stuck in a long task still shows up, as silence, on the Node side.
 */
import type { Browser, Page } from 'playwright-core';
import type { BenchPage } from './peers';

/** What one run of one page gave; null where the page never got that far. */
export interface PageRun {
  firstMarkMs: number | null;
  transfer: number | null;
  encoded: number | null;
  /** Bytes by kind (html, js, css, json, font, other): [transferSize, encodedBodySize]. */
  byKind: Record<string, [number, number]>;
  zoomP95Ms: number | null;
  zoomFrames: number;
  /** True when the zoom script ran out of time before all its steps were taken. */
  zoomCapped: boolean;
  errors: string[];
}

export interface Caps { markMs: number; settleMs: number; zoomMs: number; cpuRate: number }

interface Frame { t: number; at: number }
type Probe = { __bench?: (payload: string) => void };

/** Runs in the page before any of its scripts: reports the first mark, then every frame. */
function probe(selector: string): void {
  const send = (kind: string, t: number) => (window as unknown as Probe).__bench?.(`${kind} ${t}`);
  const found = () => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    send('mark', performance.now());
    const frame = (t: number) => { send('frame', t); requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
  };
  const observer = new MutationObserver(found);
  observer.observe(document, { childList: true, subtree: true });
}

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** Resolves to undefined after `ms` instead of waiting on a page whose main thread may never come back. */
async function within<T>(ms: number, work: Promise<T>): Promise<T | undefined> {
  work.catch(() => undefined); // an abandoned step may reject later, when its context closes
  return Promise.race([work, sleep(ms).then(() => undefined)]);
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? null;
}

function kindOf(url: string, navigation: boolean): string {
  if (navigation) return 'html';
  const ext = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(new URL(url).pathname)?.[1]?.toLowerCase() ?? '';
  if (ext === 'js' || ext === 'mjs') return 'js';
  if (ext === 'css' || ext === 'json' || ext === 'html') return ext;
  return /^(woff2?|ttf|otf)$/.test(ext) || url.includes('fonts.g') ? 'font' : 'other';
}

/** Where to wheel (the plot's centre) or what to click (TimelineJS's zoom buttons), in page pixels. */
async function zoomTargets(page: Page, bench: BenchPage): Promise<{ x: number; y: number }[]> {
  return page.evaluate(({ app, mark }) => {
    const centre = (el: Element | null | undefined) => {
      const r = el?.getBoundingClientRect();
      return r ? { x: r.left + r.width / 2, y: Math.min(r.top + r.height / 2, innerHeight - 20) } : null;
    };
    let els: (Element | null | undefined)[];
    if (app === 'timelinejs') {
      els = ['.tl-icon-zoom-in', '.tl-icon-zoom-out'].map((s) => document.querySelector(s)?.closest('button, .tl-menubar-button'));
    } else if (app === 'vis') {
      els = [document.querySelector('.vis-panel.vis-center')];
    } else {
      // Our plot: the SVG (or failing that the element) the first mark is drawn in.
      const m = document.querySelector(mark);
      els = [m?.closest('svg') ?? m?.parentElement];
    }
    return els.map(centre).filter((p): p is { x: number; y: number } => p !== null);
  }, { app: bench.app, mark: bench.mark });
}

/**
 * Zooms by 30 steps alternating five in, five out (so the view stays near where it started):
 * ctrl + wheel over the plot for ours and vis, the zoom buttons for TimelineJS. Steps are paced at
 * ~50 ms, like a reader's wheel; each waits for the page only until the cap, then the script stops.
 */
async function zoom(page: Page, bench: BenchPage, capMs: number): Promise<boolean> {
  const targets = await zoomTargets(page, bench);
  const [first, second] = targets;
  if (!first || (bench.app === 'timelinejs' && !second)) throw new Error(`no zoom target on ${bench.path}`);
  const deadline = Date.now() + capMs;
  if (bench.app !== 'timelinejs') {
    await page.mouse.move(first.x, first.y);
    await page.keyboard.down('Control');
  }
  for (let i = 0; i < 30; i++) {
    const zoomIn = Math.floor(i / 5) % 2 === 0;
    const step = bench.app === 'timelinejs'
      ? page.mouse.click(...xy(zoomIn ? first : (second ?? first)))
      : page.mouse.wheel(0, zoomIn ? -100 : 100);
    const left = deadline - Date.now();
    if (left <= 0 || (await within(left, step.then(() => true))) === undefined) return true;
    await sleep(50);
  }
  if (bench.app !== 'timelinejs') await within(2000, page.keyboard.up('Control'));
  return false;
}

const xy = (p: { x: number; y: number }): [number, number] => [p.x, p.y];

/** One cold load of one page in a fresh context, CPU throttled (4× in the bench). */
export async function measurePage(browser: Browser, origin: string, bench: BenchPage, caps: Caps): Promise<PageRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const run: PageRun = { firstMarkMs: null, transfer: null, encoded: null, byKind: {}, zoomP95Ms: null, zoomFrames: 0, zoomCapped: false, errors: [] };
  page.on('pageerror', (e) => { if (run.errors.length < 5) run.errors.push(e.message.slice(0, 200)); });
  const frames: Frame[] = [];
  let marked: (t: number) => void = () => undefined;
  const mark = new Promise<number>((ok) => { marked = ok; });
  // A raw CDP binding, not page.exposeFunction: that one answers every call with an evaluate in
  // the page, which at one call per frame would load the very main thread being measured.
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.bindingCalled', ({ name, payload }) => {
    if (name !== '__bench') return;
    const [kind, t] = payload.split(' ');
    if (kind === 'mark') marked(Number(t));
    else frames.push({ t: Number(t), at: Date.now() });
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: '__bench' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: caps.cpuRate });
  // tsx compiles with keepNames, wrapping functions in __name(); functions sent to the page need it too.
  await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await page.addInitScript(probe, bench.mark);
  try {
    await page.goto(origin + bench.path.slice(1), { waitUntil: 'commit' });
    run.firstMarkMs = (await within(caps.markMs, mark)) ?? null;
    // Settle: wait for ten smooth frames in a row, so zooming does not overlap start-up work.
    const settleBy = Date.now() + (run.firstMarkMs === null ? 0 : caps.settleMs);
    while (Date.now() < settleBy && !smooth(frames.slice(-11))) await sleep(100);
    await within(3000, page.waitForLoadState('load'));
    const entries = await within(10_000, page.evaluate(() =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => {
        const r = e as PerformanceResourceTiming;
        return { name: r.name, nav: r.entryType === 'navigation', transfer: r.transferSize, encoded: r.encodedBodySize };
      })));
    if (entries) {
      run.transfer = run.encoded = 0;
      for (const e of entries) {
        const kind = kindOf(e.name, e.nav);
        const sums = (run.byKind[kind] ??= [0, 0]);
        sums[0] += e.transfer;
        sums[1] += e.encoded;
        run.transfer += e.transfer;
        run.encoded += e.encoded;
      }
    }
    if (run.firstMarkMs !== null) {
      const start = Date.now();
      run.zoomCapped = await zoom(page, bench, caps.zoomMs);
      await sleep(500); // trailing frames: a zoom's last render may land after its input
      const end = Date.now();
      const inWindow = frames.filter((f) => f.at >= start && f.at <= end);
      const before = frames.filter((f) => f.at < start).at(-1);
      const series = before ? [before, ...inWindow] : inWindow;
      const intervals = series.slice(1).map((f, i) => f.t - (series[i]?.t ?? f.t));
      // A frame still pending at the end is a gap of at least this long.
      const last = series.at(-1);
      if (last && end - last.at > 50) intervals.push(end - last.at);
      run.zoomFrames = intervals.length;
      run.zoomP95Ms = percentile(intervals, 95);
    }
  } catch (error) {
    run.errors.push(error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error));
  } finally {
    await within(10_000, context.close());
  }
  return run;
}

function smooth(last: Frame[]): boolean {
  if (last.length < 11) return false;
  return last.slice(1).every((f, i) => f.t - (last[i]?.t ?? 0) < 25);
}
