import { describe, expect, it } from 'vitest';
import { PART_OF_DAY_HOURS, partOfDay } from '../../src/dataset/partOfDay';
import { resolveRelativeDate, type DateContext } from '../../src/preprocess/relativeDate';

// 14 May 2019, a Tuesday: the publication date of both reports.
const PUBLISHED: DateContext = { published: '2019-05-14', zone: '+03:00' };

function resolve(says: string, ctx: Partial<DateContext> = {}): string {
  const result = resolveRelativeDate(says, { ...PUBLISHED, ...ctx });
  if ('error' in result) throw new Error(result.error);
  return result.date;
}

describe('resolving what the text says against a Tuesday 14 May 2019 publication', () => {
  it('reads the publication weekday itself as that day', () => {
    expect(resolve('Tuesday')).toBe('2019-05-14');
    expect(resolve('on Tuesday')).toBe('2019-05-14');
  });

  it('reads other weekdays as the latest such day before publication', () => {
    expect(resolve('Monday')).toBe('2019-05-13');
    expect(resolve('on Monday')).toBe('2019-05-13');
    expect(resolve('Saturday')).toBe('2019-05-11');
    expect(resolve('Wednesday')).toBe('2019-05-08');
  });

  it('reads a weekday with tense: future as the next such day (publication day included)', () => {
    expect(resolve('Wednesday', { tense: 'future' })).toBe('2019-05-15');
    expect(resolve('Monday', { tense: 'future' })).toBe('2019-05-20');
    expect(resolve('Tuesday', { tense: 'future' })).toBe('2019-05-14');
  });

  it('reads a weekday with a part of day as a nominal hour in the story zone', () => {
    expect(resolve('Monday evening')).toBe('2019-05-13T19:00+03:00');
    expect(resolve('Tuesday afternoon')).toBe('2019-05-14T14:00+03:00');
    expect(resolve('Monday morning')).toBe('2019-05-13T09:00+03:00');
    expect(resolve('Sunday night')).toBe('2019-05-12T22:00+03:00');
    expect(resolve('Tuesday evening')).toBe('2019-05-14T19:00+03:00');
  });

  it('needs a zone for a part of day', () => {
    const result = resolveRelativeDate('Monday evening', { published: '2019-05-14' });
    expect(result).toMatchObject({ error: expect.stringContaining('zone') });
  });

  it('reads a month name with tense: past as the nearest such month before publication', () => {
    expect(resolve('July', { tense: 'past' })).toBe('2018-07');
    expect(resolve('since July', { tense: 'past' })).toBe('2018-07');
    expect(resolve('March', { tense: 'past' })).toBe('2019-03');
  });

  it('reads a month name with tense: future as the nearest such month after publication', () => {
    expect(resolve('July', { tense: 'future' })).toBe('2019-07');
    expect(resolve("June's", { tense: 'future' })).toBe('2019-06');
    expect(resolve('March', { tense: 'future' })).toBe('2020-03');
  });

  it('refuses a month name without a tense', () => {
    expect(resolveRelativeDate('July', PUBLISHED)).toMatchObject({ error: expect.stringContaining('tense: past or tense: future') });
  });

  it('reads this, last and next year', () => {
    expect(resolve('this year')).toBe('2019');
    expect(resolve('Last year')).toBe('2018');
    expect(resolve('next year')).toBe('2020');
  });

  it('reads this, last and next month, across year ends', () => {
    expect(resolve('this month')).toBe('2019-05');
    expect(resolve('last month')).toBe('2019-04');
    expect(resolve('next month')).toBe('2019-06');
    expect(resolve('last month', { published: '2019-01-10' })).toBe('2018-12');
    expect(resolve('next month', { published: '2019-12-10' })).toBe('2020-01');
  });

  it('reads a year number in its words', () => {
    expect(resolve('in 2021')).toBe('2021');
    expect(resolve('2015')).toBe('2015');
    expect(resolve('the 2015 accord')).toBe('2015');
  });

  it('refuses an unknown phrase, naming it and listing the supported forms', () => {
    const result = resolveRelativeDate('earlier in the week', PUBLISHED);
    expect(result).toHaveProperty('error');
    const { error } = result as { error: string };
    expect(error).toContain('"earlier in the week"');
    expect(error).toContain('a weekday');
    expect(error).toContain('next month');
    expect(error).toContain('in 2021');
  });

  it('refuses a weekday with words that are not a part of day', () => {
    expect(resolveRelativeDate('Monday lunchtime', PUBLISHED)).toHaveProperty('error');
  });
});

describe('parts of the day', () => {
  it('give morning 09:00, afternoon 14:00, evening 19:00, night 22:00', () => {
    expect(PART_OF_DAY_HOURS).toEqual({ morning: 9, afternoon: 14, evening: 19, night: 22 });
  });

  it('map local hours back: 5–11 morning, 12–16 afternoon, 17–20 evening, else night', () => {
    expect([4, 5, 11, 12, 16, 17, 20, 21, 0].map(partOfDay)).toEqual([
      'night', 'morning', 'morning', 'afternoon', 'afternoon', 'evening', 'evening', 'night', 'night',
    ]);
    for (const [part, hour] of Object.entries(PART_OF_DAY_HOURS)) expect(partOfDay(hour)).toBe(part);
  });
});
