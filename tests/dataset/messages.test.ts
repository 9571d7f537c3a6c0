import { describe, expect, it } from 'vitest';
import { JSON_WORDS, expected, grouped, kindOf, shown } from '../../src/dataset/read/messages';

describe('the shared message helpers', () => {
  it('name a value kind in JSON words by default', () => {
    expect([undefined, null, [], {}, 's', 1, true].map((v) => kindOf(v))).toEqual(['nothing', 'null', 'an array', 'an object', 'a string', 'a number', 'a boolean']);
  });
  it("name it in a reader's own words", () => {
    const yaml = { array: 'a list', object: 'a mapping', null: 'nothing', number: (n: number) => `the number ${n}`, boolean: (b: boolean) => `${b}` };
    expect([null, [], {}, 3, false].map((v) => kindOf(v, yaml))).toEqual(['nothing', 'a list', 'a mapping', 'the number 3', 'false']);
  });
  it('say what was expected and what was found, or that it is missing', () => {
    expect(expected('a string', 4)).toBe('expected a string, found a number');
    expect(expected('a string', undefined, JSON_WORDS)).toBe('is missing (expected a string)');
  });
  it('quote and cut values, and group thousands', () => {
    expect(shown('a"b')).toBe('"a\\"b"');
    expect(shown('x'.repeat(100))).toBe(JSON.stringify('x'.repeat(60) + '…'));
    expect(shown('x'.repeat(100), 50)).toBe(JSON.stringify('x'.repeat(50) + '…'));
    expect(grouped(200000)).toBe('200,000');
  });
});
