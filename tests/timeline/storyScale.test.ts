import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gapsScale, gapThreshold, sequentialScale, storyScale, timeScale, GAP_SHARE } from '../../src/timeline/storyScale';
import { blendScales } from '../../src/timeline/storyBlend';
import { storyTicks } from '../../src/timeline/storyTicks';
import { LABEL_GAP, LABEL_OFFSET, labelEnd } from '../../src/timeline/ticks';
import { scaleExtent, spanFor, transformFor, FINEST_MS_PER_PX, paddedExtent } from '../../src/timeline/zoomLimits';
import { event, sorted } from './events';
import { PROPERTY_TIMEOUT_MS } from '../propertyRuns';

const DAY = 86_400_000;
const story = sorted([
  event('a', '2015-07-14'), event('b', '2016-11-08'), event('c', '2018-03-01'),
  event('d', '2019-05-13'), event('e', '2019-05-14'), event('f', '2019-05-14T16:00Z'), event('g', '2021-02-05'),
]);
const extent = paddedExtent(story);

describe('storyScale', () => {
  it('chronological: one linear piece from the extent onto [0, 1]', () => {
    const s = timeScale(extent);
    expect(s.unit(extent.from)).toBe(0);
    expect(s.unit(extent.to)).toBe(1);
    expect(s.unit((extent.from + extent.to) / 2)).toBeCloseTo(0.5);
  });

  it('collapsed gaps: long empty stretches become fixed-width breaks, each labelled by the ticks', () => {
    const s = gapsScale(story, extent);
    const gaps = s.pieces.filter((p) => p.gap);
    expect(gaps.length).toBe(4); // 2015 | 2016 | 2018 | May 2019 | 2021
    for (const g of gaps) expect(g.u1 - g.u0).toBeCloseTo(GAP_SHARE);
    for (const g of gaps) expect(g.t1 - g.t0).toBeGreaterThan(gapThreshold(extent));
    const x = (t: number) => s.unit(t) * 1200;
    const ticks = storyTicks(s, extent, x, 1200, story, { locale: 'en-GB' });
    expect(ticks.breaks.map((b) => b.label)).toContain('≈ 16 months');
  });

  it('collapsed gaps: the busy days get room in proportion to their events', () => {
    const s = gapsScale(story, extent);
    const may = s.unit(Date.UTC(2019, 4, 15)) - s.unit(Date.UTC(2019, 4, 13));
    const lone = s.unit(Date.UTC(2015, 6, 15)) - s.unit(Date.UTC(2015, 6, 14));
    expect(may).toBeGreaterThan(2 * lone);
  });

  it('sequential: each distinct instant gets an equal slot, in order', () => {
    const mids = story.map((e) => e.t0 + (e.t1 - e.t0) / 2);
    const s = sequentialScale(mids, extent);
    const us = mids.map((m) => s.unit(m));
    const steps = us.slice(1).map((u, i) => u - us[i]!);
    for (const d of steps) expect(d).toBeCloseTo(1 / mids.length);
  });

  it('invert ∘ scale = identity inside every piece, for every kind', () => {
    for (const kind of ['time', 'gaps', 'sequential'] as const) {
      const s = storyScale(kind, story, extent);
      fc.assert(fc.property(fc.double({ min: extent.from, max: extent.to, noNaN: true }), (t) => {
        expect(Math.abs(s.time(s.unit(t)) - t)).toBeLessThan(1000);
      }), { numRuns: 300 });
    }
  }, PROPERTY_TIMEOUT_MS);

  it('is monotonic for any set of events', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 3650 }), { minLength: 1, maxLength: 40 }), (days) => {
      const events = sorted(days.map((d, i) => event(`e${i}`, new Date(Date.UTC(2010, 0, 1) + d * DAY).toISOString().slice(0, 10))));
      const ext = paddedExtent(events);
      for (const kind of ['gaps', 'sequential'] as const) {
        const s = storyScale(kind, events, ext);
        let prev = -Infinity;
        for (let t = ext.from; t <= ext.to; t += (ext.to - ext.from) / 97) {
          const u = s.unit(t);
          expect(u).toBeGreaterThanOrEqual(prev - 1e-12);
          prev = u;
        }
      }
    }), { numRuns: 60 });
  }, PROPERTY_TIMEOUT_MS);

  it('collapsed gaps: a run of days after a gap names its period at its start, once, without a boundary\'s grid line', () => {
    // Seen at 768 and 1280 px: the story's May 2019 days read "14" alone under the year row.
    const week = sorted([
      event('a', '2015-07-14'), event('b', '2016-11-08'), event('c', '2018-03-01'), event('d', '2019-05-06'), event('e', '2019-05-09'),
      event('f', '2019-05-11'), event('g', '2019-05-14'), event('h', '2019-05-14T16:00Z'), event('i', '2019-05-15'), event('j', '2021-02-05'),
    ]);
    const ext = paddedExtent(week);
    const s = gapsScale(week, ext);
    const runs = s.pieces.filter((p) => !p.gap && p.t0 >= Date.UTC(2019, 4, 1) && p.t1 <= Date.UTC(2019, 5, 1));
    expect(runs.length).toBeGreaterThan(1);
    for (const width of [768, 1280]) {
      const x = (t: number) => s.unit(t) * width;
      const ticks = storyTicks(s, ext, x, width, week, { locale: 'en-GB', charWidth: 7 });
      // Named once, at the start of the first May run with fine labels; the runs after it are in the same month.
      const may = ticks.major.filter((k) => k.label === 'May 2019');
      expect(may, `${width} px`).toHaveLength(1);
      expect(may[0]!.runStart, `${width} px`).toBe(true);
      expect(runs.some((p) => p.t0 === may[0]!.t), `${width} px`).toBe(true);
      // No period label repeats the one before it, or names a period that one is inside ("2019" after "May 2019").
      const labels = ticks.major.filter((k) => k.label).map((k) => k.label);
      for (let i = 1; i < labels.length; i++) expect(labels[i - 1]!.includes(labels[i]!), `${width} px: ${labels.join(' | ')}`).toBe(false);
      // Only such runs are marked so (Axis.tsx draws no grid line for them).
      for (const k of ticks.major.filter((m) => m.runStart)) expect(s.pieces.some((p) => !p.gap && p.t0 === k.t)).toBe(true);
    }
  });

  it('ticks never straddle a break, and their labels never overlap', () => {
    const s = gapsScale(story, extent);
    for (const k of [1, 3, 12]) {
      const width = 900;
      const t = transformFor({ from: extent.from, to: s.time(1 / k) }, s, width);
      const view = spanFor(t, s, width);
      const x = (ms: number) => s.unit(ms) * width * t.k + t.x;
      const ticks = storyTicks(s, view, x, width, story, { locale: 'en-GB', charWidth: 7 });
      for (const tick of [...ticks.minor, ...ticks.major]) {
        expect(s.pieces.some((p) => !p.gap && tick.t >= p.t0 && tick.t <= p.t1)).toBe(true);
      }
      for (const row of [ticks.minor, ticks.major]) {
        const labelled = row.filter((m) => m.label);
        for (let i = 1; i < labelled.length; i++) {
          const [a, b] = [labelled[i - 1]!, labelled[i]!];
          expect(x(b.t) + LABEL_OFFSET, `"${a.label}" then "${b.label}"`).toBeGreaterThanOrEqual(labelEnd(x(a.t), a.label, 7) + LABEL_GAP);
        }
      }
    }
  });

  it('on the collapsed-gaps and sequential scales no label runs past the plot\'s right edge', () => {
    // Seen at 1920 px: the last run's year, just past a collapsed gap, read "201" at the edge.
    const mids = story.map((e) => e.t0 + (e.t1 - e.t0) / 2);
    for (const s of [gapsScale(story, extent), sequentialScale(mids, extent)]) {
      for (const width of [320, 375, 768, 1230, 1600]) {
        for (const k of [1, 1.3, 2, 5]) {
          for (const pan of [0, 0.5, 1]) {
            const t = { k, x: -(k - 1) * width * pan };
            const view = spanFor(t, s, width);
            const x = (ms: number) => s.unit(ms) * width * t.k + t.x;
            const ticks = storyTicks(s, view, x, width, story, { locale: 'en-GB', charWidth: 7 });
            for (const tick of [...ticks.minor, ...ticks.major]) {
              if (tick.label) expect(x(tick.t) + 4 + tick.label.length * 7, `${s.kind} ${width} px "${tick.label}"`).toBeLessThanOrEqual(width);
            }
          }
        }
      }
    }
  });

  it('sequential ticks label each event with its date', () => {
    const mids = story.map((e) => e.t0 + (e.t1 - e.t0) / 2);
    const s = sequentialScale(mids, extent);
    const ticks = storyTicks(s, extent, (t) => s.unit(t) * 4000, 4000, story, { locale: 'en-GB' });
    expect(ticks.minor.map((m) => m.label)).toContain('14 Jul');
    expect(ticks.major.map((m) => m.label)).toEqual(['2015', '2016', '2018', '2019', '2021']);
  });

  it('sequential ticks tell each date on its own clock: a Moscow story\'s New Year\'s Day is in its new year', () => {
    const moscow = sorted([event('a', '2018-12-31', undefined, 'A', 'Europe/Moscow'), event('b', '2019-01-01', undefined, 'B', 'Europe/Moscow'), event('c', '2019-01-02T00:30+03:00', undefined, 'C', 'Europe/Moscow')]);
    const ext = paddedExtent(moscow);
    const s = sequentialScale(moscow.map((e) => e.t0 + (e.t1 - e.t0) / 2), ext);
    const ticks = storyTicks(s, ext, (t) => s.unit(t) * 4000, 4000, moscow, { locale: 'en-GB' });
    expect(ticks.minor.map((m) => m.label)).toEqual(['31 Dec', '1 Jan', '2 Jan, 00:30']);
    expect(ticks.major.map((m) => m.label)).toEqual(['2018', '2019']);
  });

  it('sequential ticks: a year label that would run into the pinned one at the start gives way to it', () => {
    const mids = story.map((e) => e.t0 + (e.t1 - e.t0) / 2);
    const s = sequentialScale(mids, extent);
    const d = story[3]!;
    // A view starting just before event d, so that its tick (and its year) is at the left edge.
    const from = s.time(s.unit(d.t0 + (d.t1 - d.t0) / 2) - 0.002);
    const view = { from, to: s.time(s.unit(from) + 0.3) };
    const x = (t: number) => ((s.unit(t) - s.unit(view.from)) / (s.unit(view.to) - s.unit(view.from))) * 800;
    const ticks = storyTicks(s, view, x, 800, story, { locale: 'en-GB', charWidth: 7 });
    expect(ticks.context).toBe('2019');
    expect(x(ticks.minor[0]!.t)).toBeLessThan(20);
    expect(ticks.major.filter((m) => x(m.t) < LABEL_OFFSET + 4 * 7 + LABEL_GAP)).toEqual([]);
  });

  it('sequential ticks: the pinned year is that of the first event still running at the view start (a long one included)', () => {
    const withLong = sorted([...story, event('long', '2014-03-01', '2020-06-01')]);
    const ext = paddedExtent(withLong);
    const s = sequentialScale(withLong.map((e) => e.t0 + (e.t1 - e.t0) / 2), ext);
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (u) => {
      const from = ext.from + u * (ext.to - ext.from);
      const view = { from, to: from + (ext.to - ext.from) / 10 };
      const ticks = storyTicks(s, view, (t) => s.unit(t) * 4000, 4000, withLong, { locale: 'en-GB' });
      const first = withLong.find((e) => e.t1 >= from);
      expect(ticks.context).toBe(first ? String(new Date(first.start.from).getUTCFullYear()) : null);
    }), { numRuns: 200, interruptAfterTimeLimit: PROPERTY_TIMEOUT_MS });
  });

  it('zoom limits per scale: the finest zoom is an hour per hundred pixels where time is most compressed', () => {
    const time = timeScale(extent);
    expect(scaleExtent(time, 1000)[1]).toBeCloseTo((extent.to - extent.from) / (FINEST_MS_PER_PX * 1000));
    const gaps = gapsScale(story, extent);
    expect(scaleExtent(gaps, 1000)[1]).toBeCloseTo(gaps.maxRate / (FINEST_MS_PER_PX * 1000));
    const seq = storyScale('sequential', story, extent);
    expect(scaleExtent(seq, 1000)[1]).toBeLessThanOrEqual(story.length);
  });

  it('a blend of two scales goes from one to the other and stays monotonic', () => {
    const a = storyScale('time', story, extent);
    const b = storyScale('gaps', story, extent);
    const t = Date.UTC(2019, 4, 14);
    expect(blendScales(a, b, 0).unit(t)).toBeCloseTo(a.unit(t));
    expect(blendScales(a, b, 1).unit(t)).toBeCloseTo(b.unit(t));
    const half = blendScales(a, b, 0.5);
    expect(half.unit(t)).toBeCloseTo((a.unit(t) + b.unit(t)) / 2, 2);
  });
});
