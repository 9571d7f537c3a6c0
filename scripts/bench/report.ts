/**
 * The bench's table and its verdicts against the targets, from the medians run.ts collected.
 */
import type { PageRun } from './drive';
import type { BenchPage } from './peers';

/** One app on one dataset: medians over its runs, and the runs themselves for the JSON. */
export interface Row {
  dataset: string; events: number; app: BenchPage['app']; runs: PageRun[]; note: string;
  /** The story scale asked for in the URL ('' for the dataset's own). */
  scale: string;
  firstMarkMs: number | null; transfer: number | null; encoded: number | null; zoomP95Ms: number | null;
  byKind: Record<string, [number, number]>;
}

interface Ratios { firstMark: number | null; transfer: number | null; zoomP95: number | null }

const TARGET = { markRatio: 0.5, zoomP95Ms: 16.7, storyKiB: 110 };
/** What the story's weight target counts (not the favicon, say). */
const PAGE_KINDS = ['html', 'js', 'css', 'json'];

export function fmtMs(ms: number | null): string {
  if (ms === null) return '—';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

export function kib(b: number | null): string {
  return b === null ? '—' : `${(b / 1024).toFixed(1)} KiB`;
}

/**
 * ours / peer. When the peer's figure is only a bound (no mark within the cap, a zoom cut short),
 * so is the ratio: "<" or "≤" says which way.
 */
function ratio(ours: number | null, peer: number | null, bound: 'none' | 'cap' | 'lower', cap = 0): { value: number | null; text: string } {
  if (ours === null) return { value: null, text: '—' };
  if (peer === null) return bound === 'cap' ? { value: ours / cap, text: `< ${(ours / cap).toFixed(3)}` } : { value: null, text: '—' };
  return { value: ours / peer, text: `${bound === 'lower' ? '≤ ' : ''}${(ours / peer).toFixed(2)}` };
}

/** The printed table and target verdicts, plus the ratios and verdicts for results.json. */
export function report(rows: Row[], sizes: string[], caps: { markMs: number }): {
  text: string; ratios: Record<string, Record<string, Ratios>>; targets: Record<string, boolean | null>;
} {
  const table: string[][] = [['dataset', 'events', 'app', 'first mark', 'transfer', 'encoded', 'zoom p95', 'mark ratio', 'bytes ratio', 'zoom ratio', 'note']];
  const ratios: Record<string, Record<string, Ratios>> = {};
  for (const r of rows) {
    const ours = rows.find((o) => o.dataset === r.dataset && o.app === 'ours' && !o.scale);
    const noMark = r.firstMarkMs === null && r.note.startsWith('no mark');
    const cells = ours && r.app !== 'ours'
      ? [ratio(ours.firstMarkMs, r.firstMarkMs, noMark ? 'cap' : 'none', caps.markMs), ratio(ours.transfer, r.transfer, 'none'),
        ratio(ours.zoomP95Ms, r.zoomP95Ms, r.runs.some((run) => run.zoomCapped) ? 'lower' : 'none')]
      : [];
    if (cells.length) (ratios[r.dataset] ??= {})[r.app] = { firstMark: cells[0]?.value ?? null, transfer: cells[1]?.value ?? null, zoomP95: cells[2]?.value ?? null };
    table.push([r.dataset, r.events.toLocaleString('en'), r.scale ? `${r.app} · ${r.scale}` : r.app, noMark ? `no mark within ${caps.markMs / 1000} s` : fmtMs(r.firstMarkMs),
      kib(r.transfer), kib(r.encoded), fmtMs(r.zoomP95Ms), ...(cells.length ? cells.map((c) => c.text) : ['', '', '']), r.note]);
  }
  const widths = table[0]?.map((_, c) => Math.max(...table.map((row) => (row[c] ?? '').length))) ?? [];
  const lines = table.map((row) => row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));

  const verdict = (ok: boolean | null) => (ok === null ? 'n/a ' : ok ? 'PASS' : 'FAIL');
  const targets: Record<string, boolean | null> = {};
  lines.push('', 'Targets');
  for (const size of sizes) {
    const peers = Object.values(ratios[size] ?? {});
    const ok = peers.length ? peers.every((p) => p.firstMark !== null && p.firstMark <= TARGET.markRatio) : null;
    targets[`firstMark-${size}`] = ok;
    lines.push(`  ${verdict(ok)}  first mark ≤ ${TARGET.markRatio}× both peers, ${size}: ${peers.map((p) => p.firstMark?.toFixed(2) ?? '—').join(', ')}`);
  }
  // rAF intervals snap to the 60 Hz vsync (16.67 ms) with a little jitter, so "≤ 16.7 ms" is read
  // as "no dropped frame at p95": anything under 17 ms passes.
  const big = rows.find((r) => r.app === 'ours' && !r.scale && r.dataset === '10000');
  targets.zoom10000 = big?.zoomP95Ms == null ? null : big.zoomP95Ms < 17;
  lines.push(`  ${verdict(targets.zoom10000)}  zoom p95 ≤ ${TARGET.zoomP95Ms} ms at 10,000 events: ${fmtMs(big?.zoomP95Ms ?? null)}`);
  const story = rows.find((r) => r.app === 'ours' && !r.scale && r.dataset === 'story');
  for (const r of rows.filter((o) => o.app === 'ours' && o.scale)) {
    lines.push(`  ${verdict(r.zoomP95Ms == null ? null : r.zoomP95Ms < 17)}  zoom p95 ≤ ${TARGET.zoomP95Ms} ms, ${r.dataset}, ${r.scale} scale: ${fmtMs(r.zoomP95Ms)}`);
  }
  const kinds = Object.entries(story?.byKind ?? {}).filter(([k]) => PAGE_KINDS.includes(k));
  const weight = story ? kinds.reduce((sum, [, [t]]) => sum + t, 0) : null;
  targets.storyWeight = weight === null ? null : weight <= TARGET.storyKiB * 1024;
  lines.push(`  ${verdict(targets.storyWeight)}  story page (HTML, JS, CSS, data) ≤ ${TARGET.storyKiB} KiB gzip: ${kib(weight)}` +
    ` (${kinds.map(([k, [t]]) => `${k} ${kib(t)}`).join(', ')})`);
  return { text: lines.join('\n'), ratios, targets };
}
