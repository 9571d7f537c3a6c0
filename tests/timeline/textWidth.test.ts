import { describe, expect, it } from 'vitest';
import { ELLIPSIS_PX, textMeasure } from '../../src/timeline/textWidth';

// Without a canvas (tests, the server) widths are estimated at about half the font size per character.
const m = textMeasure('14px serif', 14);
const TITLE = 'Pompeo and Lavrov hold talks in Sochi before meeting Putin';

describe('textMeasure', () => {
  it('a title that fits is kept whole', () => {
    expect(m.words('Putin meets Pompeo', 500)).toBe('Putin meets Pompeo');
  });
  it('a title too long keeps its first whole words, with room left for the drawn dots', () => {
    const head = m.words(TITLE, 120);
    expect(TITLE.startsWith(`${head} `)).toBe(true);
    expect(m.width(head) + ELLIPSIS_PX).toBeLessThanOrEqual(120);
    expect(m.width(`${head} ${TITLE.slice(head.length + 1).split(' ')[0]}`) + ELLIPSIS_PX).toBeGreaterThan(120);
  });
  it('no word fits, no text: a word is never cut', () => {
    expect(m.words('Sochi', 3)).toBe('');
    expect(m.words('Donaudampfschifffahrtsgesellschaft talks', 60)).toBe('');
  });
  it('lines break between words, every line but the last within the room', () => {
    const lines = m.lines(TITLE, 150, 2);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe(TITLE);
    expect(m.width(lines[0]!)).toBeLessThanOrEqual(150);
  });
});
