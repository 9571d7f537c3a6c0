/**
 * `npm run bench`: our timeline against vis-timeline and TimelineJS 3 on the same events, in
 * headless Chromium throttled 4×, served gzipped: in-page first mark and FCP, bytes, zoom p95;
 * then the 100,000-event load unthrottled (first mark, first click answered, memory), and
 * Lighthouse (mobile) on the story page and the embed. The story and 1,000 events are loaded both
 * as a site built for them (prerendered, as a newsroom publishes a story) and through
 * app.html?data=. Prints tables (report.ts) and writes bench-results/results.json.
 * Options: --runs=3  --only=ours,vis,timelinejs  --sizes=story,1000,10000,100000  --cpu=4  --no-build
 *          --scales=time,gaps,sequential (ours is also measured on each story scale; --scales= for none)
 *          --lanes=people,topics (and in each layout of lanes by person or topic; --lanes= for none)
 *          --no-lighthouse  --lighthouse-runs=N (default: --runs)
 * 100,000 events: ours only (the peers take minutes or never draw at 10,000).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RawDataset } from '../../src/dataset/raw';
import { parseDatasetText } from '../../src/dataset/parseText';
import { launch, serve } from '../../tests/e2e/harness';
import { measureLoad, measurePage, type LoadRun, type PageRun } from './drive';
import { runLighthouse, type LighthouseRun } from './lighthouse';
import { linkPeerPackages, writeBenchPages } from './peers';
import { fmtMs, kib, report, type LighthouseRow, type LoadRow, type Row } from './report';
import { syntheticDataset } from './synthetic';

const ROOT = resolve(import.meta.dirname, '../..');
const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const RUNS = Number(arg('runs', '3'));
const ONLY = arg('only', 'ours,vis,timelinejs').split(',');
const SIZES = arg('sizes', 'story,1000,10000,100000').split(',');
const LIGHTHOUSE = !process.argv.includes('--no-lighthouse');
const LIGHTHOUSE_RUNS = Number(arg('lighthouse-runs', String(RUNS)));
/** Sizes from which only ours is measured. */
const OURS_ONLY_FROM = 100_000;
/**
 * Sizes up to which ours is also measured as a site built for the dataset (prerendered), beside its
 * `?data=` load: the prerender writes a page per event, ~65 ms each here, so 10,000 would add minutes.
 */
const BUILT_UP_TO = 1_000;
const SCALES = arg('scales', 'time,gaps,sequential').split(',').filter(Boolean);
const LANES = arg('lanes', 'people,topics').split(',').filter(Boolean);
/** The views ours is also zoomed in: each story scale and each lane layout, as URL parameters. */
const VIEWS = [...SCALES.map((s) => `scale=${s}`), ...LANES.map((l) => `lanes=${l}`)];
// Caps keep a peer that locks up (TimelineJS at 10,000 events) from hanging the bench.
const CAPS = { markMs: 60_000, settleMs: 3_000, zoomMs: 10_000, cpuRate: Number(arg('cpu', '4')) };
/** What the 100,000-event load clicks (an event mark), and what the click opens (the event panel's heading). */
const CLICK = { target: '[data-event-id^="syn-"]', answer: '#panel-title' };
const log = (s: string) => process.stderr.write(`${s}\n`);
const began = Date.now();

