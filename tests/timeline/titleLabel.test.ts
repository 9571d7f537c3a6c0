import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PlacedMark } from '../../src/timeline/layout';
import { ELLIPSIS_PX, textMeasure } from '../../src/timeline/textWidth';
import { drawnWidth, laneLabel, wholeLabel, type Label } from '../../src/timeline/titleLabel';

// Without a canvas widths are estimated at about half the font size per character.
const m = textMeasure('14px serif', 14);
const WIDTH = 700;

/** A point mark at `cx` px with its title after it. */
const at = (cx: number, labelRoom = 200): PlacedMark => ({
  index: 0, lane: 0, labelX: cx + 10, labelRoom, geometry: { kind: 'point', x0: cx - 5, x1: cx + 5, cx, collapsed: false },
});

/** The words a reader sees, as axe's "label in name" check takes them (the text, not the clip). */
const words = (l: Label) => l.lines.join(' ').split(/\s+/).filter(Boolean);

/** Where the drawn title (and its dots) starts and ends, px. */
function extent(l: Label): [number, number] {
  const left = l.anchor === 'end' ? l.x - l.width : l.x;
  return [left, left + drawnWidth(l)];
}

const LONG = 'Pompeo and Lavrov hold talks in Sochi before meeting Putin, who then speaks to reporters about Venezuela, Iran and the inquiry';
const COMPOUND = 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft';

describe('wholeLabel: the title of the selected or focused mark', () => {
  it('is drawn whole after the glyph when it fits, else before it', () => {
    expect(wholeLabel('Putin meets Pompeo', at(100), WIDTH, m)).toMatchObject({ lines: ['Putin meets Pompeo'], anchor: 'start', truncated: false });
    expect(wholeLabel('Putin meets Pompeo', at(650), WIDTH, m)).toMatchObject({ lines: ['Putin meets Pompeo'], anchor: 'end', x: 639, truncated: false });
  });

  it('wraps to two lines of whole words on the side with more room', () => {
    const l = wholeLabel(LONG.slice(0, 90), at(350), WIDTH, m);
    expect(l.lines).toHaveLength(2);
    expect(l.lines.join(' ')).toBe(LONG.slice(0, 90));
    expect(l.truncated).toBe(false);
  });

  it('shortens a last line that still does not fit at a word, with dots after it', () => {
    const l = wholeLabel(LONG, at(350), WIDTH, m);
    expect(l).toMatchObject({ truncated: true, clip: null, anchor: 'start' });
    expect(LONG.split(' ').slice(0, words(l).length)).toEqual(words(l));
  });

  it('draws a word wider than the room whole, clipped, so the text seen is still the start of the name', () => {
    const l = wholeLabel(COMPOUND.repeat(3), at(350), WIDTH, m);
    expect(l).toMatchObject({ lines: [COMPOUND.repeat(3)], truncated: true, clip: 'ltr' });
    expect(l.tail).toBeLessThan(m.width(COMPOUND.repeat(3)));
    // A right-to-left word starts at the clip's right edge: its direction is its first strong letter's.
    expect(wholeLabel('אבגדהוזחטיכלמנסעפצקרשת'.repeat(8), at(350), WIDTH, m).clip).toBe('rtl');
    expect(wholeLabel(`2019:${'אבגדהוזחטיכלמנסעפצקרשת'.repeat(8)}`, at(350), WIDTH, m).clip).toBe('rtl');
    // After a line of whole words, too.
    const two = wholeLabel(`Talks in ${COMPOUND.repeat(3)}`, at(350), 600, m);
    expect(two.lines.join(' ')).toBe(`Talks in ${COMPOUND.repeat(3)}`);
  });

  it('whatever the title and wherever the mark, stays inside the plot and shows the title’s first whole words', () => {
    const word = fc.stringMatching(/^[A-Za-zÄÖÜäöü]{1,90}$/);
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.integer({ min: 8, max: WIDTH - 8 }), (parts, cx) => {
      const title = parts.join(' ');
      const l = wholeLabel(title, at(cx), WIDTH, m);
      const [left, right] = extent(l);
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(WIDTH);
      expect(parts.slice(0, words(l).length)).toEqual(words(l));
      expect(l.lines.length).toBeLessThanOrEqual(2);
    }));
  });
});

describe('laneLabel: any other title', () => {
  it('keeps the first whole words that fit its lane, with dots after them', () => {
    const l = laneLabel(LONG, at(100, 150), WIDTH, m);
    expect(l.truncated).toBe(true);
    expect(LONG.startsWith(`${l.lines[0]} `)).toBe(true);
    expect(l.tail + ELLIPSIS_PX).toBeLessThanOrEqual(150);
  });
  it('is hidden when no word fits, when it would start left of the plot, or before the next pill', () => {
    expect(laneLabel(COMPOUND, at(100, 150), WIDTH, m).lines).toEqual([]);
    expect(laneLabel('Talks', at(-20), WIDTH, m).lines).toEqual([]);
    expect(laneLabel('Talks in Sochi', at(100), WIDTH, m, 150).lines).toEqual([]);
  });
});
