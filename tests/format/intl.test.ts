import { describe, expect, it } from 'vitest';
import { compactNumber, dateFormat, numberFormat, zonedDateFormat } from '../../src/format/intl';
import { withEra } from '../../src/format/dates';

const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };

describe('cached Intl formatters', () => {
  it('make one formatter per locale and options, found by the options object or, for one made per call, by its options', () => {
    const f = dateFormat('en-GB', DAY);
    expect(dateFormat('en-GB', DAY)).toBe(f);
    // Options made per call (withEra, for dates before AD 1000) find the formatter made for the same options.
    const bc = Date.UTC(-43, 2, 15);
    const era = dateFormat('en-GB', withEra(DAY, bc));
    expect(era).not.toBe(f);
    expect(dateFormat('en-GB', withEra(DAY, bc))).toBe(era);
    expect(dateFormat('en-GB', { ...DAY })).toBe(f);
    expect(dateFormat('fr', DAY)).not.toBe(f);
  });

  it('format in UTC, or in the zone asked for', () => {
    const t = Date.UTC(2019, 4, 14, 22, 30);
    expect(dateFormat('en-GB', DAY).format(t)).toBe('14 May 2019');
    expect(zonedDateFormat('en-GB', DAY, 'Europe/Moscow').format(t)).toBe('15 May 2019');
    expect(zonedDateFormat('en-GB', DAY, 'UTC')).toBe(dateFormat('en-GB', DAY));
    expect(zonedDateFormat('en-GB', DAY, 'Europe/Moscow')).not.toBe(zonedDateFormat('en-GB', DAY, 'Asia/Tokyo'));
  });

  it('count as a newsroom writes them', () => {
    expect(numberFormat('en')).toBe(numberFormat('en'));
    expect(compactNumber('en').format(1234)).toBe('1.2K');
  });
});
