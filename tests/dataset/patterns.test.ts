import { describe, expect, it } from 'vitest';
import { EVENT_ID, ISO_DATE, LANGUAGE_TAG, TIME_ZONE_NAME } from '../../src/dataset/patterns';
import * as isoDate from '../../src/dataset/isoDate';
import { SLUG } from '../../src/import/slug';

describe('the format patterns', () => {
  it('EVENT_ID: lowercase ASCII letters, digits and hyphens, starting with a letter or digit', () => {
    for (const id of ['a', '2019', 'helsinki-summit', 'g20-osaka-2019', 'a--b']) expect(EVENT_ID.test(id), id).toBe(true);
    for (const id of ['', '-a', 'A', 'a_b', 'a b', 'é', 'a/b', 'a\n']) expect(EVENT_ID.test(id), JSON.stringify(id)).toBe(false);
  });

  it('ISO_DATE: implied precision, a zone on every time, signed expanded years', () => {
    for (const d of ['2018', '2018-07', '2018-07-16', '2019-05-14T18:00Z', '2019-05-13T18:00:30+03:00', '-0043-03-15', '+10000', '-012000', '0000']) {
      expect(ISO_DATE.test(d), d).toBe(true);
    }
    for (const d of ['18', '2018-7', '2019-05-14T18:00', '2019-05-14 18:00Z', '+123', '-1234567', '20180716']) expect(ISO_DATE.test(d), d).toBe(false);
  });

  it('LANGUAGE_TAG: BCP 47 in its common shapes', () => {
    for (const t of ['en', 'pt-BR', 'zh-Hant-TW', 'gsw']) expect(LANGUAGE_TAG.test(t), t).toBe(true);
    for (const t of ['e', 'english', 'en_GB', 'en-']) expect(LANGUAGE_TAG.test(t), t).toBe(false);
  });

  it('TIME_ZONE_NAME: the shape of IANA names, not offsets', () => {
    for (const z of ['UTC', 'Europe/Moscow', 'America/Argentina/Buenos_Aires', 'Etc/GMT+3']) expect(TIME_ZONE_NAME.test(z), z).toBe(true);
    for (const z of ['+03:00', 'Europe/', '/Moscow', 'Europe Moscow']) expect(TIME_ZONE_NAME.test(z), z).toBe(false);
  });

  it('is the one definition every reader uses', () => {
    expect(SLUG).toBe(EVENT_ID);
    expect(isoDate.ISO_DATE).toBe(ISO_DATE);
  });
});
