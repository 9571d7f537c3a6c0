import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LABEL_GAP, LABEL_OFFSET, axisTicks, labelWidth } from '../../src/timeline/ticks';
import { PROPERTY_TIMEOUT_MS } from '../propertyRuns';

const HOUR_MS = 3_600_000;

const at = (iso: string) => Date.parse(iso);

describe('axisTicks', () => {
  it('ticks at day zoom label hours, with the day as context', () => {
    const t = axisTicks(at('2019-05-14T00:00Z'), at('2019-05-15T00:00Z'), 1200, { locale: 'en-GB' });
    expect(t.unit).toBe('hour');
    expect(t.minor[1]).toEqual({ t: at('2019-05-14T03:00Z'), label: '03:00' });
    // Midnight carries the day's label in the row below instead of a repeated "00:00".
    expect(t.minor[0]).toEqual({ t: at('2019-05-14T00:00Z'), label: '' });
    expect(t.minor.map((x) => x.label)).toContain('18:00');
    // The view starts at midnight: the day's own label sits at the left edge, naming the zone.
    expect(t.major[0]!.label).toMatch(/^Tue,? 14 May 2019 · UTC$/);
  });

  it('ticks at month zoom label days and name the month above them', () => {
    const t = axisTicks(at('2019-05-01T00:00Z'), at('2019-06-01T00:00Z'), 1600, { locale: 'en-GB' });
    expect(t.unit).toBe('day');
    expect(t.minor[0]!.label).toBe('1');
    // June starts at the right edge: its line is drawn, its label (which the edge would cut) is not.
    expect(t.major.map((x) => x.label)).toEqual(['May 2019', '']);
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

describe('axisTicks in the story\'s time zone', () => {
  it('draws hours on the zone\'s clock and names the zone: 19:00 in Moscow is 19:00 on the axis', () => {
    const t = axisTicks(at('2019-05-13T12:00Z'), at('2019-05-14T00:00Z'), 1200, { locale: 'en-GB', timeZone: 'Europe/Moscow' });
    expect(t.unit).toBe('hour');
    // Putin receives Pompeo at 19:00 +03:00 = 16:00 UTC; the tick at that instant reads "19:00".
    expect(t.minor.find((m) => m.t === at('2019-05-13T16:00Z'))?.label).toBe('19:00');
    // The day changes at Moscow's midnight (21:00 UTC), and its label names the zone.
    expect(t.major.map((m) => m.t)).toEqual([at('2019-05-13T21:00Z')]);
    expect(t.major[0]!.label).toMatch(/14 May 2019 · GMT\+3$/);
    expect(t.context).toMatch(/13 May 2019 · GMT\+3$/);
  });
  it('names each side of a daylight-saving change by its own zone name', () => {
    const t = axisTicks(at('2021-11-06T12:00Z'), at('2021-11-08T12:00Z'), 1600, { locale: 'en-US', timeZone: 'America/New_York' });
    expect(t.major.map((m) => m.label)).toEqual([expect.stringMatching(/Nov 7, 2021 · EDT$/), expect.stringMatching(/Nov 8, 2021 · EST$/)]);
  });
  it('days and coarser follow the zone\'s midnights', () => {
    const t = axisTicks(at('2019-05-01T00:00Z'), at('2019-06-01T00:00Z'), 1600, { locale: 'en-GB', timeZone: 'Europe/Moscow' });
    expect(t.unit).toBe('day');
    for (const m of t.minor) expect(new Date(m.t).getUTCHours()).toBe(21);
  });
});

/** 1 January of an astronomical year (Date.UTC reads 0–99 as 1900–1999). */
const year = (y: number) => { const d = new Date(0); d.setUTCFullYear(y, 0, 1); return d.getTime(); };

describe('axisTicks before AD 1 and over deep time', () => {
  it('labels years before AD 1 with their era, on round years as readers count them', () => {
    const t = axisTicks(year(-60), year(90), 900, { locale: 'en' });
    const labels = t.minor.map((m) => m.label).filter(Boolean);
    expect(labels).toContain('50 BC');
    expect(labels).toContain('10 BC');
    expect(labels).toContain('10 AD');
    expect(labels.join(' ')).not.toMatch(/NaN|-/);
  });
  it('ten thousand years on a phone still gets a handful of ticks', () => {
    const t = axisTicks(year(-8000), year(2020), 340, { locale: 'en', minSpacing: 64 });
    const labels = t.minor.filter((m) => m.label);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(labels.length).toBeLessThanOrEqual(8);
  });
});

describe('the view\'s first period is named where there is room', () => {
  it('a narrow axis starting in March 2015 pins 2015 before the first year tick', () => {
    const t = axisTicks(at('2015-03-01T00:00Z'), at('2021-01-01T00:00Z'), 340, { locale: 'en', minSpacing: 64 });
    expect(t.unit).toBe('year');
    expect(t.context).toBe('2015');
  });
  it('when the next period\'s label leaves no room to pin it, the first fine label carries it', () => {
    // The view starts at noon on 30 December: "January 2016" leaves no room for "December 2015".
    const from = at('2015-12-30T12:00Z');
    const t = axisTicks(from, from + 40 * 86_400_000, 2400, { locale: 'en' });
    expect(t.unit).toBe('day');
    expect(t.context).toBeNull();
    expect(t.minor.find((m) => m.label)).toEqual({ t: at('2015-12-31T00:00Z'), label: '31 December 2015' });
    expect(t.major.find((m) => m.label)).toEqual({ t: at('2016-01-01T00:00Z'), label: 'January 2016' });
  });
});

describe('a pinned period never sits under the next period\'s label', () => {
  // Seen on a phone: a view from 20 December 2018 pinned "2018" under "Jan 2019".
  it('a sliver of December with no tick of its own goes unnamed; January\'s year is in the period row', () => {
    const from = at('2018-12-20T00:00Z');
    const t = axisTicks(from, at('2020-04-15T00:00Z'), 337, { locale: 'en' });
    expect(t.context).toBeNull();
    expect(t.minor.find((m) => m.label)).toEqual({ t: at('2019-01-01T00:00Z'), label: 'Jan' });
    expect(t.major.find((m) => m.label)).toEqual({ t: at('2019-01-01T00:00Z'), label: '2019' });
  });
  it('without a row of periods, the year is pinned only where it clears the next year\'s label', () => {
    const early = axisTicks(at('2019-11-01T00:00Z'), at('2025-06-01T00:00Z'), 375, { locale: 'en' });
    expect(early.unit).toBe('year');
    expect(early.context).toBeNull();
    expect(early.minor.find((m) => m.label)).toEqual({ t: at('2020-01-01T00:00Z'), label: '2020' });
    const mid = axisTicks(at('2019-03-01T00:00Z'), at('2025-06-01T00:00Z'), 375, { locale: 'en' });
    expect(mid.context).toBe('2019');
  });
  it('a next period\'s label too long for the plot does not stop the first from being pinned', () => {
    // Found by the property below: 21:36–01:58 on a 280 px plot had one tick, midnight, whose day
    // label ran past the right edge (so was dropped) and still kept the evening's day unpinned.
    const from = at('1970-01-02T21:36Z');
    const t = axisTicks(from, from + 4.375 * 3_600_000, 280, { locale: 'en', timeZone: 'UTC', minSpacing: 64 });
    expect(t.major.every((m) => !m.label)).toBe(true);
    expect(t.context).toBe('Fri, Jan 2, 1970 · UTC');
  });
  it('for any view, the pinned period ends before the first label of a later period begins', () => {
    const DAY_MS = 86_400_000;
    fc.assert(
      fc.property(
        fc.integer({ min: -300_000, max: 300_000 }).map((d) => d * DAY_MS / 10),
        fc.double({ min: Math.log(DAY_MS), max: Math.log(200 * 365.25 * DAY_MS), noNaN: true }).map(Math.exp),
        fc.integer({ min: 280, max: 1400 }),
        (from, span, width) => {
          const to = from + span;
          const t = axisTicks(from, to, width, { locale: 'en' });
          if (t.context === null) return;
          const x = (v: number) => ((v - from) / span) * width;
          const pinEnd = LABEL_OFFSET + WIDTH_OF(t.context) + LABEL_GAP;
          // Every label that starts under the pinned one names the same period, or a finer part of it.
          // (EPSILON: this x and axisTicks' own differ in the last bits, so labels exactly
          // LABEL_GAP apart, found at spans of exactly a day, must not read as overlapping.)
          const rows = t.unit === 'year' || t.unit === 'decade' ? t.minor : t.major;
          for (const m of rows) if (m.label && x(m.t) + LABEL_OFFSET < pinEnd - EPSILON) expect(m.label).toBe(t.context);
        },
      ),
      { numRuns: 300 },
    );
  });
});

const WIDTH_OF = (label: string) => labelWidth(label, 7.5);
/** Pixels this test's positions may differ from axisTicks' own by rounding alone. */
const EPSILON = 1e-6;

/** Every pair of labels in a row, and the pinned period, clear of each other. */
function overlaps(from: number, to: number, width: number, t: ReturnType<typeof axisTicks>): string[] {
  const x = (v: number) => ((v - from) / (to - from)) * width;
  const out: string[] = [];
  if (t.context && LABEL_OFFSET + WIDTH_OF(t.context) > width) out.push(`context "${t.context}" is wider than the plot`);
  for (const [name, row, startAt] of [
    ['minor', t.minor, -Infinity],
    ['major', t.major, t.context ? LABEL_OFFSET + WIDTH_OF(t.context) : -Infinity],
  ] as const) {
    let end = startAt;
    for (const tick of row) {
      if (!tick.label) continue;
      const start = x(tick.t) + LABEL_OFFSET;
      if (start < end - EPSILON) out.push(`${name} "${tick.label}" at ${start.toFixed(1)} overlaps what ends at ${end.toFixed(1)}`);
      end = start + WIDTH_OF(tick.label);
      if (end > width + EPSILON) out.push(`${name} "${tick.label}" runs past the plot's edge (${end.toFixed(1)} > ${width})`);
    }
  }
  return out;
}

describe('property: labels never overlap', () => {
  const DAY_MS = 86_400_000;
  it('for any span from an hour to ten thousand years, any width, locale and zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -3_000_000, max: 3_000_000 }).map((d) => d * DAY_MS / 10),
        fc.double({ min: Math.log(HOUR_MS), max: Math.log(10_000 * 365.25 * DAY_MS), noNaN: true }).map(Math.exp),
        fc.integer({ min: 280, max: 2400 }),
        fc.constantFrom('en', 'en-GB', 'de', 'fr', 'ru', 'ja'),
        fc.constantFrom('UTC', 'Europe/Moscow', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'),
        fc.constantFrom(56, 64),
        (from, span, width, locale, timeZone, minSpacing) => {
          const to = from + span;
          const t = axisTicks(from, to, width, { locale, timeZone, minSpacing });
          expect(overlaps(from, to, width, t)).toEqual([]);
          // Something is always labelled: the axis is never silent.
          expect(t.context !== null || t.minor.some((m) => m.label) || t.major.some((m) => m.label)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
