import { describe, expect, it } from 'vitest';
import { interfaceLanguage, languageOf, pageLanguage } from '../../src/i18n/languages';

describe('the interface language', () => {
  it('is the page\'s lang= when shipped, else the dataset\'s language', () => {
    expect(interfaceLanguage('fr', 'en-GB')).toBe('fr');
    expect(interfaceLanguage(null, 'ar')).toBe('ar');
    expect(interfaceLanguage(null, 'en-GB')).toBe('en');
  });
  it('falls back to the base language, then to English', () => {
    expect(interfaceLanguage(null, 'fr-CA')).toBe('fr');
    expect(interfaceLanguage(null, 'zh-Hant-TW')).toBe('zh');
    expect(interfaceLanguage(null, 'es-419')).toBe('es');
    expect(interfaceLanguage('pt-BR', 'de-AT')).toBe('de');
    expect(interfaceLanguage('pt-BR', 'ja')).toBe('en');
    expect(interfaceLanguage(null, 'not a tag')).toBe('en');
  });
  it('reads legacy and odd-cased tags as Intl canonicalises them', () => {
    expect(languageOf('iw')).toBe('he');
    expect(languageOf('RU-ru')).toBe('ru');
  });
});

describe('the page\'s language', () => {
  it('is the story\'s locale where the interface speaks the story\'s language', () => {
    expect(pageLanguage('en-GB', 'en')).toBe('en-GB');
    expect(pageLanguage('zh-Hant-TW', 'zh')).toBe('zh-Hant-TW');
  });
  it('is the interface\'s language where that is another (lang=, or a story it is not translated into)', () => {
    expect(pageLanguage('en-GB', 'ar')).toBe('ar');
    expect(pageLanguage('it', interfaceLanguage(null, 'it'))).toBe('en');
  });
});
