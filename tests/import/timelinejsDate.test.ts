import { describe, expect, it } from 'vitest';
import { parseClockTime, tlDateToIso } from '../../src/import/timelinejsDate';

describe('tlDateToIso', () => {
  it('keeps the precision TimelineJS gives by the parts present', () => {
    expect(tlDateToIso({ year: '2018' })).toEqual({ iso: '2018', notes: [] });
    expect(tlDateToIso({ year: '2018', month: '7' })).toEqual({ iso: '2018-07', notes: [] });
    expect(tlDateToIso({ year: '2018', month: '07', day: '6' })).toEqual({ iso: '2018-07-06', notes: [] });
    expect(tlDateToIso({ year: '476' })).toEqual({ iso: '0476', notes: [] });
  });
  it('writes a time to the minute in UTC, and says it assumed UTC', () => {
    expect(tlDateToIso({ year: '2019', month: '5', day: '14', hour: '18' })).toEqual({
      iso: '2019-05-14T18:00Z',
      notes: [{ field: 'hour', message: 'read as UTC (TimelineJS times carry no time zone)' }],
    });
    const withSeconds = tlDateToIso({ year: '2019', month: '5', day: '14', hour: '9', minute: '5', second: '30', millisecond: '0' });
    expect(withSeconds).toMatchObject({ iso: '2019-05-14T09:05Z' });
    expect(withSeconds).toHaveProperty('notes', [
      { field: 'second', message: 'not carried over (times are kept to the minute)' },
      { field: 'hour', message: 'read as UTC (TimelineJS times carry no time zone)' },
    ]);
  });
  it('reads thousands separators as TimelineJS does', () => {
    expect(tlDateToIso({ year: '1,500' })).toEqual({ iso: '1500', notes: [] });
  });
  it('reads BCE years (TimelineJS -49 is 49 BCE) into ISO astronomical years (49 BC is -0048)', () => {
    expect(tlDateToIso({ year: '-49', month: '1', day: '10' })).toEqual({ iso: '-0048-01-10', notes: [] });
    expect(tlDateToIso({ year: '-27' })).toEqual({ iso: '-0026', notes: [] });
    expect(tlDateToIso({ year: '-1' })).toEqual({ iso: '0000', notes: [] });
    expect(tlDateToIso({ year: '-12000' })).toEqual({ iso: '-11999', notes: [] });
    expect(tlDateToIso({ year: '79', month: '8', day: '24' })).toEqual({ iso: '0079-08-24', notes: [] });
    // 1 BCE, astronomical year 0, was a leap year.
    expect(tlDateToIso({ year: '-1', month: '2', day: '29' })).toEqual({ iso: '0000-02-29', notes: [] });
  });
  it('reads a year 0, which TimelineJS has no name for, as 1 BC with a note', () => {
    expect(tlDateToIso({ year: '0' })).toEqual({ iso: '0000', notes: [{ field: 'year', message: 'TimelineJS has no year 0 (1 BCE is -1); read as 1 BC' }] });
  });
  it('refuses cosmological and unreadable years', () => {
    expect(tlDateToIso({ year: '13800000000' })).toEqual({ error: 'year 13800000000 is further than 270000 years from AD 1, beyond what the format can write' });
    expect(tlDateToIso({ year: 'MMXVIII' })).toEqual({ error: 'year "MMXVIII" is not a whole number' });
    expect(tlDateToIso({ month: '7' })).toEqual({ error: 'has no year' });
  });
  it('ends the date at the last usable part and notes the rest', () => {
    expect(tlDateToIso({ year: '2018', month: 'July', day: '16' })).toEqual({
      iso: '2018',
      notes: [
        { field: 'month', message: 'not carried over ("July" is not a month 1–12)' },
        { field: 'day', message: 'not carried over (the date ends at the year)' },
      ],
    });
    expect(tlDateToIso({ year: '2019', month: '2', day: '29' })).toMatchObject({ iso: '2019-02' });
    expect(tlDateToIso({ year: '2018', day: '16' })).toEqual({
      iso: '2018',
      notes: [{ field: 'day', message: 'not carried over (there is no month)' }],
    });
    expect(tlDateToIso({ year: '2018', month: '7', hour: '14', minute: '0' })).toEqual({
      iso: '2018-07',
      notes: [{ field: 'hour', message: 'not carried over (there is no day)' }],
    });
  });
  it('notes the date-level display_date and format', () => {
    expect(tlDateToIso({ year: '2018', display_date: 'Summer 2018' })).toEqual({
      iso: '2018',
      notes: [{ field: 'display_date', message: 'not carried over (the app writes each date at its own precision)' }],
    });
  });
});

describe('parseClockTime', () => {
  it('reads the forms a spreadsheet Time cell takes', () => {
    expect(parseClockTime('14:30')).toEqual({ hour: '14', minute: '30' });
    expect(parseClockTime('2:30 PM')).toEqual({ hour: '14', minute: '30' });
    expect(parseClockTime('12 a.m.')).toEqual({ hour: '0' });
    expect(parseClockTime('12:05pm')).toEqual({ hour: '12', minute: '05' });
    expect(parseClockTime('0930')).toEqual({ hour: '9', minute: '30' });
    expect(parseClockTime('9.15')).toEqual({ hour: '9', minute: '15' });
    expect(parseClockTime('14:30:15')).toEqual({ hour: '14', minute: '30', second: '15' });
  });
  it('refuses what is not a time of day', () => {
    for (const text of ['noonish', '25:00', '13 PM', '10:75', '']) expect(parseClockTime(text)).toBeNull();
  });
});
