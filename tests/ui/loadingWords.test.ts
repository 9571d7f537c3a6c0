import { describe, expect, it } from 'vitest';
import { phaseWords, receivedWords } from '../../src/ui/loadingWords';

describe('loading words', () => {
  it('say what the load is doing, with the number of events once known', () => {
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
});
