// scratch: sampled JS profile from navigation to the first mark, via the trace (cpu_profiler)
import { launch, open, serve } from '../../tests/e2e/harness';
import { syntheticDataset } from './synthetic';
const n = process.argv[2] ?? 'story';
const body = n === 'story' ? null : JSON.stringify(syntheticDataset(Number(n)));
const server = await serve({ root: process.env.ROOT, routes: body ? { '/big.json': (_q, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(body); } } : {} });
const browser = await launch();
const total = new Map<string, number>(); const self = new Map<string, number>();
const runs = Number(process.env.RUNS ?? 3);
for (let r = 0; r < runs; r++) {
  const { page, context } = await open(browser, { width: Number(process.env.W ?? 1280), height: 800 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript({ content: `new MutationObserver((rs, o) => { if (document.querySelector('#root:not([data-prerendered]) [data-event-id], #root:not([data-prerendered]) section.timeline [data-cluster]')) { window.__mark = performance.now(); performance.mark('firstmark'); o.disconnect(); } }).observe(document, { subtree: true, childList: true });` });
  const evs: any[] = [];
  cdp.on('Tracing.dataCollected', (e) => evs.push(...(e.value as any[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,loading,disabled-by-default-v8.cpu_profiler', transferMode: 'ReportEvents' });
  await page.goto(`${server.url}app.html?data=${body ? '/big.json' : '/timeline.json'}`);
  await page.waitForFunction('window.__mark !== undefined', null, { timeout: 30000 });
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.end'); await done;
  const nav = evs.find((e) => e.name === (process.env.FROM ?? 'navigationStart'));
  const fm = evs.find((e) => e.name === 'firstmark');
  const mainT = evs.find((e) => e.name === 'ParseHTML');
  const nodes = new Map<number, any>(); const parent = new Map<number, number>();
  let end = 0; let sum = 0;
  const prof = evs.find((x) => x.name === 'Profile' && x.pid === mainT.pid && x.tid === mainT.tid);
  if (!prof) { console.log('no profile', evs.filter((x) => x.name === 'Profile').map((x) => x.pid + '/' + x.tid), mainT.pid, mainT.tid); }
  for (const e of evs.filter((e) => e.name === 'ProfileChunk' && e.id === prof?.id && e.pid === mainT.pid)) {
    const cp = e.args.data.cpuProfile ?? {};
    for (const nd of cp.nodes ?? []) { nodes.set(nd.id, nd); if (nd.parent) parent.set(nd.id, nd.parent); }
    const deltas = e.args.data.timeDeltas ?? [];
    (cp.samples ?? []).forEach((id: number, i: number) => {
      end = (end || prof.args.data.startTime) + deltas[i];
      if (end < nav.ts || end > fm.ts) return;
      const d = (deltas[i + 1] ?? deltas[i]) / 1000;
      const nd = nodes.get(id); if (!nd) return;
      const key = (x: any) => `${x.callFrame.functionName || '(anon)'} ${String(x.callFrame.url ?? '').split('/').pop()}:${(x.callFrame.lineNumber ?? 0) + 1}`;
      const k0 = key(nd); self.set(k0, (self.get(k0) ?? 0) + d / runs);
      if (k0.startsWith('(idle)')) return;
      sum += d;
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) { const x = nodes.get(cur); if (!x) break; const k = key(x); if (!seen.has(k)) { seen.add(k); total.set(k, (total.get(k) ?? 0) + d / runs); } }
    });
  }
  console.log(`run ${r}: sampled ${sum.toFixed(0)} ms, mark ${((fm.ts - nav.ts) / 1000).toFixed(0)}`);
  await context.close();
}
console.log('TOTAL ' + [...total].filter(([k]) => !k.startsWith('(root')).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 70)).map(([k, v]) => `${v.toFixed(0)} ${k}`).join('\n  '));
console.log('SELF ' + [...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(0)} ${k}`).join('\n  '));
await browser.close(); await server.close();
