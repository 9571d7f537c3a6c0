import { describe, expect, it } from 'vitest';
import { canonicalLocale, datasetLocale, textDirection } from '../../src/app/locale';
import { formatEventDate } from '../../src/format/dates';
import { parseIsoDate } from '../../src/dataset/isoDate';
import type { DatePoint } from '../../src/dataset/model';

const day = (iso: string) => parseIsoDate(iso) as DatePoint;

describe('the locale for dates and numbers', () => {
  it('is the dataset’s language, whatever the reader’s browser says', () => {
    expect(datasetLocale('en-GB')).toBe('en-GB');
    expect(datasetLocale('ar')).toBe('ar');
    expect(datasetLocale('he-IL')).toBe('he-IL');
  });
  it('is written in its canonical case', () => {
    expect(canonicalLocale('EN-gb')).toBe('en-GB');
    expect(canonicalLocale('zh-hant-tw')).toBe('zh-Hant-TW');
  });
  it('falls back to English for a broken tag', () => {
    expect(datasetLocale('en-@@')).toBe('en');
    expect(canonicalLocale('')).toBeNull();
  });
  it('writes an en-GB story’s days day first', () => {
    const locale = datasetLocale('en-GB');
    expect(formatEventDate({ start: day('2019-05-14') }, locale)).toBe('14 May 2019');
    expect(formatEventDate({ start: day('2019-03-22'), end: day('2019-04-18') }, locale)).toBe('22 March – 18 April 2019');
    expect(formatEventDate({ start: day('2018-07-16') }, locale, true)).toMatch(/^Monday,? 16 July 2018$/);
  });
});

describe('the direction of a locale', () => {
  it('is right to left for Arabic, Hebrew, Persian, Urdu, Yiddish and Arabic-script Kurdish', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'he-IL', 'fa', 'ur', 'yi', 'ckb', 'ku-Arab']) expect(textDirection(tag), tag).toBe('rtl');
  });
  it('is left to right for the others, and for a Latin-script variant of an RTL language', () => {
    for (const tag of ['en-GB', 'fr', 'ru', 'zh', 'ja', 'ku', 'az-Latn', 'ar-Latn']) expect(textDirection(tag), tag).toBe('ltr');
  });
  it('is left to right for a broken tag', () => {
    expect(textDirection('en-@@')).toBe('ltr');
  });
});
