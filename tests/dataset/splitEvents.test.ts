import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitEvents } from '../../src/dataset/read/splitEvents';
import { DatasetDecoder, checkInPieces, parseDatasetBytes } from '../../src/dataset/read/parseBytes';
import { TimelineWriter } from '../../src/dataset/read/timelineWire';
import type { ParseResult } from '../../src/dataset/model';
import { syntheticDataset } from '../../scripts/bench/synthetic';
import { acrossWire, fixture } from './helpers';
import { PROPERTY_TIMEOUT_MS } from '../propertyRuns';

const HOLE = '"hole"';

/** What JSON.parse reads from the pieces: the rest, with the events parsed one by one put back. */
function reassembled(text: string): unknown {
  const split = splitEvents(text, HOLE);
  if (split === null) return null;
  const rest = JSON.parse(split.rest) as { events: unknown };
  expect(rest.events).toBe('hole');
  rest.events = Array.from(split.starts, (s, i) => JSON.parse(text.slice(s, split.ends[i])) as unknown);
  return rest;
}

describe('splitEvents', () => {
  it('cuts a dataset into pieces that JSON.parse reads as the whole, however it is laid out', () => {
    for (const data of [fixture(), syntheticDataset(300)]) {
      for (const text of [JSON.stringify(data), JSON.stringify(data, null, 2), JSON.stringify(data, null, '\t').replace(/\n/g, '\r\n')]) {
        expect(reassembled(text)).toEqual(JSON.parse(text));
      }
    }
  });

  it('is not fooled by brackets, quotes and backslashes inside strings, or by an "events" key deeper down', () => {
    const text = String.raw`{"a": "]}[{\"", "b": {"events": [1]}, "events": [ {"t": "x\\", "u": "\\\"}"}, [1, [2]], "s,]", -1.5e3, true, null, {} ], "z": "\\"}`;
    expect(reassembled(text)).toEqual(JSON.parse(text));
    expect(splitEvents(text, HOLE)?.starts.length).toBe(7);
    expect(reassembled('{"events": []}')).toEqual({ events: [] });
  });

  it('gives up on what it does not follow: no events, the key twice, not an object, unclosed', () => {
    for (const text of ['{}', '[]', '{"x": 1}', '{"events": [1], "events": [2]}', '{"events": {"a": 1}}', '{"events": [1, 2}',
      '{"events": ["a]}', '{"events": [1] x', ' 7 ', '']) {
      expect(splitEvents(text, HOLE)).toBeNull();
    }
  });

  it('reads any JSON object with an events list as JSON.parse does (property)', () => {
    const arbitrary = fc.record({ before: fc.dictionary(fc.string(), fc.jsonValue()), events: fc.array(fc.jsonValue()), after: fc.dictionary(fc.string(), fc.jsonValue()) });
    fc.assert(fc.property(arbitrary, fc.constantFrom(undefined, 1, '\t'), ({ before, events, after }, indent) => {
      const { events: _b, ...b } = before;
      const { events: _a, ...a } = after;
      const text = JSON.stringify({ ...b, events, ...a }, null, indent);
      expect(reassembled(text)).toEqual(JSON.parse(text));
    }), { numRuns: 300 });
  }, PROPERTY_TIMEOUT_MS);
});

/** What the worker's finish gives, as the page would get it. */
async function throughWorkerFinish(text: string): Promise<ParseResult> {
  const decoder = new DatasetDecoder();
  decoder.push(new TextEncoder().encode(text));
  const { result, sink } = await decoder.finishInto(() => new TimelineWriter());
  return result.ok ? { ok: true, timeline: acrossWire(sink, result.head) } : result;
}

describe('DatasetDecoder.finishInto (the worker, an event at a time)', () => {
  it('agrees with the whole-file parse on valid, invalid, broken and oddly written files', async () => {
    const bad = fixture();
    (bad.events[1] as { start: string }).start = '2019-13-45';
    const good = JSON.stringify(syntheticDataset(400));
    const cases = [
      good, JSON.stringify(fixture(), null, 2), JSON.stringify(bad),
      good.replace('"dateSource":"editor"', '"dateSource":tru'), // a syntax error inside one event
      good.slice(0, good.length / 2), // cut short
      good.replace(/\}$/, ',"\\u0065vents":[]}'), // a second events key, spelt with an escape: JSON.parse takes it
      good.replace('"events":[', '"events":[7,'), // an event that is not an object
      '\uFEFF' + good, '', '{"version": 1}',
    ];
    for (const text of cases) expect(await throughWorkerFinish(text)).toStrictEqual(await parseDatasetBytes([new TextEncoder().encode(text)]));
  });

  it('reads a well-formed file in pieces, and leaves a broken or ambiguous one to the whole-file parse', () => {
    const good = JSON.stringify(syntheticDataset(50));
    const pieces = (text: string) => checkInPieces(text, () => new TimelineWriter(), () => undefined);
    expect(pieces(good)?.result.ok).toBe(true);
    expect(pieces(good.replace('"dateSource":"editor"', '"dateSource":tru'))).toBeNull();
    expect(pieces(good.replace(/\}$/, ',"\\u0065vents":[]}'))).toBeNull();
  });
});
