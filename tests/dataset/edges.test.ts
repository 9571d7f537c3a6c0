/**
 * Datasets at the edges (tests/fixtures/edges, copied from the cases users reported): years before
 * AD 1, no events at all, and the optional time zone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/dataset/parse';
import { canonicalTimeZone } from '../../src/dataset/timeZone';
import { formatEventDate } from '../../src/format/dates';
import { problems, withValue } from './helpers';

const edge = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/edges/${name}`, import.meta.url), 'utf8'));

describe('datasets at the edges', () => {
  it('reads bce.json: three events from 49 BC to AD 79, in order, with their eras', () => {
    const r = parseDataset(edge('bce.json'));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.timeline.events.map((e) => formatEventDate(e, 'en-GB'))).toEqual(['10 January 49 BC', '27 BC', '24 August 79 AD']);
  });
  it('reads empty.json: a dataset with no events is valid', () => {
    const r = parseDataset(edge('empty.json'));
    expect(r.ok && r.timeline.events).toEqual([]);
  });
});

describe('timeZone', () => {
  it('is UTC when the dataset names none', () => {
    const r = parseDataset(edge('empty.json'));
    expect(r.ok && r.timeline.timeZone).toBe('UTC');
  });
  it('takes an IANA zone, canonically spelt', () => {
    const r = parseDataset(withValue('timeZone', 'europe/moscow'));
    expect(r.ok && r.timeline.timeZone).toBe('Europe/Moscow');
  });
  it('refuses offsets, abbreviations and unknown names, naming the field', () => {
    for (const bad of ['+03:00', 'GMT+3', 'Mars/Olympus', '', 'Europe/Moscow;x']) {
      expect(problems(withValue('timeZone', bad)), bad).toEqual([
        `timeZone: ${JSON.stringify(bad)} is not an IANA time zone such as "Europe/Moscow" or "America/New_York"`,
      ]);
    }
    expect(problems(withValue('timeZone', 3))[0]).toMatch(/^timeZone: /);
  });
  it('knows the zones of the tz database', () => {
    expect(canonicalTimeZone('America/New_York')).toBe('America/New_York');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('MSK')).toBeNull();
  });
});
