import { describe, expect, it } from 'vitest';
import { isLongQuote, LONG_QUOTE, quoteReference } from '../../src/quotes/quoteWords';

describe('quoteReference', () => {
  it('gives a short quote whole', () => {
    expect(quoteReference('invincible')).toBe('“invincible”');
  });
  it('names a long one by its opening words, with no ellipsis inside the quotation marks', () => {
    const ref = quoteReference('We have agreed that we will work together, on the issue of, strategic stability');
    expect(ref).toBe('the quote beginning “We have agreed that we will”');
    expect(ref).not.toMatch(/…|\.\.\./);
  });
  it('drops a trailing comma from the opening words', () => {
    expect(quoteReference('One, two, three, four, five, six, seven')).toBe('the quote beginning “One, two, three, four, five, six”');
  });
});

describe('isLongQuote', () => {
  it('folds only quotes longer than the threshold', () => {
    expect(isLongQuote('x'.repeat(LONG_QUOTE))).toBe(false);
    expect(isLongQuote('x'.repeat(LONG_QUOTE + 1))).toBe(true);
  });
});
