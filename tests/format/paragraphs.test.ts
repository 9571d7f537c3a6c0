import { describe, expect, it } from 'vitest';
import { paragraphs } from '../../src/format/paragraphs';

describe('paragraphs of a summary', () => {
  it('splits at blank lines, keeping single newlines as line breaks', () => {
    expect(paragraphs('Line one\nLine two\n\nitem A\n\nitem B')).toEqual([['Line one', 'Line two'], ['item A'], ['item B']]);
  });
  it('treats a line of spaces as blank, CRLF as LF, and drops empty paragraphs', () => {
    expect(paragraphs('a\r\n  \r\nb\n\n\n\n')).toEqual([['a'], ['b']]);
    expect(paragraphs('')).toEqual([]);
  });
  it('keeps markup-like text as text (it is rendered as text, never parsed)', () => {
    expect(paragraphs('5 < 7 <b>x</b>')).toEqual([['5 < 7 <b>x</b>']]);
  });
});
