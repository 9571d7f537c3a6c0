/**
 * Browser-test harness: a static server for the built site and Debian's Chromium driven by
 * playwright-core. Every e2e file uses these, so that launch flags and serving stay in one place.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/chromium';
import { ROW_ID_PREFIX } from '../../src/vertical/rowId';

export const DIST = resolve(import.meta.dirname, '../../dist');

/** The strict CSP the built site must run under (README, "Content Security Policy"). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Options of the static server. */
export interface ServeOptions {
  /** Folder to serve; the built site by default. */
  root?: string;
  /** Extra headers for each response, e.g. a CSP. */
  headers?: (path: string) => Record<string, string>;
  /** Gzip text responses when the client accepts it (for byte measurements). */
  gzip?: boolean;
  /** Answer requests the folder cannot, e.g. a host page or a broken dataset. */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => void>;
}

/** A running server and its base URL (with a trailing slash). */
export interface Served {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/**
 * A file's gzip body, compressed once per version of the file, as a static host or CDN keeps it:
 * compressing 35 MB (100,000 events) at level 9 took ~1 s of every request, which the bench then
 * counted as the page's loading time.
 */
const compressed = new Map<string, { version: string; body: Buffer }>();
function gzipped(file: string): Buffer {
  const { mtimeMs, size } = statSync(file);
  const version = `${mtimeMs}:${size}`;
  const cached = compressed.get(file);
  if (cached?.version === version) return cached.body;
  const body = gzipSync(readFileSync(file), { level: 9 });
  compressed.set(file, { version, body });
  return body;
}

/** Serves a folder on 127.0.0.1 on a free port. */
export async function serve(options: ServeOptions = {}): Promise<Served> {
  const root = options.root ?? DIST;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = options.routes?.[url.pathname];
    if (route) return route(req, res);
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store', ...options.headers?.(path) };
    const accepts = String(req.headers['accept-encoding'] ?? '').includes('gzip');
    if (options.gzip && accepts && /text|json|javascript|svg/.test(type)) {
      const body = gzipped(file);
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': String(body.length) });
      res.end(body);
      return;
    }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () => new Promise<void>((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

/** The events a prerendered page's HTML has a phone row for (src/vertical/rowId.ts), in page order: their ids. */
export function rowEventIds(html: string): string[] {
  return [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!).filter((id) => id.startsWith(ROW_ID_PREFIX)).map((id) => id.slice(ROW_ID_PREFIX.length));
}

/** Launches headless Chromium (scripts/chromium.ts finds it); fails when there is none. */
export async function launch(): Promise<Browser> {
  const browser = await launchChromium();
  if (!browser) throw new Error('No Chromium: install Debian\'s chromium, or set CHROMIUM_PATH');
  return browser;
}

/** Options of a test page. */
export interface PageOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  javaScriptEnabled?: boolean;
  hasTouch?: boolean;
}

/** A fresh context and page; page errors and console errors are collected for assertions. */
export async function open(browser: Browser, options: PageOptions = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'reduce',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    hasTouch: options.hasTouch ?? false,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return { context, page, errors };
}

const AXE_SOURCE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Waits until the app runs on the page: <html data-app="running">, set once it has rendered (or
 * hydrated the prerendered page) and its handlers answer input (src/App.tsx).
 */
export async function appRunning(page: Page): Promise<void> {
  await page.locator('html[data-app="running"]').waitFor({ state: 'attached' });
}

/** One axe-core violation, reduced to what a failing assertion should print. */
export interface AxeViolation { id: string; impact: string | null; help: string; targets: string[] }

/**
 * The rules every browser test runs axe with (DEVELOPERS.md): WCAG 2.0–2.2 A and AA, plus axe's
 * best practices (landmarks, regions, heading order).
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core in the page (the whole document, or only `include` selectors) with AXE_TAGS and
 * returns the violations.
 */
export async function axe(page: Page, include?: string[]): Promise<AxeViolation[]> {
  // Injected through CDP-evaluated source rather than a <script>, so it also runs under the strict
  // CSP; once per document (compiling its 500 kB again at each check costs a suite minutes).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async ({ tags, include }) => {
    const w = window as unknown as { axe: { run: (ctx: object, o: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } };
    const context = include ? { include: include.map((s) => [s]) } : document;
    // Only violations are read: axe then keeps one node per passing rule, not every node it checked.
    const result = await w.axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, { tags: AXE_TAGS, include });
}

const PYM = readFileSync(resolve(import.meta.dirname, '../../node_modules/pym.js/dist/pym.v1.min.js'));

/** Routes every host page in the embed tests needs: NPR's real pym.js, and a quiet favicon. */
export const HOST_ROUTES: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/favicon.ico': (_req, res) => { res.writeHead(204); res.end(); },
  '/pym.v1.min.js': (_req, res) => { res.writeHead(200, { 'content-type': 'text/javascript' }); res.end(PYM); },
};

/** A one-finger swipe from (x, y) by (dx, dy) in `steps` moves, as real touch events through CDP. */
export async function swipe(page: Page, x: number, y: number, dx: number, dy: number, steps = 12): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const point = (px: number, py: number) => [{ x: px, y: py, radiusX: 4, radiusY: 4, force: 1, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(x, y) });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(x + (dx * i) / steps, y + (dy * i) / steps) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/**
 * Starts a two-finger pinch around (x, y), real CDP touch events, its fingers moved `spread` px
 * further apart each (negative: together), and holds it: the gesture runs until the returned
 * function lifts the fingers.
 */
export async function holdPinch(page: Page, x: number, y: number, spread: number, steps = 10): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  const fingers = (d: number) => [{ x: x - 30 - d, y, radiusX: 4, radiusY: 4, force: 1, id: 1 }, { x: x + 30 + d, y, radiusX: 4, radiusY: 4, force: 1, id: 2 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(0) });
  for (let i = 1; i <= steps; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers((spread * i) / steps) });
  return async () => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  };
}

