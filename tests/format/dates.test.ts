import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PROPERTY_TIMEOUT_MS } from '../propertyRuns';
import { parseIsoDate, isDatePoint } from '../../src/dataset/isoDate';
import { datetimeAttr, formatDate, formatEventDate, formatMonth } from '../../src/format/dates';

const d = (iso: string) => {
  const p = parseIsoDate(iso);
  if (!isDatePoint(p)) throw new Error(p.error);
  return p;
};

/** A date of a story told in `zone`. */
const dz = (iso: string, zone: string) => {
  const p = parseIsoDate(iso, zone);
  if (!isDatePoint(p)) throw new Error(p.error);
  return p;
};

describe('dates without a time are told on the story\'s clock', () => {
  it('a day, a month and a year of a story east or west of UTC read as written', () => {
    for (const zone of ['Europe/Moscow', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata']) {
      expect(formatDate(dz('2019-05-14', zone), 'en-GB'), zone).toBe('14 May 2019');
      expect(formatDate(dz('2019-05-14', zone), 'en-GB', true), zone).toMatch(/^Tuesday,? 14 May 2019$/);
      expect(formatDate(dz('2019-05', zone), 'en-GB'), zone).toBe('May 2019');
      expect(formatDate(dz('2019', zone), 'en-GB'), zone).toBe('2019');
      expect(formatMonth(dz('2019-01', zone), 'en-GB'), zone).toBe('Jan 2019');
      expect(formatEventDate({ start: dz('2019-06-28', zone), end: dz('2019-06-29', zone) }, 'en-GB'), zone).toBe('28 – 29 June 2019');
    }
  });
  it('any date, in any zone, reads as it does in UTC: also before standard time, when zones kept local mean time', () => {
    const zones = ['Europe/Moscow', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Africa/Monrovia', 'Europe/London'];
    const pad = (n: number, w: number) => String(Math.abs(n)).padStart(w, '0');
    fc.assert(fc.property(
      fc.integer({ min: -3000, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom('year', 'month', 'day'), fc.constantFrom(...zones),
      (year, month, day, precision, zone) => {
        const y = `${year < 0 ? '-' : ''}${pad(year, 4)}`;
        const iso = precision === 'year' ? y : precision === 'month' ? `${y}-${pad(month, 2)}` : `${y}-${pad(month, 2)}-${pad(day, 2)}`;
        expect(formatDate(dz(iso, zone), 'en-GB', true)).toBe(formatDate(d(iso), 'en-GB', true));
        expect(formatMonth(dz(iso, zone), 'en-GB')).toBe(formatMonth(d(iso), 'en-GB'));
      },
    ), { numRuns: 300, interruptAfterTimeLimit: PROPERTY_TIMEOUT_MS });
    // Moscow kept +2:30:17 until 1880: its 1850 began 17 seconds after 21:29 UTC.
    expect(formatDate(dz('1850', 'Europe/Moscow'), 'en-GB')).toBe('1850');
  });
  it('a range across a change of the clocks', () => {
    expect(formatEventDate({ start: dz('2019-03-09', 'America/New_York'), end: dz('2019-03-11', 'America/New_York') }, 'en-GB')).toBe('9 – 11 March 2019');
  });
  it('a time is still told at its place, whatever the story\'s zone', () => {
    expect(formatDate(dz('2019-05-14T01:00+03:00', 'America/New_York'), 'en-GB')).toBe('14 May 2019, at night');
  });
});

describe('dates in words at their precision', () => {
  it('writes a year, a month and a day', () => {
    expect(formatDate(d('2018'), 'en-GB')).toBe('2018');
    expect(formatDate(d('2018-07'), 'en-GB')).toBe('July 2018');
    expect(formatDate(d('2019-05-14'), 'en-GB')).toBe('14 May 2019');
    // ICU decides the punctuation ("Tuesday, 14 May 2019" or without the comma).
    expect(formatDate(d('2019-05-14'), 'en-GB', true)).toMatch(/^Tuesday,? 14 May 2019$/);
  });
  it('tells an hour as the part of day at the place', () => {
    expect(formatDate(d('2019-05-13T19:00+03:00'), 'en-GB', true)).toMatch(/^Monday,? 13 May 2019, in the evening$/);
    // 01:00 in Sochi on the 14th is still the 13th in UTC: the place's own day is told.
    expect(formatDate(d('2019-05-14T01:00+03:00'), 'en-GB')).toBe('14 May 2019, at night');
    // Noon is noon, not "afternoon" (seen: "Statement released at noon" dated "afternoon").
    expect(formatDate(d('2021-06-01T12:00+02:00'), 'en-GB')).toBe('1 June 2021, noon');
  });
  it('names the part of day in the story\'s language, one word for each of the preprocessor\'s parts', () => {
    const at = (hour: string, locale: string) => formatDate(d(`2019-05-14T${hour}:00+03:00`), locale).split(', ').pop();
    expect(['09', '14', '19', '22'].map((h) => at(h, 'en-GB'))).toEqual(['in the morning', 'in the afternoon', 'in the evening', 'at night']);
    expect(['09', '12', '19'].map((h) => at(h, 'fr'))).toEqual(['du matin', 'midi', 'du soir']);
    expect(['09', '14', '19'].map((h) => at(h, 'de'))).toEqual(['morgens', 'nachmittags', 'abends']);
    // Every hour of a part reads as that part does: 20:00 is the evening's, 03:00 the night's.
    expect(at('20', 'en-GB')).toBe(at('17', 'en-GB'));
    expect(at('03', 'en-GB')).toBe(at('22', 'en-GB'));
  });
  it('shares what a range has in common', () => {
    expect(formatEventDate({ start: d('2019-06-28'), end: d('2019-06-29') }, 'en-GB')).toBe("28 – 29 June 2019");
    expect(formatEventDate({ start: d('2019-03-22'), end: d('2019-04-18') }, 'en-GB')).toMatch(/^22 March\s?–\s?18 April 2019$/);
  });
  it('follows the locale', () => {
    expect(formatDate(d('2019-05-14'), 'en-US', true)).toBe('Tuesday, May 14, 2019');
  });
});

describe('eras and small years', () => {
  it('writes years before AD 1 with the era the locale uses', () => {
    expect(formatDate(d('-0043-03-15'), 'en-GB')).toBe('15 March 44 BC');
    expect(formatDate(d('-0043'), 'en-US')).toBe('44 BC');
    expect(formatDate(d('-0043'), 'de')).toBe('44 v. Chr.');
    expect(formatDate(d('0000'), 'en')).toBe('1 BC');
  });
  it('never lets a year below 1000 read as a day: June of year 5 carries its era', () => {
    expect(formatDate(d('0005-06'), 'en-US')).not.toBe('June 5');
    expect(formatDate(d('0005-06'), 'en-US')).toBe('June 5 AD');
    expect(formatDate(d('0079-08-24'), 'en-GB')).toBe('24 August 79 AD');
    // From AD 1000 on, years are plain numbers again.
    expect(formatDate(d('1066-10-14'), 'en-GB')).toBe('14 October 1066');
  });
  it('writes the era on both ends of a range that crosses AD 1', () => {
    expect(formatEventDate({ start: d('-0043'), end: d('0014') }, 'en')).toBe('44 BC – 14 AD');
  });
  it('gives no <time datetime> for years HTML cannot write', () => {
    expect(datetimeAttr({ start: d('-0043-03-15') })).toBeUndefined();
    expect(datetimeAttr({ start: d('0000') })).toBeUndefined();
    expect(datetimeAttr({ start: d('0079-08-24') })).toBe('0079-08-24');
  });
});

describe('clock times at the place, with its offset', () => {
  it('tells a time in its own offset and names it', () => {
    expect(formatDate(d('2019-05-13T19:30+03:00'), 'en-GB')).toBe('13 May 2019, 19:30 UTC+3');
    expect(formatDate(d('2021-03-01T08:15+05:30'), 'en-GB')).toBe('1 March 2021, 08:15 UTC+5:30');
    expect(formatDate(d('2021-03-01T08:15Z'), 'en-GB')).toBe('1 March 2021, 08:15 UTC');
  });
  it('tells apart two events in the hour repeated when clocks go back', () => {
    // New York, 7 November 2021: 01:30 EDT (−4) and, an hour later, 01:30 EST (−5).
    const first = formatDate(d('2021-11-07T01:30-04:00'), 'en-US');
    const second = formatDate(d('2021-11-07T01:30-05:00'), 'en-US');
    expect(first).not.toBe(second);
    expect(first).toContain('UTC−4');
    expect(second).toContain('UTC−5');
  });
});
