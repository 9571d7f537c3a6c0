import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/export/wrap';

// One unit per character: widths are easy to reason about.
const chars = (s: string) => s.length;

describe('wrapText', () => {
  it('breaks at spaces so that no line is wider than the width', () => {
    const lines = wrapText('Pompeo and Lavrov hold talks in Sochi', 12, chars);
    expect(lines).toEqual(['Pompeo and', 'Lavrov hold', 'talks in', 'Sochi']);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(12);
  });
  it('keeps every word, in order, and collapses runs of white space', () => {
    const text = '  a  bb\tccc \n dddd ';
    expect(wrapText(text, 5, chars).join(' ')).toBe('a bb ccc dddd');
  });
  it('puts a word wider than the line on a line of its own', () => {
    expect(wrapText('a interdependence b', 6, chars)).toEqual(['a', 'interdependence', 'b']);
  });
  it('ends the last allowed line with an ellipsis when text is left over', () => {
    const lines = wrapText('one two three four five six', 9, chars, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines[1]!.length).toBeLessThanOrEqual(9);
  });
  it('gives no lines for empty text', () => {
    expect(wrapText('   ', 10, chars)).toEqual([]);
  });
});
