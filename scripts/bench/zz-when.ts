// scratch: in-page milestones of a ?data= load, 4× throttled, no tracing
import { launch, open, serve } from '../../tests/e2e/harness';
import { syntheticDataset } from './synthetic';
const n = process.argv[2] ?? 'story';
const body = n === 'story' ? null : JSON.stringify(syntheticDataset(Number(n)));
const server = await serve({ root: process.env.ROOT, routes: body ? { '/big.json': (_q, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(body); } } : {} });
const browser = await launch();
for (let r = 0; r < Number(process.env.RUNS ?? 3); r++) {
  const { page, context } = await open(browser, { width: 1280, height: 800 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript({ content: `new BroadcastChannel('w').onmessage = (e) => { window.__w = e.data.map((x) => (x - performance.timeOrigin).toFixed(0)).join('/'); }; window.__intl = { n: 0, ms: 0, fmt: 0, fms: 0, list: [] }; for (const k of ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'DisplayNames', 'Collator', 'Segmenter']) { const C = Intl[k]; if (!C) continue; const W = function (...a) { const t = performance.now(); const r = new C(...a); const d = performance.now() - t; window.__intl.n++; window.__intl.ms += d; if (d > 2) window.__intl.list.push(k + ' ' + JSON.stringify(a).slice(0, 80) + ' ' + d.toFixed(1) + ' @' + t.toFixed(0)); return r; }; W.prototype = C.prototype; W.supportedLocalesOf = C.supportedLocalesOf; Intl[k] = W; } { const fr = Intl.DateTimeFormat.prototype.formatRange; Intl.DateTimeFormat.prototype.formatRange = function (...a) { const t = performance.now(); const r = fr.apply(this, a); window.__intl.fms += performance.now() - t; window.__intl.fmt++; return r; }; } new MutationObserver((rs, o) => { if (document.querySelector('#root:not([data-prerendered]) section.timeline [data-event-id], #root:not([data-prerendered]) section.timeline [data-cluster]')) { window.__mark = performance.now(); o.disconnect(); } }).observe(document, { subtree: true, childList: true });` });
  const q = process.env.Q ?? `?data=${body ? '/big.json' : '/timeline.json'}`;
  await page.goto(`${server.url}${q}`);
  const errs: string[] = []; page.on('console', (m) => errs.push(m.type() + ': ' + m.text())); page.on('pageerror', (e) => errs.push('pageerror ' + e.message));
  try { await page.waitForFunction('window.__mark !== undefined', null, { timeout: 15000 }); } catch {
    console.log('TIMEOUT', await page.evaluate(`document.documentElement.className + ' | app=' + document.documentElement.dataset.app + ' | root kids ' + document.getElementById('root')?.children.length + ' | loading ' + !!document.getElementById('page-loading') + ' | marks ' + document.querySelectorAll('[data-event-id]').length + ' | ' + performance.getEntriesByType('mark').map((m) => m.name.replace('p:','') + ' ' + m.startTime.toFixed(0)).join(', ') + ' | scripts ' + [...document.scripts].map((s) => s.src.split('/').pop() + ':' + s.type).join(' ')`), errs.join(' // '));
    await page.screenshot({ path: '/tmp/z/timeout.png' }); await context.close(); continue;
  }
  const out = await page.evaluate(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource').map((e) => e.name.split('/').pop().slice(0, 24) + ' ' + e.startTime.toFixed(0) + '-' + e.responseEnd.toFixed(0));
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const marks = performance.getEntriesByType('mark').map((m) => m.name.replace('p:','') + ' ' + m.startTime.toFixed(0));
    return 'worker ' + window.__w + ' html ' + nav.responseEnd.toFixed(0) + ' dcl ' + nav.domContentLoadedEventEnd.toFixed(0) + ' fcp ' + fcp?.toFixed(0) + ' mark ' + window.__mark.toFixed(0) + ' | ' + res.join(', ') + ' | ' + marks.join(', ') + ' | intl ' + window.__intl.n + ' ' + window.__intl.ms.toFixed(0) + 'ms range ' + window.__intl.fmt + ' ' + window.__intl.fms.toFixed(0) + 'ms ' + window.__intl.list.join('; ');
  })()`);
  console.log(out);
  await context.close();
}
await browser.close(); await server.close();
