import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkFileSize, lineColumn, parseDatasetText } from '../../src/dataset/parseText';
import { findJsonError } from '../../src/dataset/read/jsonSyntaxError';
import { MAX_FILE_BYTES } from '../../src/dataset/limits';
import { formatIssue } from '../../src/dataset/parse';
import { fixture } from './helpers';
import { PROPERTY_TIMEOUT_MS } from '../propertyRuns';

/** The problem lines for a text ([] when valid). */
async function problems(text: string): Promise<string[]> {
  const result = await parseDatasetText(text);
  return result.ok ? [] : result.issues.map(formatIssue);
}

/** Makes the next JSON.parse throw `message`, as another engine would. */
function engineSays(message: string): void {
  vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
    throw new SyntaxError(message);
  });
}

afterEach(() => vi.restoreAllMocks());

const BROKEN = '{\n  "version": 1,\n  "id": x\n}';

describe('parseDatasetText', () => {
  it('parses valid dataset text, then checks it like parseDataset', async () => {
    expect((await parseDatasetText(JSON.stringify(fixture()))).ok).toBe(true);
    expect(await problems(JSON.stringify({ ...fixture(), version: 2 }))).toEqual(['version: version 2 is not supported: this app reads version 1']);
  });

  it('reports a syntax error as one problem at (file), with line and column', async () => {
    expect(await problems('{"a":}')).toEqual(["(file): is not valid JSON: Unexpected token '}' at line 1, column 6"]);
    expect(await problems(BROKEN)).toEqual(["(file): is not valid JSON: Unexpected token 'x' at line 3, column 9"]);
  });

  it('locates errors the engine gives a position for (Node 20: "at position N")', async () => {
    expect(await problems('{\n  "a": "unterminated')).toEqual(['(file): is not valid JSON: Unterminated string at line 2, column 21']);
    expect(await problems('[1,\n 2]]')).toEqual(['(file): is not valid JSON: Unexpected non-whitespace character after JSON at line 2, column 4']);
  });

  it('reads the line and column newer V8 reports', async () => {
    engineSays("Expected property name or '}' in JSON at position 14 (line 3 column 2)");
    expect(await problems('{\n "a": 1,\n }')).toEqual(["(file): is not valid JSON: Expected property name or '}' at line 3, column 2"]);
  });

  it('computes the line and column from a bare position', async () => {
    engineSays('Unexpected number in JSON at position 26');
    expect(await problems(BROKEN)).toEqual(['(file): is not valid JSON: Unexpected number at line 3, column 9']);
  });

  it('reads the line and column Firefox reports', async () => {
    engineSays('JSON.parse: unexpected character at line 3 column 9 of the JSON data');
    expect(await problems(BROKEN)).toEqual(['(file): is not valid JSON: unexpected character at line 3, column 9']);
  });

  it('finds the position itself when the engine gives none', async () => {
    engineSays('JSON Parse error: Unexpected identifier "x"');
    expect(await problems(BROKEN)).toEqual(['(file): is not valid JSON: JSON Parse error: Unexpected identifier "x" at line 3, column 9']);
  });

  it('still reports the error when no position can be found at all', async () => {
    engineSays('Something odd');
    expect(await problems('{}')).toEqual(['(file): is not valid JSON: Something odd']);
  });

  it('says when the file is empty', async () => {
    expect(await problems('')).toEqual(['(file): the file is empty']);
    expect(await problems(' \n\t')).toEqual(['(file): the file is empty']);
  });

  it('ignores a byte-order mark', async () => {
    expect((await parseDatasetText('\uFEFF' + JSON.stringify(fixture()))).ok).toBe(true);
  });

  it(`refuses text over ${MAX_FILE_BYTES / 1024 / 1024} MB before parsing it`, async () => {
    expect(checkFileSize(MAX_FILE_BYTES)).toBeUndefined();
    expect(checkFileSize(MAX_FILE_BYTES + 1)).toEqual({
      path: '(file)',
      message: 'the file is 50.0 MB (52,428,801 bytes); the limit is 50 MB',
    });
    const parse = vi.spyOn(JSON, 'parse');
    expect(await problems(' '.repeat(MAX_FILE_BYTES + 1))).toEqual(['(file): the file is 50.0 MB (52,428,801 bytes); the limit is 50 MB']);
    // Counted in UTF-8 bytes: 20 million "é" are 40 MB, 20 million "€" are 60 MB.
    expect((await problems('"' + 'é'.repeat(20_000_000) + '"'))[0]).not.toMatch(/limit/);
    expect(await problems('"' + '€'.repeat(20_000_000) + '"')).toEqual(['(file): the file is 57.2 MB (60,000,002 bytes); the limit is 50 MB']);
    expect(parse).toHaveBeenCalledTimes(1);
  });
});

