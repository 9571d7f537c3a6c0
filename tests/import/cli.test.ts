import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/dataset/parse';

const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const FIXTURES = join(ROOT, 'tests/fixtures/timelinejs');
const EDGES = join(ROOT, 'tests/fixtures/edges');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, ['scripts/import.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run import', () => {
  it('writes the dataset to --out and the report to stderr', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'import-')), 'sub/helsinki.json');
    const r = run(join(FIXTURES, 'helsinki.json'), '--out', out, '--lang', 'en-GB', '--allow-drops');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('10 events, 4 topics, 2 sources');
    expect(r.stderr).toContain('  events[2].background: not carried over (backgrounds are not part of the format)');
    expect(r.stderr).not.toContain('language: not stated');
    const dataset = JSON.parse(readFileSync(out, 'utf8')) as unknown;
    expect(parseDataset(dataset)).toMatchObject({ ok: true, timeline: { language: 'en-GB' } });
  }, 60_000);

  it('writes to stdout without --out, reading CSV by its extension', () => {
    const r = run(join(FIXTURES, 'helsinki.csv'), '--allow-drops');
    expect(r.status).toBe(0);
    expect(parseDataset(JSON.parse(r.stdout) as unknown).ok).toBe(true);
    expect(r.stderr).toContain('row 5, Media: "javascript:alert(1)" not carried over');
  }, 60_000);

  it('exits 3, writing nothing, when anything would be dropped, and says how to go on', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'import-')), 'helsinki.json');
    const r = run(join(FIXTURES, 'helsinki.json'), '--out', out);
    expect(r.status).toBe(3);
    expect(existsSync(out)).toBe(false);
    const last = r.stderr.trimEnd().split('\n').at(-1);
    expect(last).toMatch(/^\S+helsinki\.json: 10 events imported, \d+ details dropped — nothing written \(pass --allow-drops to write it anyway\)$/);
  }, 60_000);

  it('ends its report with a one-line summary, and exits 0 when nothing is dropped', () => {
    const r = run(join(EDGES, 'bce-timelinejs.json'));
    expect(r.status).toBe(0);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/bce-timelinejs\.json: 3 events imported, nothing dropped$/);
    // Years before AD 1 come through: 49 BCE (TimelineJS -49) is ISO -0048.
    const dataset = JSON.parse(r.stdout) as { events: { start: string }[] };
    expect(dataset.events.map((e) => e.start)).toEqual(['-0048-01-10', '-0026', '0079-08-24']);
    expect(parseDataset(dataset).ok).toBe(true);
  }, 60_000);

  it('keeps the paragraphs of TimelineJS HTML as blank-line separated plain text', () => {
    const r = run(join(EDGES, 'html-in-text-timelinejs.json'), '--allow-drops');
    expect(r.status).toBe(0);
    const dataset = JSON.parse(r.stdout) as { events: { summary: string; title: string }[] };
    expect(dataset.events[0]?.summary).toBe('First paragraph with a link to the report.\n\nSecond paragraph: 5 < 7 and café — done today.');
    expect(dataset.events[1]?.summary).toBe('Line one\nLine two\nLine three\n\nitem A\n\nitem B');
    for (const e of dataset.events) expect(`${e.title} ${e.summary}`).not.toMatch(/<\/?(p|b|br|ul|li|img|a|em)\b|&(amp|lt|gt|quot|eacute|nbsp|hellip|rsquo|ldquo|rdquo|#\d+|#x[0-9a-f]+);/i);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/: 4 events imported, 1 detail dropped$/);
  }, 60_000);

  it('exits 1, writing nothing, on a file it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"events": [');
    const missing = run(join(dir, 'missing.json'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read');
    const bad = run(broken);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('not valid JSON');
    const notTimeline = join(dir, 'list.json');
    writeFileSync(notTimeline, '[1, 2]');
    expect(run(notTimeline)).toMatchObject({ status: 1, stdout: '', stderr: expect.stringContaining('not TimelineJS data') });
  }, 60_000);

  it('exits 2 with the usage on bad arguments', () => {
    const r = run(join(FIXTURES, 'helsinki.json'), '--bogus');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: npm run import');
  }, 60_000);
});
