import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/dataset/parse';
import type { Timeline } from '../../src/dataset/model';
import { timelineFromWire, timelineToWire } from '../../src/dataset/read/timelineWire';
import { syntheticDataset } from '../../scripts/bench/synthetic';
import { fixture } from './helpers';

function parsed(value: unknown): Timeline {
  const result = parseDataset(value);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.timeline;
}

/** What the page receives: the wire as postMessage would deliver it (structured clone, buffers moved). */
function roundTrip(timeline: Timeline): Timeline {
  const { wire, transfer } = timelineToWire(timeline);
  return timelineFromWire(structuredClone(wire, { transfer }));
}

describe('timelineWire', () => {
  it('gives back the same Timeline: every event with every key (undefined ones too), in order', () => {
    for (const timeline of [parsed(fixture()), parsed(syntheticDataset(3_000))]) {
      const back = roundTrip(timeline);
      expect(back).toStrictEqual(timeline);
      for (const [i, e] of timeline.events.entries()) expect(Object.keys(back.events[i] ?? {})).toEqual(Object.keys(e));
    }
  });

  it('keeps quotes, mentions, stated dates, places, ranges and zone offsets', () => {
    const data = fixture();
    const timeline = parsed(data);
    const back = roundTrip(timeline);
    expect(back.events.some((e) => e.quotes.length > 0 && e.mentions.length > 0)).toBe(timeline.events.some((e) => e.quotes.length > 0 && e.mentions.length > 0));
    expect(back.events.map((e) => [e.stated, e.place, e.end, e.start.offsetMinutes])).toEqual(timeline.events.map((e) => [e.stated, e.place, e.end, e.start.offsetMinutes]));
  });

  it('rebuilds the lookups over the very objects of the lists, and shares dates as the parser did', () => {
    const timeline = parsed(syntheticDataset(2_000));
    const back = roundTrip(timeline);
    for (const e of back.events) expect(back.eventById.get(e.id)).toBe(e);
    for (const p of back.people) expect(back.personById.get(p.id)).toBe(p);
    const distinct = (t: Timeline) => new Set(t.events.flatMap((e) => [e.start, e.end])).size;
    expect(distinct(back)).toBe(distinct(timeline));
  });

  it('carries strings of any content, empty and non-Latin ones included', () => {
    const data = fixture();
    const [first, second] = data.events;
    if (!first || !second) throw new Error('fixture needs two events');
    first.title = 'Гуаидо «вне закона» 🇻🇪 \u0000 end';
    second.summary = '';
    second.place = 'مكان';
    const timeline = parsed(data);
    expect(roundTrip(timeline)).toStrictEqual(timeline);
  });
});