/** Waits for two animation frames of the page: whatever it drew before has been painted. */
export async function painted(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))));
}

/**
 * How many pixels of two same-sized PNG screenshots differ by more than `threshold` (the sum of
 * the red, green and blue differences, 0–765), counted by Chromium in a blank page of `browser`'s
 * (the built site's CSP would refuse images from data: URLs).
 */
export async function differingPixels(browser: Browser, a: Buffer, b: Buffer, threshold = 96): Promise<{ differ: number; total: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const url = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
    return await page.evaluate(async ({ a, b, threshold }) => {
      const pixels = async (src: string) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height).data;
      };
      const [pa, pb] = [await pixels(a), await pixels(b)];
      let differ = 0;
      for (let i = 0; i < pa.length; i += 4) {
        if (Math.abs(pa[i]! - pb[i]!) + Math.abs(pa[i + 1]! - pb[i + 1]!) + Math.abs(pa[i + 2]! - pb[i + 2]!) > threshold) differ++;
      }
      return { differ, total: pa.length / 4 };
    }, { a: url(a), b: url(b), threshold });
  } finally {
    await context.close();
  }
}

/**
 * Moves the mouse over the plot (`plot`, a selector), which loads the gesture layer, and waits until
 * it has loaded: the next gesture's frames are painted on it (Plot.tsx, data-paints-gestures).
 */
export async function gestureLayerReady(page: Page, plot: string): Promise<void> {
  const box = (await page.locator(plot).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, Math.max(box.y, 0) + 10);
  await page.locator(`${plot}[data-paints-gestures]`).waitFor({ state: 'attached' });
}

/** A box on the page, CSS px. */
type Box = { x: number; y: number; width: number; height: number };

/** What gestureFrames saw. */
export interface GestureFrames {
  /** Pixels of the painted part of the plot that differ between the gesture's frame and the plot drawn after it, and all of them. */
  differ: number;
  total: number;
  /** For each band the SVG holds while the canvas paints it: whether it is unseen (not displayed, or transparent). */
  hidden: boolean[];
  /** Whether the SVG's axis was undisplayed while the gesture ran (the canvas painting it), and the canvas's and the plot's boxes then. */
  axisHidden: boolean;
  layerBox: Box;
  plotBox: Box;
  /** d3-zoom's scale before and after the gesture. */
  k: [number, number];
  /** The screenshots compared: during the gesture, and after it. */
  during: Buffer;
  after: Buffer;
}

/**
 * Pinches the plot (`plot`, a selector) open around (x, y) and holds it: while the gesture runs,
 * screenshots the part of the plot its canvas layer paints (GestureLayer.tsx), then lifts the
 * fingers and, once the SVG has drawn the same view, screenshots that part again.
 */
export async function gestureFrames(browser: Browser, page: Page, plot: string, x: number, y: number): Promise<GestureFrames> {
  const k = () => page.evaluate((sel) => (document.querySelector(sel) as SVGSVGElement & { __zoom: { k: number } }).__zoom.k, plot);
  await gestureLayerReady(page, plot);
  const k0 = await k();
  const lift = await holdPinch(page, x, y, 60);
  const layer = page.locator('canvas[data-gesture-layer]');
  await layer.waitFor({ state: 'visible' });
  const hidden = await page.locator(plot).evaluate((svg) => [...svg.querySelectorAll('[data-painted]')].map((g) => {
    const style = getComputedStyle(g);
    return style.display === 'none' || style.opacity === '0';
  }));
  const axisHidden = await page.locator(plot).evaluate((svg) => getComputedStyle(svg.querySelector('[data-axis-unit]')!).display === 'none');
  await painted(page);
  const box = (await layer.boundingBox())!;
  const plotBox = (await page.locator(plot).boundingBox())!;
  const view = page.viewportSize()!;
  const top = Math.max(0, box.y);
  const clip = { x: Math.max(0, box.x), y: top, width: Math.min(view.width, box.x + box.width) - Math.max(0, box.x), height: Math.min(view.height, box.y + box.height) - top };
  const during = await page.screenshot({ clip });
  const plotTop = async () => (await page.locator(plot).boundingBox())!.y;
  const top0 = await plotTop();
  await lift();
  await layer.waitFor({ state: 'hidden' });
  await page.waitForFunction((sel) => !document.querySelector(sel)?.hasAttribute('data-moving'), plot);
  await painted(page);
  // The same part of the plot, wherever the page has moved it (the toolbar's range may now take more lines).
  const after = await page.screenshot({ clip: { ...clip, y: clip.y + (await plotTop()) - top0 } });
  return { ...(await differingPixels(browser, during, after)), hidden, axisHidden, layerBox: box, plotBox, k: [k0, await k()], during, after };
}

