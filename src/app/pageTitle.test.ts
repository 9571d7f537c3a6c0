import { describe, expect, it } from 'vitest';
import { pageTitle } from './pageTitle';

describe('pageTitle', () => {
  it('is the story title alone without an event', () => {
    expect(pageTitle('Pompeo in Sochi')).toBe('Pompeo in Sochi');
    expect(pageTitle('Pompeo in Sochi', null)).toBe('Pompeo in Sochi');
  });
  it('puts the event first, then the story, with an em dash', () => {
    expect(pageTitle('Pompeo in Sochi', 'Putin receives Pompeo')).toBe('Putin receives Pompeo — Pompeo in Sochi');
  });
});
