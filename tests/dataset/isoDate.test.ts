import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/dataset/isoDate';

describe('parseIsoDate', () => {
  it('reads a year as the whole year', () => {
    expect(parseIsoDate('2018')).toMatchObject({ precision: 'year', from: Date.UTC(2018, 0, 1), to: Date.UTC(2019, 0, 1) });
  });
  it('reads a month as the whole month, December rolling into the next year', () => {
    expect(parseIsoDate('2018-12')).toMatchObject({ precision: 'month', from: Date.UTC(2018, 11, 1), to: Date.UTC(2019, 0, 1) });
  });
  it('reads a day as a UTC day', () => {
    expect(parseIsoDate('2019-05-14')).toMatchObject({ precision: 'day', from: Date.UTC(2019, 4, 14), to: Date.UTC(2019, 4, 15) });
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
