// scratch: the main thread's tasks from navigation to the first mark, with their biggest children
import { launch, open, serve } from '../../tests/e2e/harness';
import { syntheticDataset } from './synthetic';
const n = process.argv[2] ?? 'story';
const body = n === 'story' ? null : JSON.stringify(syntheticDataset(Number(n)));
const server = await serve({ root: process.env.ROOT, routes: body ? { '/big.json': (_q, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(body); } } : {} });
const browser = await launch();
for (let r = 0; r < Number(process.env.RUNS ?? 2); r++) {
  const { page, context } = await open(browser, { width: 1280, height: 800 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript({ content: `new MutationObserver((rs, o) => { if (document.querySelector('#root:not([data-prerendered]) section.timeline [data-event-id], #root:not([data-prerendered]) section.timeline [data-cluster]')) { window.__mark = performance.now(); performance.mark('firstmark'); o.disconnect(); } }).observe(document, { subtree: true, childList: true });` });
  const evs: any[] = [];
  cdp.on('Tracing.dataCollected', (e) => evs.push(...(e.value as any[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,blink.user_timing,loading,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(`${server.url}${process.env.Q ?? `app.html?data=${body ? '/big.json' : '/timeline.json'}`}`);
  await page.waitForFunction('window.__mark !== undefined', null, { timeout: 30000 });
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.end'); await done;
  const nav = evs.find((e) => e.name === 'navigationStart');
  const t0 = nav.ts;
  const fm = evs.find((e) => e.name === 'firstmark');
  const mainT = evs.find((e) => e.name === 'ParseHTML');
  const ms = (ts: number) => ((ts - t0) / 1000).toFixed(0);
  const main = evs.filter((e) => e.ph === 'X' && e.tid === mainT.tid && e.pid === mainT.pid && e.ts >= t0 && e.ts <= fm.ts);
  const tasks = main.filter((e) => e.name === 'RunTask' && e.dur > 2000);
  let busy = 0;
  for (const k of tasks) {
    busy += k.dur;
    const kids = main.filter((e) => e !== k && e.name !== 'RunTask' && e.ts >= k.ts && e.ts + e.dur <= k.ts + k.dur && e.dur > 1500)
      .sort((a, b) => b.dur - a.dur).slice(0, 6)
      .map((e) => `${e.name}${e.args?.data?.url ? ':' + String(e.args.data.url).split('/').pop()?.slice(0, 20) : ''}${e.args?.data?.functionName ? ':' + e.args.data.functionName : ''} ${(e.dur / 1000).toFixed(0)}`);
    console.log(`${ms(k.ts).padStart(5)} +${(k.dur / 1000).toFixed(0).padStart(3)}  ${kids.join(', ')}`);
  }
  const res = evs.filter((e) => e.name === 'ResourceFinish' || e.name === 'ResourceSendRequest').map((e) => `${e.name === 'ResourceFinish' ? 'fin' : 'req'} ${ms(e.ts)} ${(e.args?.data?.url ?? e.args?.data?.requestId ?? '').toString().split('/').pop()}`);
  console.log('resources', res.join(' | '));
  console.log(`busy ${(busy / 1000).toFixed(0)} ms of ${ms(fm.ts)} (first mark)`);
  await context.close();
}
await browser.close(); await server.close();
