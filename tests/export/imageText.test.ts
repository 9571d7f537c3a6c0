import { describe, expect, it } from 'vitest';
import { creditLine, fileStem, shareAddress } from '../../src/export/imageText';
import { translator } from '../../src/i18n/i18n';

const en = translator('en');

const sources = [
  { publisher: 'Agence France-Presse (AFP)', headline: 'Putin meets Pompeo' },
  { publisher: 'CGTN', headline: 'Pompeo makes first trip' },
];

describe('creditLine', () => {
  it('names every report, then the address', () => {
    expect(creditLine({ sources } as never, en, 'https://news.example/sochi/')).toBe(
      'Sources: Agence France-Presse (AFP), “Putin meets Pompeo” · CGTN, “Pompeo makes first trip” — https://news.example/sochi/',
    );
  });
  it('has no dangling separators without sources or an address', () => {
    expect(creditLine({ sources: [] } as never, en, 'https://x.example/')).toBe('https://x.example/');
    expect(creditLine({ sources: sources.slice(1) } as never, en)).toBe('Sources: CGTN, “Pompeo makes first trip”');
  });
});

describe('shareAddress', () => {
  it('drops the selection, pym parameters and embed mode, keeping the dataset', () => {
    expect(shareAddress('https://n.example/s/embed.html?childId=x&initialWidth=300&data=a.json#event=b')).toBe('https://n.example/s/?data=a.json');
    expect(shareAddress('https://n.example/s/?embed=1&theme=dark')).toBe('https://n.example/s/?theme=dark');
  });
});

describe('fileStem', () => {
  it('is safe in any file system', () => {
    expect(fileStem({ id: 'pompeo-sochi-2019' })).toBe('pompeo-sochi-2019');
    expect(fileStem({ id: '../a b/c' })).toBe('-a-b-c');
    expect(fileStem({ id: '' })).toBe('timeline');
  });
});
