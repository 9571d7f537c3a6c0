import { describe, expect, it } from 'vitest';
import { phaseWords as phase, receivedWords as received } from '../../src/ui/loadingWords';
import { loadLanguage, translator } from '../../src/i18n/i18n';

const en = translator('en');
const HOST = 'data.example.org';
const phaseWords = (p: Omit<Parameters<typeof phase>[1], 'host'>) => phase(en, { ...p, host: HOST });
const receivedWords = (p: Parameters<typeof received>[1]) => received(en, p);

describe('loading words', () => {
  it('say what the load is doing, with the number of events once known', () => {
    // Before the server has answered, whom the page waits for.
    expect(phaseWords({ phase: 'requesting', events: null })).toBe('Waiting for data.example.org…');
    expect(phaseWords({ phase: 'receiving', events: null })).toBe('Receiving the data…');
    expect(phaseWords({ phase: 'reading', events: null })).toBe('Reading the file…');
    expect(phaseWords({ phase: 'checking', events: 100_000 })).toBe('Checking 100,000 events…');
    expect(phaseWords({ phase: 'checking', events: 1 })).toBe('Checking 1 event…');
    expect(phaseWords({ phase: 'checking', events: null })).toBe('Checking the data…');
    expect(phaseWords({ phase: 'drawing', events: 20_000 })).toBe('Drawing 20,000 events…');
  });

  it('say how much has arrived, of how much when known, in kB below a megabyte', () => {
    expect(receivedWords({ received: 512 * 1024, total: null })).toBe('512 kB received');
    expect(receivedWords({ received: 3.25 * 2 ** 20, total: 35.5 * 2 ** 20 })).toBe('3.3 MB of 35.5 MB');
    expect(receivedWords({ received: 0, total: 2 ** 20 })).toBe('0 kB of 1 MB');
  });

  it('are in the interface language, with its plural forms', async () => {
    await loadLanguage('ru');
    const ru = translator('ru');
    expect(phase(ru, { phase: 'checking', events: 21, host: HOST })).toBe('Проверка 21 события…');
    expect(phase(ru, { phase: 'checking', events: 5, host: HOST })).toBe('Проверка 5 событий…');
    expect(received(ru, { received: 3.25 * 2 ** 20, total: 35.5 * 2 ** 20 })).toMatch(/^3,3 МБ из 35,5 МБ$/);
  });
});