/** Builds the site as the project does; returns why it failed, or null. */
function build(): string | null {
  for (const cmd of [['vite', 'build'], ['tsx', 'scripts/prerender.ts']]) {
    const r = spawnSync('npx', cmd, { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) return `${cmd.join(' ')} failed: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ')}`;
  }
  return null;
}

/**
 * Our site built for a synthetic dataset as the README publishes another story (its timeline.json
 * in place of the story's, then prerendered): Vite's build into the served folder, the dataset
 * written over the story's, `scripts/prerender.ts --dist`. Also with --no-build (the prerender needs
 * Vite's page, which dist/'s prerender has filled). Returns the folder's name there, or null
 * (logged) if a step failed.
 */
function buildFor(size: string, data: RawDataset): string | null {
  const name = `app-${size}`;
  const dir = join(served, name);
  const t0 = Date.now();
  const run = (cmd: string[]) => {
    const r = spawnSync('npx', cmd, { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) log(`the ${size}-event site could not be built (${cmd.slice(0, 2).join(' ')}), so only its ?data= load is measured: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ')}`);
    return r.status === 0;
  };
  if (!run(['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'])) return null;
  writeFileSync(join(dir, 'timeline.json'), JSON.stringify(data));
  if (!run(['tsx', 'scripts/prerender.ts', '--dist', dir])) return null;
  log(`built the ${size}-event site: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return name;
}

/** Median, with a run that never got there counting as the slowest; null if most runs never did. */
function median(values: (number | null)[]): number | null {
  const sorted = values.map((v) => v ?? Infinity).sort((a, b) => a - b);
  const m = sorted[Math.floor((sorted.length - 1) / 2)];
  return m === undefined || m === Infinity ? null : m;
}

const load0 = loadavg()[0] ?? 0;
const buildError = process.argv.includes('--no-build')
  ? (existsSync(join(ROOT, 'dist/index.html')) ? null : 'dist/ is missing and --no-build was given')
  : build();
log(`build: ${((Date.now() - began) / 1000).toFixed(0)} s`);
if (buildError) log(`our app did not build, so only the peers are measured: ${buildError}`);
const served = mkdtempSync(join(tmpdir(), 'bench-'));
// A copy, not the live dist/: another helper's rebuild mid-bench must not change what is measured.
if (!buildError) cpSync(join(ROOT, 'dist'), join(served, 'app'), { recursive: true });
linkPeerPackages(served);

const rows: Row[] = [];
const loads: LoadRow[] = [];
const lighthouseRows: LighthouseRow[] = [];
const server = await serve({ root: served, gzip: true });
const browser = await launch();
const chromium = browser.version();
try {
  for (const size of SIZES) {
    const data: RawDataset = size === 'story'
      ? JSON.parse(readFileSync(join(ROOT, buildError ? 'data' : 'dist', 'timeline.json'), 'utf8')) as RawDataset
      : syntheticDataset(Number(size));
    const parsed = await parseDatasetText(JSON.stringify(data));
    if (!parsed.ok) throw new Error(`the ${size} dataset is not valid: ${parsed.issues[0]?.path}: ${parsed.issues[0]?.message}`);
    const peers = !(Number(size) >= OURS_ONLY_FROM);
    const built = size !== 'story' && Number(size) <= BUILT_UP_TO && !buildError && ONLY.includes('ours') ? buildFor(size, data) : null;
    const pages = writeBenchPages(served, size, data, peers, built).flatMap((page, i) => page.app !== 'ours' || i > 0 || !peers ? [{ ...page, view: '' }] : [
      { ...page, view: '' },
      // The same page on each story scale and lane layout: zoom must stay within the frame in every one.
      ...VIEWS.map((view) => ({ ...page, view, path: `${page.path}${page.path.includes('?') ? '&' : '?'}${view}` })),
    ]);
    // Every file compressed once before anything is timed, as a static host serves it (harness.ts).
    for (const file of readdirSync(join(served, 'bench-data'))) await (await fetch(`${server.url}bench-data/${file}`)).arrayBuffer();
    // Runs go round the pages (run 1 of every page, then run 2, …) rather than page by page: a
    // machine whose speed drifts during the bench (other work, CPU frequency) then slows every app
    // alike, and the ratios between them hold.
    const measured = pages.filter((page) => ONLY.includes(page.app) && !(page.app === 'ours' && buildError))
      .map((page) => ({ page, runs: [] as PageRun[], note: '', label: [page.app, page.variant, page.view].filter(Boolean).join('·') }));
    for (let i = 0; i < RUNS; i++) {
      for (const m of measured) {
        // A page that showed nothing within the cap will not on a second try; save the minutes.
        if (m.runs.some((r) => r.firstMarkMs === null)) continue;
        const t0 = Date.now();
        const run = await measurePage(browser, server.url, m.page, CAPS);
        m.runs.push(run);
        log(`${size.padStart(6)} ${m.label.padEnd(22)} run ${i + 1}: mark ${fmtMs(run.firstMarkMs)}, FCP ${fmtMs(run.fcpMs)}, zoom p95 ${fmtMs(run.zoomP95Ms)}` +
          ` (${run.zoomFrames} intervals${run.zoomCapped ? ', capped' : ''}), ${kib(run.transfer)}${run.bytesFrom === 'cdp' ? ' (cdp)' : ''}` +
          `, ${((Date.now() - t0) / 1000).toFixed(0)} s${run.errors.length ? `, errors: ${run.errors.join(' / ')}` : ''}`);
        if (run.firstMarkMs === null) m.note = `no mark within ${CAPS.markMs / 1000} s (run ${i + 1} of ${RUNS}; not repeated)`;
      }
    }
    for (const { page, runs, note: first } of measured) {
      let note = first;
      if (runs.some((r) => r.zoomCapped)) note ||= `zoom stopped at the ${CAPS.zoomMs / 1000} s cap; p95 is a lower bound`;
      if (runs.some((r) => r.bytesFrom === 'cdp')) note += `${note ? '; ' : ''}bytes from CDP Network (page too busy for Resource Timing)`;
      rows.push({
        dataset: size, events: data.events.length, app: page.app, variant: page.variant ?? '', view: page.view, runs, note, byKind: runs[0]?.byKind ?? {},
        firstMarkMs: median(runs.map((r) => r.firstMarkMs)),
        fcpMs: median(runs.map((r) => r.fcpMs)),
        transfer: median(runs.map((r) => r.transfer)),
        encoded: median(runs.map((r) => r.encoded)),
        zoomP95Ms: median(runs.map((r) => r.zoomP95Ms)),
      });
    }
    // The 100,000-event targets are for an unthrottled machine: first mark, first click answered, memory.
    const big = pages.find((p) => p.app === 'ours' && !p.view);
    if (!peers && big && ONLY.includes('ours') && !buildError) {
      const runs: LoadRun[] = [];
      for (let i = 0; i < RUNS; i++) {
        const run = await measureLoad(browser, server.url, big, CLICK, CAPS.markMs);
        runs.push(run);
        log(`${size.padStart(6)} ours unthrottled  run ${i + 1}: mark ${fmtMs(run.firstMarkMs)}, FCP ${fmtMs(run.fcpMs)}, click answered ${fmtMs(run.interactiveMs)}` +
          `, peak RSS ${run.peakRss === null ? '—' : `${(run.peakRss / 2 ** 20).toFixed(0)} MiB`}${run.errors.length ? `, errors: ${run.errors.join(' / ')}` : ''}`);
      }
      loads.push({
        dataset: size, events: data.events.length, runs,
        firstMarkMs: median(runs.map((r) => r.firstMarkMs)), fcpMs: median(runs.map((r) => r.fcpMs)),
        interactiveMs: median(runs.map((r) => r.interactiveMs)), peakRss: median(runs.map((r) => r.peakRss)), heapUsed: median(runs.map((r) => r.heapUsed)),
      });
    }
  }
  if (LIGHTHOUSE && !buildError && ONLY.includes('ours')) {
    for (const [name, path] of [['story page', 'app/index.html'], ['embed', 'app/embed.html']] as const) {
      const runs: LighthouseRun[] = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        const t0 = Date.now();
        const run = await runLighthouse(server.url + path);
        runs.push(run);
        log(`lighthouse ${name.padEnd(10)} run ${i + 1}: ${run.error ?? `score ${run.score}, TBT ${fmtMs(run.tbtMs)}, LCP ${fmtMs(run.lcpMs)}, FCP ${fmtMs(run.fcpMs)}, CLS ${run.cls?.toFixed(3)}`}, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      }
      // The median run by score, whole (medians taken metric by metric would mix runs); failed runs count lowest.
      const mid = [...runs].sort((a, b) => (b.score ?? -1) - (a.score ?? -1))[Math.floor((runs.length - 1) / 2)];
      lighthouseRows.push({ page: name, runs, score: mid?.score ?? null, tbtMs: mid?.tbtMs ?? null, lcpMs: mid?.lcpMs ?? null, fcpMs: mid?.fcpMs ?? null, cls: mid?.cls ?? null });
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(served, { recursive: true, force: true });
}

const { text, ratios, targets } = report({ rows, loads, lighthouse: lighthouseRows }, SIZES, CAPS);
// Other work on the machine slows every app alike but adds noise; the load average says how much.
const load = `load average ${load0.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end`;
console.log(`\nHeadless Chromium ${chromium}, CPU throttled ${CAPS.cpuRate}× (except where said), gzip; median of ${RUNS} runs; ratios are ours / peer.\n`);
console.log(text);
console.log(`\nFinished in ${((Date.now() - began) / 1000).toFixed(0)} s; ${load}.`);
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results', 'results.json'), JSON.stringify({
  date: new Date().toISOString(), chromium, cpuThrottle: CAPS.cpuRate, runs: RUNS, caps: CAPS, buildError, load, rows, loads, lighthouse: lighthouseRows, ratios, targets,
}, null, 2) + '\n');
console.log('Wrote bench-results/results.json');
