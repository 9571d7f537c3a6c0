/**
 * Not a test: times zoom frames with 10,000 events in Chromium under 4× CPU throttling while
 * ctrl + wheel is scripted over the plot, and prints the p50/p95/max frame intervals.
 * Run after a build: `npx tsx scripts/bench/timeline-zoom-frames.ts [events]`.
 * Environment: QUERY, more of the page's address (`&lanes=people`, `&scale=sequential`);
 * DATA=bench, the bench's newsroom-like events (people with long titles, spans) instead of the
 * tests'; TRACE=1, main-thread time by kind; PROFILE=1, script by function; RATE, the throttling.
 */
import { launch, open, serve } from '../../tests/e2e/harness';
import { syntheticDataset } from '../../tests/e2e/timeline-synthetic';
import { syntheticDataset as benchDataset } from './synthetic';

const n = Number(process.argv[2] ?? 10_000);
const body = JSON.stringify(process.env.DATA === 'bench' ? benchDataset(n) : syntheticDataset(n));
const server = await serve({
  routes: { '/big.json': (_q, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(body); } },
});
const browser = await launch();
try {
  const { page, context } = await open(browser, { width: 1280, height: 800, reducedMotion: 'no-preference' });
  await page.goto(`${server.url}?data=/big.json${process.env.QUERY ?? ''}`);
  const plot = page.locator('section.timeline svg[role="group"]');
  await plot.locator('[data-cluster], [data-event-id]').first().waitFor({ state: 'attached' });
  if (process.env.STYLE) await page.addStyleTag({ content: process.env.STYLE });
  if (process.env.HIDE_LIST === '1') await page.addStyleTag({ content: 'section[aria-labelledby="events"] { display: none }' });
  // Let the app finish its first render of the list (not part of zooming) before measuring.
  await page.waitForTimeout(3000);
  const cdp = await context.newCDPSession(page);
  const profile = process.env.PROFILE === '1';
  if (profile) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.start'); }
  // TRACE=1: sum the renderer's main-thread work by kind (script, style, layout, paint, …).
  const trace = process.env.TRACE === '1';
  const traceEvents: { name: string; ph: string; dur?: number; tid: number; pid: number }[] = [];
  if (trace) {
    cdp.on('Tracing.dataCollected', (e) => traceEvents.push(...(e.value as unknown as typeof traceEvents)));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.RATE ?? 4) });
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const m0 = await metrics();
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 3);

  // Frame intervals from requestAnimationFrame while the wheel is driven; also the DOM size.
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  await page.evaluate(`(() => {
    window.frames_ = []; window.stop_ = false; let last = performance.now();
    const tick = (now) => { window.frames_.push(now - last); if (now - last > 100) console.log('long frame', Math.round(now - last), 'at', Math.round(now)); last = now; if (!window.stop_) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  if (process.env.VERBOSE === '1') page.on('console', (m) => console.log(m.text()));
  const mark = (what: string) => page.evaluate(`console.log(${JSON.stringify(what)}, Math.round(performance.now()))`);
  await mark('zoom in');
  await page.keyboard.down('Control');
  let maxMarks = 0;
  for (const dir of [-1, 1]) {
    await mark(dir < 0 ? 'zooming in' : 'zooming out');
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, dir * 60);
      if (i % 10 === 0) maxMarks = Math.max(maxMarks, await page.locator('[data-event-id]').count());
    }
  }
  await page.keyboard.up('Control');
  await mark('panning');
  // Pan by horizontal wheel as well.
  for (let i = 0; i < 30; i++) await page.mouse.wheel(80, 0);
  const frames = (await page.evaluate('(() => { window.stop_ = true; return window.frames_.slice(2); })()')) as number[];
  const m1 = await metrics();
  if (trace) {
    const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.end');
    await done;
    // The renderer main thread is the one running "EventDispatch"/"FunctionCall".
    const main = traceEvents.find((e) => e.name === 'FunctionCall');
    const sums = new Map<string, number>();
    for (const e of traceEvents) {
      if (!main || e.tid !== main.tid || e.pid !== main.pid || e.ph !== 'X' || !e.dur) continue;
      sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
    }
    console.log([...sums].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
  }
  const d = (k: string) => `${k.replace('Duration', '')} ${((m1[k]! - m0[k]!) * 1000).toFixed(0)} ms`;
  console.log(['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'].map(d).join(', '), `layouts ${m1.LayoutCount! - m0.LayoutCount!}`);
  if (profile) {
    const { profile: prof } = await cdp.send('Profiler.stop');
    const self = new Map<string, number>();
    const dt = prof.timeDeltas ?? [];
    const byId = new Map(prof.nodes.map((nd) => [nd.id, nd]));
    (prof.samples ?? []).forEach((id, i) => {
      const nd = byId.get(id)!;
      const key = `${nd.callFrame.functionName || '(anon)'} ${nd.callFrame.url.split('/').pop()}:${nd.callFrame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    });
    console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0)} ms ${k}`).join('\n'));
  }
  frames.sort((a, b) => a - b);
  const q = (p: number) => frames[Math.min(frames.length - 1, Math.floor(p * frames.length))]!.toFixed(1);
  console.log(`${n} events, ${process.env.RATE ?? 4}× CPU throttle: ${frames.length} frames; p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1 - 1e-9)} ms; at most ${maxMarks} [data-event-id] in the DOM`);
} finally {
  await browser.close();
  await server.close();
}
