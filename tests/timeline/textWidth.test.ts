import { describe, expect, it } from 'vitest';
import { textMeasure } from '../../src/timeline/textWidth';

// Without a canvas (tests, the server) widths are estimated at about half the font size per character.
const m = textMeasure('14px serif', 14);

describe('textMeasure', () => {
  it('a title that fits is kept whole', () => {
    expect(m.fit('Putin meets Pompeo', 500)).toBe('Putin meets Pompeo');
  });
  it('a title too long is cut at a word and ends with an ellipsis, within the room', () => {
    const cut = m.fit('Pompeo and Lavrov hold talks in Sochi before meeting Putin', 120);
    expect(cut.endsWith('…')).toBe(true);
    expect(m.width(cut)).toBeLessThanOrEqual(120);
    expect(cut).toMatch(/^Pompeo and( Lavrov)?…$/);
  });
  it('no room, no text', () => {
    expect(m.fit('Sochi', 3)).toBe('');
  });
});
