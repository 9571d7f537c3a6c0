import { describe, expect, it } from 'vitest';
import { parseDatasetBytes, type ParseStep } from '../../src/dataset/read/parseBytes';
import { parseDatasetText } from '../../src/dataset/parseText';
import { fixture } from './helpers';

const encode = (s: string) => new TextEncoder().encode(s);
/** The bytes cut into pieces of `size`, splitting multi-byte characters. */
const cut = (bytes: Uint8Array, size: number) => Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.slice(i * size, (i + 1) * size));

describe('parseDatasetBytes', () => {
  it('agrees with parseDatasetText on valid, invalid and broken files, however the bytes are cut', async () => {
    const bad = fixture();
    (bad.events[0] as { start: string }).start = '2019-13-45';
    const named = fixture();
    named.title = 'Guaidó «Гуаидо» 🇻🇪';
    for (const text of [JSON.stringify(named), JSON.stringify(bad), '{\n  "version": 1,\n  "id": oops\n}', '', '  ', '[]', 'null']) {
      for (const size of [1, 3, 64, 1 << 20]) expect(await parseDatasetBytes(cut(encode(text), size))).toStrictEqual(await parseDatasetText(text));
    }
  });

  it('reports reading, then checking with the number of events', async () => {
    const steps: ParseStep[] = [];
    await parseDatasetBytes([encode(JSON.stringify(fixture()))], (s) => steps.push(s));
    expect(steps).toEqual([{ step: 'reading' }, { step: 'checking', events: fixture().events.length }]);
    const none: ParseStep[] = [];
    await parseDatasetBytes([encode('{"version": 1}')], (s) => none.push(s));
    expect(none.at(-1)).toEqual({ step: 'checking', events: null });
  });

  it('turns invalid UTF-8 into U+FFFD, as Response.text() does', async () => {
    const data = fixture();
    data.title = 'AB';
    const bytes = encode(JSON.stringify(data));
    const at = bytes.indexOf(0x41); // the "A"
    bytes[at] = 0xff;
    const result = await parseDatasetBytes([bytes]);
    expect(result.ok && result.timeline.title).toBe('\uFFFDB');
  });
});
