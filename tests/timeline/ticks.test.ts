import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../src/timeline/ticks';

const at = (iso: string) => Date.parse(iso);

describe('axisTicks', () => {
  it('ticks at day zoom label hours, with the day as context', () => {
    const t = axisTicks(at('2019-05-14T00:00Z'), at('2019-05-15T00:00Z'), 1200, { locale: 'en-GB' });
    expect(t.unit).toBe('hour');
    expect(t.minor[1]).toEqual({ t: at('2019-05-14T03:00Z'), label: '03:00' });
    // Midnight carries the day's label in the row below instead of a repeated "00:00".
    expect(t.minor[0]).toEqual({ t: at('2019-05-14T00:00Z'), label: '' });
    expect(t.minor.map((x) => x.label)).toContain('18:00');
    expect(t.context).toMatch(/^Tue,? 14 May 2019$/);
  });

  it('ticks at month zoom label days and name the month above them', () => {
    const t = axisTicks(at('2019-05-01T00:00Z'), at('2019-06-01T00:00Z'), 1600, { locale: 'en-GB' });
    expect(t.unit).toBe('day');
    expect(t.minor[0]!.label).toBe('1');
    expect(t.major.map((x) => x.label)).toEqual(['May 2019', 'June 2019']);
  });

  it('ticks over a year label months, and the year above them', () => {
    const t = axisTicks(at('2019-01-01T00:00Z'), at('2020-01-01T00:00Z'), 1000, { locale: 'en-GB' });
    expect(t.unit).toBe('month');
    expect(t.minor.slice(0, 3).map((x) => x.label)).toEqual(['Jan', 'Feb', 'Mar']);
    expect(t.major[0]!.label).toBe('2019');
  });

  it('ticks over decades label years; over a century, decades', () => {
    expect(axisTicks(at('2000-01-01T00:00Z'), at('2021-01-01T00:00Z'), 900, { locale: 'en' }).unit).toBe('year');
    const c = axisTicks(at('1900-01-01T00:00Z'), at('2000-01-01T00:00Z'), 900, { locale: 'en' });
    expect(c.unit).toBe('decade');
    expect(c.minor.map((x) => x.label)).toContain('1950');
  });

  it('a narrow plot gets coarser ticks than a wide one for the same view', () => {
    const wide = axisTicks(at('2019-05-01T00:00Z'), at('2019-06-01T00:00Z'), 1600, { locale: 'en' });
    const narrow = axisTicks(at('2019-05-01T00:00Z'), at('2019-06-01T00:00Z'), 320, { locale: 'en' });
    expect(narrow.minor.length).toBeLessThan(wide.minor.length);
    for (const t of [wide, narrow]) {
      const gaps = t.minor.slice(1).map((x, i) => x.t - t.minor[i]!.t);
      expect(Math.min(...gaps) * (t === wide ? 1600 : 320) / (31 * 86_400_000)).toBeGreaterThanOrEqual(20);
    }
  });

  it('labels follow the locale, in UTC', () => {
    const t = axisTicks(at('2019-01-01T00:00Z'), at('2020-01-01T00:00Z'), 1000, { locale: 'de-DE' });
    expect(t.minor[2]!.label).toMatch(/^Mär/);
  });
});
