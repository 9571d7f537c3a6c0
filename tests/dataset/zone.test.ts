import { describe, expect, it } from 'vitest';
import { fromWall, toWall, zoneName, zoneOffset } from '../../src/dataset/zone';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('wall-clock time in a zone', () => {
  it('knows Moscow is three hours ahead of UTC, and UTC costs nothing', () => {
    expect(zoneOffset(at('2019-05-13T16:00Z'), 'Europe/Moscow')).toBe(3 * HOUR);
    expect(toWall(at('2019-05-13T16:00Z'), 'Europe/Moscow')).toBe(at('2019-05-13T19:00Z'));
    expect(fromWall(at('2019-05-13T19:00Z'), 'Europe/Moscow')).toBe(at('2019-05-13T16:00Z'));
    expect(zoneOffset(at('2019-05-13T16:00Z'), 'UTC')).toBe(0);
  });
  it('follows daylight saving: New York is four hours behind in summer, five in winter', () => {
    expect(zoneOffset(at('2021-07-01T12:00Z'), 'America/New_York')).toBe(-4 * HOUR);
    expect(zoneOffset(at('2021-12-01T12:00Z'), 'America/New_York')).toBe(-5 * HOUR);
  });
  it('reads a wall time in the hour repeated when clocks go back as its first occurrence', () => {
    // 7 November 2021, 01:30 happens at 05:30 UTC (EDT) and again at 06:30 UTC (EST).
    expect(fromWall(at('2021-11-07T01:30Z'), 'America/New_York')).toBe(at('2021-11-07T05:30Z'));
  });
  it('round-trips every hour of a year in a zone with half-hour daylight saving', () => {
    for (let t = at('2021-01-01T00:00Z'); t < at('2022-01-01T00:00Z'); t += 7 * HOUR) {
      expect(toWall(fromWall(toWall(t, 'Australia/Lord_Howe'), 'Australia/Lord_Howe'), 'Australia/Lord_Howe')).toBe(toWall(t, 'Australia/Lord_Howe'));
    }
  });
  it('names the zone as the locale does, by the offset in force', () => {
    expect(zoneName(at('2019-05-13T16:00Z'), 'Europe/Moscow', 'en')).toBe('GMT+3');
    expect(zoneName(at('2021-11-07T05:30Z'), 'America/New_York', 'en-US')).toBe('EDT');
    expect(zoneName(at('2021-11-07T06:30Z'), 'America/New_York', 'en-US')).toBe('EST');
    expect(zoneName(at('2021-11-07T06:30Z'), 'UTC', 'en')).toBe('UTC');
  });
});
