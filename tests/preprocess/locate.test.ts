import { describe, expect, it } from 'vitest';
import { locate, type LocateHints } from '../../src/preprocess/locate';

const CURLY = 'He expected a ‘frank conversation’. “We’ve made it clear,” he said.';
const STRAIGHT = 'Peskov said "it\'s a "maximum pressure" campaign". Later: "maximum pressure" again, and "maximum pressure" once more.';

function find(text: string, words: string, hints: LocateHints = {}) {
  return locate(text, words, hints, { kind: 'quote', owner: 'q-1', source: 'afp' });
}

describe('locating a quote in a cleaned text', () => {
  it('finds words typed with straight quotes in typographic text, recording the exact slice', () => {
    const found = find(CURLY, "We've made it clear");
    expect(found).toEqual({ start: CURLY.indexOf('We’ve'), end: CURLY.indexOf('We’ve') + 19, text: 'We’ve made it clear' });
  });

  it('finds words typed with typographic quotes in straight text', () => {
    const found = find(STRAIGHT, 'it’s a “maximum pressure” campaign');
    expect(found).toMatchObject({ text: 'it\'s a "maximum pressure" campaign' });
  });

  it('gives offsets such that text.slice(start, end) is the recorded text', () => {
    const found = find(CURLY, 'frank conversation');
    if ('error' in found) throw new Error(found.error);
    expect(CURLY.slice(found.start, found.end)).toBe(found.text);
  });

  it('fails when the words are not there, naming the quote, its id and the source', () => {
    const found = find(CURLY, 'a rather long quotation that the report never printed anywhere at all');
    expect(found).toHaveProperty('error');
    const { error } = found as { error: string };
    expect(error).toContain('"a rather long quotation that the report never prin…"');
    expect(error).toContain('q-1');
    expect(error).toContain('source afp');
  });

  it('names the event for a mention that is not found', () => {
    const found = locate(CURLY, 'nothing like this', {}, { kind: 'mention', owner: 'sochi-talks', source: 'cgtn' });
    expect(found).toMatchObject({ error: expect.stringMatching(/mention "nothing like this" \(event sochi-talks\).*source cgtn/) });
  });

  it('fails when the words occur more than once, saying how often and how to choose', () => {
    const found = find(STRAIGHT, 'maximum pressure');
    expect(found).toHaveProperty('error');
    const { error } = found as { error: string };
    expect(error).toContain('occurs 3 times');
    expect(error).toContain('occurrence: N');
    expect(error).toContain('after:');
  });

  it('takes the Nth match with occurrence: N (1-based)', () => {
    const found = find(STRAIGHT, 'maximum pressure', { occurrence: 2 });
    expect(found).toMatchObject({ start: STRAIGHT.indexOf('maximum pressure" again') });
  });

  it('fails when occurrence asks for more matches than there are', () => {
    expect(find(STRAIGHT, 'maximum pressure', { occurrence: 4 })).toMatchObject({ error: expect.stringContaining('only 3 times') });
  });

  it('takes the first match after the given words with after:', () => {
    const found = find(STRAIGHT, 'maximum pressure', { after: 'again, and' });
    expect(found).toMatchObject({ start: STRAIGHT.lastIndexOf('maximum pressure') });
  });

  it('combines after: and occurrence:, counting from the after words', () => {
    const found = find(STRAIGHT, 'maximum pressure', { after: 'Later:', occurrence: 2 });
    expect(found).toMatchObject({ start: STRAIGHT.lastIndexOf('maximum pressure') });
  });

  it('fails when the after: words are not in the text', () => {
    expect(find(STRAIGHT, 'maximum pressure', { after: 'nowhere' })).toMatchObject({ error: expect.stringContaining('after: "nowhere"') });
  });

  it('fails when after: leaves the words still ambiguous', () => {
    expect(find(STRAIGHT, 'maximum pressure', { after: 'Later:' })).toMatchObject({ error: expect.stringContaining('occurs 2 times after "Later:"') });
  });
});
