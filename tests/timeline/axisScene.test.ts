import { describe, expect, it } from 'vitest';
import { axisScene, type AxisInput } from '../../src/timeline/axisScene';
import { LABEL_OFFSET } from '../../src/timeline/ticks';

// 1 ms per px: a tick at t is drawn at x = t.
const base: AxisInput = {
  ticks: { unit: 'day', minor: [], major: [], context: null, breaks: [] },
  x: (t) => t,
  width: 400,
  gridTop: 10,
  axisY: 100,
  charWidth: 7,
  fontSize: 12,
};

describe('axisScene', () => {
  it('draws a grid line at every tick, in the middle of its pixel column, and none for a run\'s start', () => {
    const s = axisScene({ ...base, ticks: { ...base.ticks,
      minor: [{ t: 10.2, label: '1' }, { t: 59.7, label: '' }],
      major: [{ t: 0, label: 'May 2019', runStart: true }, { t: 200.4, label: 'June 2019' }] } });
    expect(s.minorGrid).toEqual([10.5, 60.5]);
    expect(s.majorGrid).toEqual([200.5]);
    // Periods' lines run down past the fine labels, under their own row.
    expect(s.majorBottom).toBe(100 + 12 * 3 + 4);
    expect(s.unit).toBe('day');
  });

  it('labels ticks right of their line, fine ones on the first row and periods on the second, leaving out blank ones and those the right edge would cut', () => {
    const s = axisScene({ ...base, ticks: { ...base.ticks,
      minor: [{ t: 10, label: '1' }, { t: 20, label: '' }, { t: 390, label: '30' }],
      major: [{ t: 100, label: 'May 2019' }], context: 'April 2019' } });
    expect(s.labels).toEqual([
      { key: 'l0', kind: 'minor', x: 10 + LABEL_OFFSET, y: 100 + 12 * 1.4, text: '1' },
      { key: 'c', kind: 'period', x: LABEL_OFFSET, y: 136, text: 'April 2019' },
      { key: 'L0', kind: 'period', x: 100 + LABEL_OFFSET, y: 136, text: 'May 2019' },
    ]);
  });

  it('cuts the axis at a collapsed gap, naming its length whole, short, or not at all as room allows', () => {
    const gap = (from: number, to: number) => ({ from, to, label: '≈ 10 months', short: '≈ 10mo' });
    const s = axisScene({ ...base, ticks: { ...base.ticks, breaks: [gap(0, 100), gap(200, 250), gap(300, 310)] } });
    expect(s.cuts.map((c) => [c.name, c.text])).toEqual([['≈ 10 months', '≈ 10 months'], ['≈ 10 months', '≈ 10mo'], ['≈ 10 months', '']]);
    const [c] = s.cuts;
    // The grid is veiled from the gap's start to its end; the axis line is bridged inside it, between two slants.
    expect(c!.veil).toEqual({ x: 0, y: 10, width: 100, height: 90 });
    expect(c!.bar).toEqual({ x: 2, y: 97, width: 96, height: 7 });
    expect(c!.slants).toEqual([{ x: -3, y: 106 }, { x: 97, y: 106 }]);
  });
});
