import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PROPERTY_TIMEOUT_MS } from '../propertyRuns';
import { parseIsoDate } from '../../src/dataset/isoDate';

describe('parseIsoDate', () => {
  it('reads a year as the whole year', () => {
    expect(parseIsoDate('2018')).toMatchObject({ precision: 'year', from: Date.UTC(2018, 0, 1), to: Date.UTC(2019, 0, 1) });
  });
  it('reads a month as the whole month, December rolling into the next year', () => {
    expect(parseIsoDate('2018-12')).toMatchObject({ precision: 'month', from: Date.UTC(2018, 11, 1), to: Date.UTC(2019, 0, 1) });
  });
  it('reads a day as a UTC day in a story without a zone', () => {
    expect(parseIsoDate('2019-05-14')).toEqual({ iso: '2019-05-14', precision: 'day', from: Date.UTC(2019, 4, 14), to: Date.UTC(2019, 4, 15) });
  });
  it('reads a time on the hour as an hour in its own zone', () => {
    expect(parseIsoDate('2019-05-13T18:00+03:00')).toMatchObject({
      precision: 'hour', from: Date.UTC(2019, 4, 13, 15), to: Date.UTC(2019, 4, 13, 16), offsetMinutes: 180,
    });
  });
  it('reads a time with minutes as a minute', () => {
    expect(parseIsoDate('2019-05-14T18:30Z')).toMatchObject({ precision: 'minute', from: Date.UTC(2019, 4, 14, 18, 30) });
  });
  it('rejects impossible calendar dates', () => {
    expect(parseIsoDate('2019-13-45')).toEqual({ error: '"2019-13-45" is not a calendar date' });
    expect(parseIsoDate('2019-02-29')).toEqual({ error: '"2019-02-29" is not a calendar date' });
    expect(parseIsoDate('2020-02-29')).toMatchObject({ precision: 'day' });
  });
  it('rejects a time without a zone, saying what to add', () => {
    expect(parseIsoDate('2019-05-14T18:00')).toMatchObject({ error: expect.stringContaining('no zone') });
  });
  it('rejects what is not an ISO date', () => {
    expect(parseIsoDate('14 May 2019')).toMatchObject({ error: expect.stringContaining('is not an ISO date') });
    expect(parseIsoDate('2019-05-14T25:00Z')).toMatchObject({ error: expect.stringContaining('not a time of day') });
  });
});

describe('parseIsoDate before AD 1 (ISO 8601 expanded years, astronomical numbering)', () => {
  const utc = (y: number, m = 1, d = 1) => { const x = new Date(0); x.setUTCFullYear(y, m - 1, d); return x.getTime(); };
  it('reads a signed year: "-0043-03-15" is 15 March 44 BC', () => {
    expect(parseIsoDate('-0043-03-15')).toMatchObject({ precision: 'day', from: utc(-43, 3, 15), to: utc(-43, 3, 16) });
  });
  it('reads year 0000 as 1 BC, the year before AD 1', () => {
    expect(parseIsoDate('0000')).toMatchObject({ precision: 'year', from: utc(0), to: utc(1) });
    expect(parseIsoDate('-0001')).toMatchObject({ precision: 'year', from: utc(-1), to: utc(0) });
  });
  it('reads years below 100 as those years, not as 19xx', () => {
    expect(parseIsoDate('0079-08-24')).toMatchObject({ from: utc(79, 8, 24) });
    expect(new Date((parseIsoDate('0005') as { from: number }).from).getUTCFullYear()).toBe(5);
  });
  it('accepts up to six digits with a sign, and "+" for years after AD 9999', () => {
    expect(parseIsoDate('-012000')).toMatchObject({ precision: 'year', from: utc(-12000) });
    expect(parseIsoDate('+10000')).toMatchObject({ precision: 'year', from: utc(10000) });
  });
  it('knows leap years before AD 1 (proleptic Gregorian: 1 BC, year 0, is a leap year)', () => {
    expect(parseIsoDate('0000-02-29')).toMatchObject({ precision: 'day' });
    expect(parseIsoDate('-0001-02-29')).toMatchObject({ error: expect.stringContaining('not a calendar date') });
  });
  it('refuses "-0000", short years and years beyond what a date can hold, saying why', () => {
    expect(parseIsoDate('-0000')).toMatchObject({ error: expect.stringContaining('write "0000"') });
    expect(parseIsoDate('-44')).toMatchObject({ error: expect.stringContaining('four-digit year') });
    expect(parseIsoDate('79-08-24')).toMatchObject({ error: expect.stringContaining('"0079"') });
    expect(parseIsoDate('-900000')).toMatchObject({ error: expect.stringContaining('years from AD 1') });
  });
});

