import { describe, expect, it } from 'vitest';
import { verticalRows } from '../../src/vertical/rows';
import { storyScale } from '../../src/timeline/storyScale';
import { paddedExtent } from '../../src/timeline/zoomLimits';
import { event, sorted } from '../timeline/events';

const story = sorted([
  event('a', '2015-07-14'), event('b', '2016-11-08'),
  event('c', '2019-05-13'), event('d', '2019-05-14'), event('e', '2019-05-14T16:00Z'), event('f', '2019-05-14'),
]);
const extent = paddedExtent(story);
const options = { pxPerDay: 10, maxSpace: 400, locale: 'en-GB' };

describe('verticalRows', () => {
  it('lists every event once, in date order, also several at one instant', () => {
    const same = sorted(Array.from({ length: 12 }, (_, i) => event(`s${i}`, '2019-05-14T18:00Z')));
    const rows = verticalRows(same, storyScale('gaps', same, paddedExtent(same)), options);
    expect(rows.filter((r) => r.kind === 'event').map((r) => (r.kind === 'event' ? r.index : -1))).toEqual(same.map((_, i) => i));
  });

  it('collapsed gaps: a long empty stretch is a labelled break, not room', () => {
    const rows = verticalRows(story, storyScale('gaps', story, extent), options);
    const breaks = rows.filter((r) => r.kind === 'break');
    expect(breaks.map((b) => (b.kind === 'break' ? b.label : ''))).toEqual(['≈ 16 months', '≈ 3 years']);
    const events = rows.filter((r) => r.kind === 'event');
    expect(events.every((r) => r.kind === 'event' && r.space <= 10)).toBe(true);
  });

  it('collapsed gaps: a break says how much later the next event is, from the one before (not the stretch cut out)', () => {
    const days = sorted([event('a', '2015-07-14'), event('b', '2019-05-06'), event('c', '2019-05-11'), event('d', '2019-05-13'), event('e', '2019-05-14')]);
    const scale = storyScale('gaps', days, paddedExtent(days));
    const breaks = verticalRows(days, scale, options).filter((r) => r.kind === 'break');
    const cut = scale.kind === 'gaps' ? scale.pieces.filter((p) => p.gap) : [];
    // A stretch between 11 and 13 May is cut out, shorter than the two days between the events.
    expect(cut.some((g) => g.t0 >= Date.UTC(2019, 4, 11) && g.t1 <= Date.UTC(2019, 4, 13) && g.t1 - g.t0 < 2 * 86_400_000)).toBe(true);
    expect(breaks.map((b) => (b.kind === 'break' ? b.label : ''))).toContain('≈ 2 days');
  });

  it('chronological: room follows the time between events, at the zoom, up to a limit', () => {
    const rows = verticalRows(story, storyScale('time', story, extent), options);
    const spaces = rows.flatMap((r) => (r.kind === 'event' ? [r.space] : []));
    expect(spaces[0]).toBe(0);
    expect(spaces[1]).toBe(400);
    expect(spaces[3]).toBeCloseTo(10);
    const closer = verticalRows(story, storyScale('time', story, extent), { ...options, pxPerDay: 20 });
    expect(closer.flatMap((r) => (r.kind === 'event' ? [r.space] : []))[3]).toBeCloseTo(20);
  });

  it('sequential: evenly spaced, no breaks', () => {
    const rows = verticalRows(story, storyScale('sequential', story, extent), options);
    expect(rows.some((r) => r.kind === 'break')).toBe(false);
    expect(rows.every((r) => r.kind !== 'event' || r.space === 0)).toBe(true);
  });

  it('a day with several events gets one heading, before its first event', () => {
    const rows = verticalRows(story, storyScale('sequential', story, extent), options);
    const days = rows.filter((r) => r.kind === 'day');
    expect(days).toHaveLength(1);
    const at = rows.findIndex((r) => r.kind === 'day');
    expect(rows[at + 1]).toMatchObject({ kind: 'event', index: 3 });
  });

  it('a day is the story\'s day: in a Moscow story, 14 May and 01:00 in Sochi that day share one heading', () => {
    const moscow = sorted([
      event('a', '2019-05-13', undefined, 'A', 'Europe/Moscow'),
      event('b', '2019-05-14', undefined, 'B', 'Europe/Moscow'),
      event('c', '2019-05-14T01:00+03:00', undefined, 'C', 'Europe/Moscow'),
    ]);
    const rows = verticalRows(moscow, storyScale('sequential', moscow, paddedExtent(moscow)), options);
    expect(rows.filter((r) => r.kind === 'day')).toEqual([{ kind: 'day', key: `d${Date.UTC(2019, 4, 14)}`, day: Date.UTC(2019, 4, 14) }]);
  });
});
