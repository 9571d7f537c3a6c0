import { describe, expect, it } from 'vitest';
import { grainFor, rangeLabel, roundingStep } from '../../src/timeline/rangeLabel';

const at = (iso: string) => Date.parse(iso);
// ICU versions differ in the spaces around the dash (thin, narrow, none): compare without them.
const plain = (s: string) => s.replace(/\s*–\s*/g, '–').replace(/\s+/g, ' ');

describe('rangeLabel', () => {
  it('a view of years names years', () => {
    expect(plain(rangeLabel(at('2015-01-01T00:00Z'), at('2021-01-01T00:00Z'), 'en-GB'))).toBe('2015–2020');
  });
  it('a view of months names months', () => {
    expect(plain(rangeLabel(at('2018-07-01T00:00Z'), at('2019-06-01T00:00Z'), 'en-GB'))).toBe('July 2018–May 2019');
  });
  it('capped at days, a long view names its exact days: the empty view\'s "no events in …" never takes in a month around it', () => {
    // Seen: "No events in November 2016 – December 2017" beside an Earlier button for 8 November 2016.
    const from = at('2016-11-20T06:00Z');
    const to = at('2017-12-03T00:00Z');
    expect(plain(rangeLabel(from, to, 'en-GB'))).toBe('November 2016–December 2017');
    expect(plain(rangeLabel(from, to, 'en-GB', 'hour', 'UTC', 'day'))).toBe('20 November 2016–2 December 2017');
  });
  it('a view of days shares the month: "13–20 May 2019"', () => {
    expect(plain(rangeLabel(at('2019-05-13T00:00Z'), at('2019-05-21T00:00Z'), 'en-GB'))).toBe('13–20 May 2019');
  });
  it('a view of hours gives the times, in UTC', () => {
    expect(rangeLabel(at('2019-05-14T09:00Z'), at('2019-05-14T18:00Z'), 'en-GB')).toMatch(/14 May 2019, 09:00.+18:00 UTC/);
  });
  it('clusters of whole days never show hours', () => {
    expect(plain(rangeLabel(at('2019-05-13T00:00Z'), at('2019-05-15T00:00Z'), 'en-GB', 'day'))).toBe('13–14 May 2019');
    expect(plain(rangeLabel(at('2019-05-14T00:00Z'), at('2019-05-15T00:00Z'), 'en-GB', 'day'))).toBe('14 May 2019');
  });
  it('names the story\'s days, months and years on its clock, as its dates are', () => {
    // Moscow's 13 and 14 May: from 21:00 UTC on the 12th to 21:00 UTC on the 14th.
    const moscow = (from: string, to: string, finest: 'hour' | 'day' = 'day') => plain(rangeLabel(at(from), at(to), 'en-GB', finest, 'Europe/Moscow'));
    expect(moscow('2019-05-12T21:00Z', '2019-05-14T21:00Z')).toBe('13–14 May 2019');
    expect(moscow('2019-05-13T21:00Z', '2019-05-14T21:00Z')).toBe('14 May 2019');
    expect(moscow('2019-02-28T21:00Z', '2019-06-30T21:00Z', 'hour')).toBe('March–June 2019');
    expect(moscow('2014-12-31T21:00Z', '2020-12-31T21:00Z', 'hour')).toBe('2015–2020');
    expect(plain(rangeLabel(at('2019-05-14T04:00Z'), at('2019-05-16T04:00Z'), 'en-GB', 'day', 'America/New_York'))).toBe('14–15 May 2019');
  });
  it('the grain follows the length', () => {
    expect(grainFor(3_600_000)).toBe('hour');
    expect(grainFor(10 * 86_400_000)).toBe('day');
    expect(grainFor(200 * 86_400_000)).toBe('month');
    expect(grainFor(5000 * 86_400_000)).toBe('year');
  });
});

describe('rangeLabel at the finest zooms', () => {
  it('rounds times outwards to a step that suits the span, never "03:12 – 11:11"', () => {
    const label = rangeLabel(at('2019-05-14T03:12Z'), at('2019-05-14T11:11Z'), 'en-GB');
    expect(label).toMatch(/03:00.+11:30 UTC$/);
    expect(rangeLabel(at('2019-05-14T09:07Z'), at('2019-05-14T09:52Z'), 'en-GB')).toMatch(/09:05.+09:55 UTC$/);
    expect(roundingStep(30 * 60_000)).toBe(5 * 60_000);
    expect(roundingStep(20 * 3_600_000)).toBe(3_600_000);
  });
  it('tells hours in the story\'s zone and names it', () => {
    expect(rangeLabel(at('2019-05-13T16:00Z'), at('2019-05-13T20:00Z'), 'en-GB', 'hour', 'Europe/Moscow')).toMatch(/13 May 2019, 19:00.+23:00 GMT\+3$/);
  });
  it('writes eras for a range before AD 1000', () => {
    const y = (n: number) => { const d = new Date(0); d.setUTCFullYear(n, 0, 1); return d.getTime(); };
    expect(plain(rangeLabel(y(-48), y(80), 'en'))).toBe('49 BC–79 AD');
  });
});
