/**
 * `npm run bench`: our timeline against vis-timeline and TimelineJS 3 on the same events, in
 * headless Chromium throttled 4×, served gzipped. Prints a table (report.ts) and writes
 * bench-results/results.json.
 * Options: --runs=3  --only=ours,vis,timelinejs  --sizes=story,1000,10000  --cpu=4  --no-build
 *          --scales=time,gaps,sequential (ours is also measured on each story scale; --scales= for none)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RawDataset } from '../../src/dataset/raw';
import { parseDatasetText } from '../../src/dataset/parseText';
import { launch, serve } from '../../tests/e2e/harness';
import { measurePage, type PageRun } from './drive';
import { linkPeerPackages, writeBenchPages } from './peers';
import { fmtMs, kib, report, type Row } from './report';
import { syntheticDataset } from './synthetic';

const ROOT = resolve(import.meta.dirname, '../..');
const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const RUNS = Number(arg('runs', '3'));
const ONLY = arg('only', 'ours,vis,timelinejs').split(',');
const SIZES = arg('sizes', 'story,1000,10000').split(',');
const SCALES = arg('scales', 'time,gaps,sequential').split(',').filter(Boolean);
// Caps keep a peer that locks up (TimelineJS at 10,000 events) from hanging the bench.
const CAPS = { markMs: 60_000, settleMs: 3_000, zoomMs: 10_000, cpuRate: Number(arg('cpu', '4')) };
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
    const pages = writeBenchPages(served, size, data).flatMap((page) => page.app !== 'ours' ? [{ ...page, scale: '' }] : [
      { ...page, scale: '' },
      // The same page on each story scale: zoom must stay within the frame on every one.
      ...SCALES.map((scale) => ({ ...page, scale, path: `${page.path}${page.path.includes('?') ? '&' : '?'}scale=${scale}` })),
    ]);
    for (const page of pages) {
      if (!ONLY.includes(page.app) || (page.app === 'ours' && buildError)) continue;
      const runs: PageRun[] = [];
      let note = '';
      for (let i = 0; i < RUNS; i++) {
        const t0 = Date.now();
        const run = await measurePage(browser, server.url, page, CAPS);
        runs.push(run);
        log(`${size.padStart(6)} ${(page.scale ? `${page.app}·${page.scale}` : page.app).padEnd(16)} run ${i + 1}: mark ${fmtMs(run.firstMarkMs)}, zoom p95 ${fmtMs(run.zoomP95Ms)}` +
          ` (${run.zoomFrames} intervals${run.zoomCapped ? ', capped' : ''}), ${kib(run.transfer)}${run.bytesFrom === 'cdp' ? ' (cdp)' : ''}` +
          `, ${((Date.now() - t0) / 1000).toFixed(0)} s${run.errors.length ? `, errors: ${run.errors.join(' / ')}` : ''}`);
        // A page that showed nothing within the cap will not on a second try; save the minutes.
        if (run.firstMarkMs === null) { note = `no mark within ${CAPS.markMs / 1000} s (run ${i + 1} of ${RUNS}; not repeated)`; break; }
      }
      if (runs.some((r) => r.zoomCapped)) note ||= `zoom stopped at the ${CAPS.zoomMs / 1000} s cap; p95 is a lower bound`;
      if (runs.some((r) => r.bytesFrom === 'cdp')) note += `${note ? '; ' : ''}bytes from CDP Network (page too busy for Resource Timing)`;
      rows.push({
        dataset: size, events: data.events.length, app: page.app, scale: page.scale, runs, note, byKind: runs[0]?.byKind ?? {},
        firstMarkMs: median(runs.map((r) => r.firstMarkMs)),
        transfer: median(runs.map((r) => r.transfer)),
        encoded: median(runs.map((r) => r.encoded)),
        zoomP95Ms: median(runs.map((r) => r.zoomP95Ms)),
      });
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(served, { recursive: true, force: true });
}

const { text, ratios, targets } = report(rows, SIZES, CAPS);
// Other work on the machine slows every app alike but adds noise; the load average says how much.
const load = `load average ${load0.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end`;
console.log(`\nHeadless Chromium ${chromium}, CPU throttled ${CAPS.cpuRate}×, gzip; median of ${RUNS} runs; ratios are ours / peer.\n`);
console.log(text);
console.log(`\nFinished in ${((Date.now() - began) / 1000).toFixed(0)} s; ${load}.`);
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results', 'results.json'), JSON.stringify({
  date: new Date().toISOString(), chromium, cpuThrottle: CAPS.cpuRate, runs: RUNS, caps: CAPS, buildError, load, rows, ratios, targets,
}, null, 2) + '\n');
console.log('Wrote bench-results/results.json');
