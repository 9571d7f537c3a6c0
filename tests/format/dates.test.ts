import { describe, expect, it } from 'vitest';
import { parseIsoDate, isDatePoint } from '../../src/dataset/isoDate';
import { formatDate, formatEventDate } from '../../src/format/dates';

const d = (iso: string) => {
  const p = parseIsoDate(iso);
  if (!isDatePoint(p)) throw new Error(p.error);
  return p;
};

describe('dates in words at their precision', () => {
  it('writes a year, a month and a day', () => {
    expect(formatDate(d('2018'), 'en-GB')).toBe('2018');
    expect(formatDate(d('2018-07'), 'en-GB')).toBe('July 2018');
    expect(formatDate(d('2019-05-14'), 'en-GB')).toBe('14 May 2019');
    // ICU decides the punctuation ("Tuesday, 14 May 2019" or without the comma).
    expect(formatDate(d('2019-05-14'), 'en-GB', true)).toMatch(/^Tuesday,? 14 May 2019$/);
  });
  it('tells an hour as the part of day at the place', () => {
    expect(formatDate(d('2019-05-13T19:00+03:00'), 'en-GB', true)).toMatch(/^Monday,? 13 May 2019, evening$/);
    // 01:00 in Sochi on the 14th is still the 13th in UTC: the place's own day is told.
    expect(formatDate(d('2019-05-14T01:00+03:00'), 'en-GB')).toBe('14 May 2019, night');
  });
  it('shares what a range has in common', () => {
    expect(formatEventDate({ start: d('2019-06-28'), end: d('2019-06-29') }, 'en-GB')).toBe("28 – 29 June 2019");
    expect(formatEventDate({ start: d('2019-03-22'), end: d('2019-04-18') }, 'en-GB')).toMatch(/^22 March\s?–\s?18 April 2019$/);
  });
  it('follows the locale', () => {
    expect(formatDate(d('2019-05-14'), 'en-US', true)).toBe('Tuesday, May 14, 2019');
  });
});
