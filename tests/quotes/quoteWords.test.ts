import { describe, expect, it } from 'vitest';
import { isLongQuote, LONG_QUOTE, quoteReference } from '../../src/quotes/quoteWords';
import { translator } from '../../src/i18n/i18n';

const en = translator('en');

describe('quoteReference', () => {
  it('gives a short quote whole', () => {
    expect(quoteReference('invincible', en)).toBe('“invincible”');
  });
  it('names a long one by its opening words, with no ellipsis inside the quotation marks', () => {
    const ref = quoteReference('We have agreed that we will work together, on the issue of, strategic stability', en);
    expect(ref).toBe('the quote beginning “We have agreed that we will”');
    expect(ref).not.toMatch(/…|\.\.\./);
  });
  it('drops a trailing comma from the opening words', () => {
    expect(quoteReference('One, two, three, four, five, six, seven', en)).toBe('the quote beginning “One, two, three, four, five, six”');
  });
});

describe('isLongQuote', () => {
  it('folds only quotes longer than the threshold', () => {
    expect(isLongQuote('x'.repeat(LONG_QUOTE))).toBe(false);
    expect(isLongQuote('x'.repeat(LONG_QUOTE + 1))).toBe(true);
  });
});
