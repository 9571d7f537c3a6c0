// Scratch: the bench's zoom on a page, with a trace of each long frame.
import { launch, open, serve, appRunning } from '../../tests/e2e/harness';
const QUERY = process.env.Q ?? '?scale=gaps';
const server = await serve();
const browser = await launch();
type TE = { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: Record<string, unknown> };
try {
  for (let run = 0; run < Number(process.env.N ?? 1); run++) {
  const { page, context } = await open(browser, { width: Number(process.env.W ?? 1280), height: 800, reducedMotion: 'no-preference' });
  await page.goto(`${server.url}${QUERY}`);
  await appRunning(page);
  if (process.env.STYLE) await page.evaluate((css) => { const s = new CSSStyleSheet(); s.replaceSync(css); document.adoptedStyleSheets = [...document.adoptedStyleSheets, s]; }, process.env.STYLE);
  await page.waitForTimeout(1500);
  const cdp = await context.newCDPSession(page);
  const events: TE[] = [];
  const trace = !process.env.NOTRACE;
  if (trace) {
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TE[])));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8.execute', transferMode: 'ReportEvents' });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const prof = !!process.env.PROF;
  if (prof) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
  await page.evaluate(`(() => { window.fr_ = []; const f = (t) => { window.fr_.push(t); if (!window.stop_) requestAnimationFrame(f); }; requestAnimationFrame(f);
  })()`);
  const plot = page.locator('section.timeline svg[role="group"]').first();
  const box = (await plot.boundingBox())!;
  const a = { x: box.x + box.width * 0.5, y: box.y + box.height / 3 };
  await page.mouse.move(a.x, a.y);
  await page.keyboard.down('Control');
  const t0 = await page.evaluate('performance.now()') as number;
  for (let i = 0; i < 30; i++) {
    const zoomIn = Math.floor(i / 5) % 2 === 0;
    await page.evaluate(`performance.mark('step${i}')`);
    await page.mouse.wheel(0, zoomIn ? -100 : 100);
    await new Promise((r) => setTimeout(r, 50));
  }
  await page.keyboard.up('Control');
  await new Promise((r) => setTimeout(r, 500));
  if (prof) {
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const win = Number(process.env.PROF);
    let t = profile.startTime; const self = new Map<string, number>(); const incl = new Map<string, number>();
    const tStart = profile.startTime;
    (profile.samples ?? []).forEach((id, i) => {
      t += profile.timeDeltas![i]!;
      if (win > 0 && (t - tStart) / 1000 > win) return;
      const n = byId.get(id)!;
      const key = (nd: typeof n) => `${nd.callFrame.functionName || '(anon)'} ${nd.callFrame.url.split('/').pop()}:${nd.callFrame.lineNumber}:${nd.callFrame.columnNumber}`;
      const dt = (profile.timeDeltas![i + 1] ?? 0) / 1000;
      self.set(key(n), (self.get(key(n)) ?? 0) + dt);
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) { const k = key(byId.get(cur)!); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + dt); } }
    });
    console.log('SELF\n' + [...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)} ${k}`).join('\n'));
    console.log('INCL\n' + [...incl].sort((a, b) => b[1] - a[1]).slice(0, 400).map(([k, v]) => `${v.toFixed(1)} ${k}`).join('\n'));
  }
  const fr = (await page.evaluate('(() => { window.stop_ = true; return window.fr_; })()')) as number[];
  const gaps = fr.slice(1).map((t, i) => [fr[i]!, t - fr[i]!] as const).filter(([t]) => t > t0);
  const sorted = gaps.map((g) => g[1]).sort((x, y) => x - y);
  console.log(`${QUERY}: ${sorted.length} frames, p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)}, p95 ${sorted[Math.ceil(sorted.length * 0.95) - 1]!.toFixed(1)}, >20ms: ${sorted.filter((g) => g > 20).length}`);
  if (trace) {
    const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.end');
    await done;
    if (process.env.SAVE) (await import('node:fs')).writeFileSync(`${process.env.SAVE}-${run}.json`, JSON.stringify({ events, t0, base: 0 }));
    const main = events.find((e) => e.name === 'FunctionCall' || e.name === 'EventDispatch');
    const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
    // page clock: find a user timing mark to align
    const m0 = events.find((e) => e.name === 'step0' && e.ph !== 'X');
    const base = m0 ? m0.ts / 1000 - (await page.evaluate(`performance.getEntriesByName('step0')[0].startTime`) as number) : 0;
    for (const [t, g] of gaps) {
      if (g <= 20) continue;
      const from = (t + base) * 1000, to = (t + g + base) * 1000;
      const inside = onMain.filter((e) => e.ts >= from && e.ts < to);
      const tasks = inside.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').map((e) => (e.dur! / 1000).toFixed(1));
      const sums = new Map<string, number>();
      for (const e of inside) if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur! / 1000);
      const ev = inside.filter((e) => e.name === 'EventDispatch').map((e) => (e.args as { data?: { type?: string } })?.data?.type).join(',');
      const fc = inside.filter((e) => e.name === 'TimerFire' || e.name === 'FireAnimationFrame').map((e) => `${e.name}:${(e.dur! / 1000).toFixed(1)}`).join(',');
      console.log(` frame at ${(t - t0).toFixed(0)} ${g.toFixed(1)} ms: tasks [${tasks.join(' ')}] events [${ev}] ${fc}\n   ${[...sums].sort((x, y) => y[1] - x[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
    }
  }
  await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