describe('parseIsoDate: a date without a time is a span of the story\'s clock', () => {
  it('a day runs from midnight to midnight in the story\'s zone, told by its offset there', () => {
    // Moscow is UTC+3 all year: its 14 May begins at 21:00 UTC on the 13th.
    expect(parseIsoDate('2019-05-14', 'Europe/Moscow')).toEqual({
      iso: '2019-05-14', precision: 'day', from: Date.UTC(2019, 4, 13, 21), to: Date.UTC(2019, 4, 14, 21), offsetMinutes: 180,
    });
    expect(parseIsoDate('2019-05-14', 'Asia/Kolkata')).toMatchObject({ from: Date.UTC(2019, 4, 13, 18, 30), offsetMinutes: 330 });
  });
  it('a day when the clocks change is 23 or 25 hours long', () => {
    const spring = parseIsoDate('2019-03-10', 'America/New_York');
    const autumn = parseIsoDate('2019-11-03', 'America/New_York');
    expect(spring).toMatchObject({ from: Date.UTC(2019, 2, 10, 5), to: Date.UTC(2019, 2, 11, 4), offsetMinutes: -300 });
    expect(autumn).toMatchObject({ from: Date.UTC(2019, 10, 3, 4), to: Date.UTC(2019, 10, 4, 5), offsetMinutes: -240 });
  });
  it('months and years too, across a change of offset', () => {
    expect(parseIsoDate('2019-03', 'America/New_York')).toMatchObject({ precision: 'month', from: Date.UTC(2019, 2, 1, 5), to: Date.UTC(2019, 3, 1, 4) });
    // Kiritimati is UTC+14: its 2019 began at 10:00 UTC on 31 December 2018.
    expect(parseIsoDate('2019', 'Pacific/Kiritimati')).toMatchObject({ precision: 'year', from: Date.UTC(2018, 11, 31, 10), to: Date.UTC(2019, 11, 31, 10), offsetMinutes: 840 });
  });
  it('a time keeps its own offset, whatever the story\'s zone', () => {
    expect(parseIsoDate('2019-05-13T18:00+03:00', 'America/New_York')).toEqual(parseIsoDate('2019-05-13T18:00+03:00'));
    expect(parseIsoDate('2019-05-14T18:30Z', 'Europe/Moscow')).toEqual(parseIsoDate('2019-05-14T18:30Z'));
  });
});

describe('parseIsoDate: the proleptic Gregorian calendar, property', () => {
  it('every month ends on its last day, and its span is what a Date object gives, at any year (years 0–99 too)', () => {
    const reference = (y: number, m: number, d: number) => { const x = new Date(0); x.setUTCFullYear(y, m - 1, d); return x.getTime(); };
    fc.assert(fc.property(fc.oneof(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -270_000, max: 270_000 })), fc.integer({ min: 1, max: 12 }), (y, m) => {
      const last = new Date(reference(y, m + 1, 1) - 1).getUTCDate();
      // Beyond four digits a year takes its sign ("+10000").
      const year = `${y < 0 ? '-' : y > 9999 ? '+' : ''}${String(Math.abs(y)).padStart(4, '0')}`;
      const month = String(m).padStart(2, '0');
      expect(parseIsoDate(`${year}-${month}-${last}`)).toMatchObject({ from: reference(y, m, last), to: reference(y, m, last + 1) });
      if (last < 31) expect(parseIsoDate(`${year}-${month}-${last + 1}`)).toMatchObject({ error: expect.stringContaining('not a calendar date') });
      expect(parseIsoDate(`${year}-${month}`)).toMatchObject({ from: reference(y, m, 1), to: reference(y, m + 1, 1) });
    }), { numRuns: 500, interruptAfterTimeLimit: PROPERTY_TIMEOUT_MS });
  });
});
