import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { DATA_USAGE, IMPORT_USAGE, PRERENDER_USAGE, dataArgs, importArgs, prerenderArgs } from '../../scripts/cliArgs';

describe('dataArgs (npm run data)', () => {
  it('defaults to the data folder and its timeline.json', () => {
    expect(dataArgs([])).toEqual({ dir: 'data', out: 'data/timeline.json' });
    expect(dataArgs(['--dir', 'story'])).toEqual({ dir: 'story', out: 'story/timeline.json' });
  });
  it('reads --name value and --name=value', () => {
    expect(dataArgs(['--dir=story', '--out=out/t.json'])).toEqual({ dir: 'story', out: 'out/t.json' });
  });
  it('refuses a missing or empty value, unknown options and stray arguments, with the usage', () => {
    expect(dataArgs(['--dir'])).toEqual({ error: `--dir needs a value\n${DATA_USAGE}` });
    expect(dataArgs(['--out='])).toEqual({ error: `--out needs a value\n${DATA_USAGE}` });
    expect(dataArgs(['--bogus'])).toEqual({ error: `unknown option "--bogus"\n${DATA_USAGE}` });
    expect(dataArgs(['story'])).toEqual({ error: `unexpected argument: "story"\n${DATA_USAGE}` });
  });
});

describe('importArgs (npm run import)', () => {
  it('reads one FILE and its options in any order', () => {
    expect(importArgs(['t.json'])).toEqual({ file: 't.json', allowDrops: false });
    expect(importArgs(['--lang=de', 't.csv', '--out', 'o.json', '--allow-drops'])).toEqual({ file: 't.csv', out: 'o.json', lang: 'de', allowDrops: true });
  });
  it('refuses anything but exactly one FILE', () => {
    expect(importArgs([])).toEqual({ error: `expected one FILE, got 0\n${IMPORT_USAGE}` });
    expect(importArgs(['a', 'b'])).toEqual({ error: `expected one FILE, got 2\n${IMPORT_USAGE}` });
  });
  it('refuses a missing value (also when the next word is an option), a value on a switch, unknown options', () => {
    expect(importArgs(['t.json', '--out'])).toEqual({ error: `--out needs a value\n${IMPORT_USAGE}` });
    expect(importArgs(['t.json', '--out', '--lang', 'de'])).toEqual({ error: `--out needs a value\n${IMPORT_USAGE}` });
    expect(importArgs(['t.json', '--allow-drops=yes'])).toEqual({ error: `--allow-drops takes no value\n${IMPORT_USAGE}` });
    expect(importArgs(['t.json', '--bogus'])).toEqual({ error: `unknown option "--bogus"\n${IMPORT_USAGE}` });
  });
});

describe('prerenderArgs (scripts/prerender.ts)', () => {
  it('prerenders the project\'s dist/ by default, another built site with --dist, as absolute folders', () => {
    expect(prerenderArgs([], '/p/dist')).toEqual({ dist: '/p/dist' });
    expect(prerenderArgs(['--dist', 'site-b'], '/p/dist')).toEqual({ dist: resolve('site-b') });
    expect(prerenderArgs(['--dist=/tmp/x'], '/p/dist')).toEqual({ dist: '/tmp/x' });
  });
  it('refuses an empty folder, unknown options and stray arguments, with the usage', () => {
    expect(prerenderArgs(['--dist='], '/p/dist')).toEqual({ error: `--dist needs a value\n${PRERENDER_USAGE}` });
    expect(prerenderArgs(['--out', 'x'], '/p/dist')).toEqual({ error: `unknown option "--out"\n${PRERENDER_USAGE}` });
    expect(prerenderArgs(['site'], '/p/dist')).toEqual({ error: `unexpected argument: "site"\n${PRERENDER_USAGE}` });
  });
});
