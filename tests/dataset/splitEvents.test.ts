import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitEvents } from '../../src/dataset/read/splitEvents';
import { DatasetDecoder, parseDatasetBytes } from '../../src/dataset/read/parseBytes';
import { checkInPieces, checkText } from '../../src/dataset/read/checkText';
import { TimelineWriter } from '../../src/dataset/read/timelineWire';
import type { ParseResult } from '../../src/dataset/model';
import { syntheticDataset } from '../../scripts/bench/synthetic';
import { acrossWire, fixture } from './helpers';
import { PROPERTY_TIMEOUT_MS } from '../propertyRuns';

const encode = (text: string) => new TextEncoder().encode(text);
const HOLE = '"hole"';

/** What JSON.parse reads from the pieces: the rest, with the events parsed one by one put in. */
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

  it('cuts around any characters: accents, scripts, emoji, control characters', () => {
    const text = JSON.stringify({ title: 'Гуаидо «вне закона» 🇻🇪', events: [{ t: 'مكان ]}' }, { t: '中文"{' }, '\u0000'] });
    expect(reassembled(text)).toEqual(JSON.parse(text));
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

/** What the worker's finish gives, as the page would get it, for bytes pushed in `size`-byte chunks after reserving `reserve`. */
async function throughWorkerFinish(bytes: Uint8Array, size = 1 << 20, reserve?: number): Promise<ParseResult> {
  const decoder = new DatasetDecoder(true);
  if (reserve !== undefined) decoder.reserve(reserve);
  for (let at = 0; at < bytes.length; at += size) decoder.push(bytes.slice(at, at + size));
  const read = decoder.finishText();
  if (!read.ok) return read;
  const { result, sink } = await checkText(read.text, read.bytes, () => new TimelineWriter());
  return result.ok ? { ok: true, timeline: acrossWire(sink, result.head) } : result;
}

describe('checkText (the worker, an event at a time)', () => {
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
      good.replace('"events":[', '"events":[\uFEFF'), // a byte-order mark inside the file: JSON refuses it
      '\uFEFF' + good, '', '{"version": 1}',
    ].map(encode);
    const broken = encode(good);
    broken[broken.indexOf(0x4d)] = 0xff; // an invalid byte in a title ("M…" of a name): U+FFFD, as Response.text() reads it
    cases.push(broken);
    for (const bytes of cases) expect(await throughWorkerFinish(bytes)).toStrictEqual(await parseDatasetBytes([bytes]));
  });

  it('gives the same result whatever the chunks and the size reserved (a Content-Length may be a compressed size, or wrong)', async () => {
    const bytes = encode(JSON.stringify(syntheticDataset(200)));
    const expected = await parseDatasetBytes([bytes]);
    for (const reserve of [undefined, bytes.length, Math.floor(bytes.length / 3), 7.5, bytes.length * 2]) {
      for (const size of [4096, 65_536, bytes.length]) expect(await throughWorkerFinish(bytes, size, reserve)).toStrictEqual(expected);
    }
  });

  it('reads a well-formed file in pieces, and leaves a broken or ambiguous one to the whole-file parse', () => {
    const good = JSON.stringify(syntheticDataset(50));
    const pieces = (text: string) => checkInPieces(text, () => new TimelineWriter(), () => undefined);
    expect(pieces(good)?.result.ok).toBe(true);
    expect(pieces(good.replace('"dateSource":"editor"', '"dateSource":tru'))).toBeNull();
    expect(pieces(good.replace(/\}$/, ',"\\u0065vents":[]}'))).toBeNull();
  });
});
