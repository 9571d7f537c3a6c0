import { describe, expect, it } from 'vitest';
import { parseDataset, parseDatasetInto } from '../../src/dataset/parse';
import type { Timeline } from '../../src/dataset/model';
import { TimelineWriter } from '../../src/dataset/read/timelineWire';
import { syntheticDataset } from '../../scripts/bench/synthetic';
import { acrossWire, fixture, roundTrip } from './helpers';

function parsed(value: unknown): Timeline {
  const result = parseDataset(value);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.timeline;
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
    expect(back.eventById.size).toBe(back.events.length);
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

describe('parseDatasetInto and TimelineWriter (the dataset worker\'s path)', () => {
  it('hands each event to the sink in file order; the page puts them in chronological order', () => {
    const data = syntheticDataset(500);
    data.events.reverse();
    const same = structuredClone(data);
    const writer = new TimelineWriter();
    const seen: string[] = [];
    const head = parseDatasetInto(data, { add: (e) => { seen.push(e.id); writer.add(e); } });
    if (!head.ok) throw new Error('synthetic dataset should be valid');
    expect(seen).toEqual(data.events.map((e) => e.id));
    const timeline = acrossWire(writer, head.head);
    expect(timeline).toStrictEqual(parsed(same));
    expect(timeline.events.every((e, i) => i === 0 || timeline.events[i - 1]!.t0 <= e.t0)).toBe(true);
  });

  it('lets each raw event go once read when asked to consume, and reports every problem as parseDataset does', () => {
    const data = syntheticDataset(50);
    const result = parseDatasetInto(data, { add: () => undefined }, { consume: true });
    expect(result.ok).toBe(true);
    expect(data.events.every((e) => e === null)).toBe(true);
    const bad = syntheticDataset(50);
    (bad.events[3] as { start: string }).start = '2019-13-45';
    (bad.events[40] as { title: unknown }).title = 7;
    const expected = parseDataset(structuredClone(bad));
    expect(parseDatasetInto(bad, { add: () => undefined }, { consume: true })).toEqual(expected);
    expect(expected.ok ? [] : expected.issues.map((i) => i.path)).toEqual(['events[3].start', 'events[40].title']);
  });

  it('shares one date object per date text, in the parse and across the wire', () => {
    const timeline = parsed(syntheticDataset(2_000));
    const byText = new Map<string, unknown>();
    for (const e of timeline.events) {
      const first = byText.get(e.start.iso) ?? e.start;
      byText.set(e.start.iso, first);
      expect(e.start).toBe(first);
    }
    expect(byText.size).toBeLessThan(timeline.events.length / 2);
  });
});