/** Waits until the page's scroll position stops changing (momentum, smooth scrolling), and returns it. */
export async function settledScroll(page: Page): Promise<number> {
  let last = -1;
  for (;;) {
    const y = await page.evaluate(() => new Promise<number>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(scrollY)))));
    if (y === last) return y;
    last = y;
  }
}

/** The served site and the Chromium a test file drives. */
export interface Site {
  readonly server: Served;
  readonly browser: Browser;
}

/**
 * Serves dist/ (with `options`) and launches Chromium before the file's tests, and closes both
 * after them. Call at the top of a test file; read `site.server` and `site.browser` inside tests
 * and hooks (they exist once beforeAll has run).
 */
export function servedSite(options: ServeOptions = {}): Site {
  let server: Served | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serve(options);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() { return ready(server, 'the site'); },
    get browser() { return ready(browser, 'Chromium'); },
  };
}

function ready<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`${what} is not ready: use it inside a test or hook`);
  return v;
}

/** The site, a host page's server on another origin, and Chromium, for the embed tests. */
export interface HostedSite {
  readonly browser: Browser;
  /** dist/, the embed's origin. */
  readonly site: Served;
  /** The host pages (and pym.js) on an origin of their own. */
  readonly host: Served;
}

/**
 * Serves dist/ and, on another origin, host pages that embed it (`pages`: path → its HTML, made at
 * each request from the site's address, so a test may change what a page embeds) beside NPR's
 * pym.js; launches Chromium. Before the file's tests; all closed after them.
 */
export function hostedSite(pages: Readonly<Record<string, (siteUrl: string) => string>>): HostedSite {
  let browser: Browser | undefined;
  let site: Served | undefined;
  let host: Served | undefined;
  beforeAll(async () => {
    browser = await launch();
    const served = (site = await serve());
    const routes = Object.fromEntries(Object.entries(pages).map(([path, page]) => [path, (_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(page(served.url));
    }]));
    host = await serve({ routes: { ...HOST_ROUTES, ...routes } });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await host?.close();
  });
  return {
    get browser() { return ready(browser, 'Chromium'); },
    get site() { return ready(site, 'the site'); },
    get host() { return ready(host, 'the host'); },
  };
}

/** Doubles every rem, as a reader's browser text size of 200% does, and waits for the repaint. */
export async function largeText(page: Page): Promise<void> {
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  await painted(page);
}

/**
 * What is wrong with the layout of the elements matching `selector` (visible ones only), in
 * words: an element running off the screen's sides (0..innerWidth), text clipped by its own box (a text field's own scrolling aside)
 * (scrollWidth beyond clientWidth: "Quote 7 of 8" truncated to "("), a word split across lines
 * ("SATU / RDAY,"), and a box of `scroller` that scrolls sideways. Empty when all is well.
 */
export function layoutFaults(page: Page, selector: string, scroller = 'html'): Promise<string[]> {
  return page.evaluate(({ selector, scroller }) => {
    const out: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}”`;
    for (const box of document.querySelectorAll(scroller)) {
      if (box.scrollWidth > box.clientWidth + 1) out.push(`${box.tagName.toLowerCase()} scrolls sideways (${box.scrollWidth} > ${box.clientWidth} px)`);
    }
    const range = document.createRange();
    for (const el of document.querySelectorAll(selector)) {
      const r = el.getBoundingClientRect();
      if (!el.getClientRects().length || r.width === 0 || el.closest('.sr-only')) continue;
      if (r.left < -0.5 || r.right > innerWidth + 0.5) out.push(`${name(el)} runs off screen (x ${Math.round(r.left)}–${Math.round(r.right)} of ${innerWidth})`);
      if (el instanceof HTMLElement && !['SELECT', 'INPUT', 'TEXTAREA'].includes(el.tagName) && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') {
        out.push(`${name(el)} is clipped (${el.scrollWidth} px of text in ${el.clientWidth} px)`);
      }
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('.sr-only')) continue;
        for (const m of (node.textContent ?? '').matchAll(/\S+/g)) {
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.top)));
          if (lines.size > 1) out.push(`“${m[0]}” in ${name(el)} is split across ${lines.size} lines`);
        }
      }
    }
    return out;
  }, { selector, scroller });
}