describe('lineColumn', () => {
  it('counts lines and columns from 1', async () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 2)).toEqual({ line: 1, column: 3 });
    expect(lineColumn('ab\ncd', 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumn('ab\ncd', 5)).toEqual({ line: 2, column: 3 });
  });
});

describe('findJsonError', () => {
  it('finds nothing wrong in valid JSON', async () => {
    for (const text of ['{}', '[]', ' 1 ', '-0.5e+10', '"a\\u00e9\\n"', '{"a":[1,{"b":null}],"c":true}', JSON.stringify(fixture(), null, 2)]) {
      expect(await findJsonError(text), text).toBeUndefined();
    }
  });

  it('points at the first wrong character', async () => {
    const cases: [string, number][] = [
      ['', 0], ['{', 1], ['{"a" 1}', 5], ['{"a":}', 5], ['[1,2,]', 5], ['[1 2]', 3], ['{"a":1,}', 7],
      ['01', 1], ['-', 1], ['1.', 2], ['1.5.', 3], ['1e', 2], ['1E+', 3], ['[1-2]', 2], ['tru', 3], ['nul!', 3], ['"a\u0001"', 2], ['"\\x"', 2], ['"\\u12g4"', 2],
      ['"open', 5], ['{} x', 3], ["{'a':1}", 1], ['[1] // c', 4], ['[1] /* c */', 4], ['[1]\u000b', 3], ['[1]\u00a0', 3], ['[' .repeat(100_000), 100_000],
    ];
    for (const [text, at] of cases) expect(await findJsonError(text), JSON.stringify(text.slice(0, 20))).toBe(at);
  });

  it('agrees with JSON.parse on what is valid', async () => {
    for (const text of ['[1,[2,[3]]]', '{"a":{"b":{}}}', '[1,]', '{"a":1 "b":2}', '[-01]', '[1e5, 2E-3]', '"\\/"']) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect((await findJsonError(text)) === undefined, text).toBe(valid);
    }
  });
});

describe('parseDatasetText never throws', () => {
  const wellFormed = async (text: string) => {
    const result = await parseDatasetText(text);
    return result.ok || (result.issues.length > 0 && result.issues.every((i) => !i.message.startsWith('could not be read')));
  };

  it('returns a timeline or problems for any string', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary' }), wellFormed), { numRuns: 300 });
  }, PROPERTY_TIMEOUT_MS);

  it('returns a timeline or problems for any cut of valid dataset text, locating syntax errors', async () => {
    const text = JSON.stringify(fixture(), null, 2);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: text.length }), fc.nat({ max: text.length }), async (a, b) => {
        const cut = text.slice(0, Math.min(a, b)) + text.slice(Math.max(a, b) + 1);
        const result = await parseDatasetText(cut);
        if (result.ok) return true;
        const [first] = result.issues;
        return first !== undefined && (first.path !== '(file)' || /at line \d+, column \d+$|the file is empty/.test(first.message));
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('handles deeply nested JSON', async () => {
    expect(await problems('['.repeat(100_000) + ']'.repeat(100_000))).toEqual(['(root): expected an object (the dataset), found an array']);
    expect((await problems('['.repeat(100_000)))[0]).toMatch(/^\(file\): is not valid JSON: .* at line 1, column 100001$/);
  });
});
