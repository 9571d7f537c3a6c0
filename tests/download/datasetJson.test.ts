import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetJson, toRawDataset } from '../../src/download/datasetJson';
import { serializeDataset } from '../../src/dataset/serialize';
import { isDatePoint, parseIsoDate } from '../../src/dataset/isoDate';
import { importTimelineJs } from '../../src/import/timelinejs';
import { SAMPLE, timelineOf } from './sample';
import { PROPERTY_TIMEOUT_MS } from '../propertyRuns';

const roundTrip = (raw: unknown) => {
  const timeline = timelineOf(raw);
  return { timeline, again: timelineOf(JSON.parse(datasetJson(timeline)) as unknown) };
};

describe('datasetJson', () => {
  it('gives back the same model through parseDataset', () => {
    const { timeline, again } = roundTrip(SAMPLE);
    expect(again).toEqual(timeline);
  });

  it('writes the published format itself, dates as written', () => {
    expect(toRawDataset(timelineOf(SAMPLE))).toEqual(SAMPLE);
  });

  it('keeps the field order of raw.ts', () => {
    const raw = toRawDataset(timelineOf(SAMPLE));
    expect(Object.keys(raw)).toEqual(['version', 'id', 'title', 'description', 'language', 'view', 'sources', 'people', 'topics', 'events']);
    expect(Object.keys(raw.events[2] ?? {})).toEqual([
      'id', 'title', 'summary', 'place', 'start', 'dateSource', 'stated', 'topics', 'people', 'quotes', 'mentions',
    ]);
    expect(Object.keys(raw.sources[0] ?? {})).toEqual(['id', 'publisher', 'headline', 'published', 'url', 'text']);
  });

  it("keeps the story's default scale and time zone, in the format's order", () => {
    const { timeline, again } = roundTrip({ ...SAMPLE, timeZone: 'Europe/Moscow', scale: 'gaps' });
    expect(again).toEqual(timeline);
    const raw = toRawDataset(timeline);
    expect(raw).toMatchObject({ timeZone: 'Europe/Moscow', scale: 'gaps' });
    expect(Object.keys(raw).slice(4, 8)).toEqual(['language', 'timeZone', 'view', 'scale']);
  });

  it('writes what npm run data and npm run import write for the same dataset', () => {
    expect(datasetJson(timelineOf(SAMPLE))).toBe(serializeDataset(toRawDataset(timelineOf(SAMPLE))));
  });

  it('leaves out optional fields the model does not have, and model-only fields', () => {
    const { description: _d, view: _v, ...bare } = SAMPLE;
    const text = datasetJson(timelineOf(bare));
    expect(text).not.toMatch(/"description"|"view"|"t0"|"precision"|"from"/);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('round-trips an imported TimelineJS timeline', () => {
    const raw = importTimelineJs(JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/timelinejs/helsinki.json'), 'utf8')) as unknown).dataset;
    const { timeline, again } = roundTrip(raw);
    expect(again).toEqual(timeline);
  });

  it('writes any initial view so that it parses back to the same instants', () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    const iso = fc.oneof(
      fc.integer({ min: 0, max: 9999 }).map((y) => pad(y, 4)),
      fc.tuple(fc.integer({ min: 1, max: 9998 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${pad(y, 4)}-${pad(m)}`),
      fc.tuple(fc.integer({ min: 1, max: 9998 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(
        ([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`,
      ),
      fc
        .tuple(
          fc.integer({ min: 1, max: 9998 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 28 }),
          fc.integer({ min: 0, max: 23 }),
          fc.integer({ min: 0, max: 59 }),
          fc.constantFrom('', ':00', ':30'),
          fc.constantFrom('Z', '+03:00', '-05:30', '+00:15', '+14:00'),
        )
        .map(([y, m, d, h, mi, s, z]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(mi)}${s}${z}`),
    );
    fc.assert(
      fc.property(iso, iso, (a, b) => {
        const pa = parseIsoDate(a);
        const pb = parseIsoDate(b);
        fc.pre(isDatePoint(pa) && isDatePoint(pb) && pb.to > pa.from);
        const { timeline, again } = roundTrip({ ...SAMPLE, view: { start: a, end: b } });
        expect(again.view).toEqual(timeline.view);
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('writes the view\'s dates as the editor wrote them, as it does events\' dates', () => {
    const raw = toRawDataset(timelineOf({ ...SAMPLE, view: { start: '2018-01-01', end: '2019-12-31' } }));
    expect(raw.view).toEqual({ start: '2018-01-01', end: '2019-12-31' });
  });
});
