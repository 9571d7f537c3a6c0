import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/dataset/parse';

const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const FIXTURES = join(ROOT, 'tests/fixtures/timelinejs');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, ['scripts/import.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run import', () => {
  it('writes the dataset to --out and the report to stderr', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'import-')), 'sub/helsinki.json');
    const r = run(join(FIXTURES, 'helsinki.json'), '--out', out, '--lang', 'en-GB');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('9 events, 4 topics, 2 sources');
    expect(r.stderr).toContain('  events[2].background: not carried over (backgrounds are not part of the format)');
    expect(r.stderr).not.toContain('language: not stated');
    const dataset = JSON.parse(readFileSync(out, 'utf8')) as unknown;
    expect(parseDataset(dataset)).toMatchObject({ ok: true, timeline: { language: 'en-GB' } });
  }, 60_000);

  it('writes to stdout without --out, reading CSV by its extension', () => {
    const r = run(join(FIXTURES, 'helsinki.csv'));
    expect(r.status).toBe(0);
    expect(parseDataset(JSON.parse(r.stdout) as unknown).ok).toBe(true);
    expect(r.stderr).toContain('row 5, Media: "javascript:alert(1)" not carried over');
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
