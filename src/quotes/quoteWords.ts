/**
 * Words about a quote that are not the quote: how a control names it ("the quote beginning “We
 * will not…”" would put an ellipsis inside quotation marks, which in a newsroom means the journalist
 * cut the quote, so the opening words are given whole and outside the mark), and when a quote is
 * long enough to be folded in a list.
 */

/** Quotes longer than this (characters) are folded in lists, behind a visible fade and "more". */
export const LONG_QUOTE = 220;

/** True when a list should fold the quote. */
export function isLongQuote(text: string): boolean {
  return text.length > LONG_QUOTE;
}

/**
 * A short way to refer to a quote: the whole of it when it has at most `words` words, else "the
 * quote beginning “first words”". Never an ellipsis inside the quotation marks.
 */
export function quoteReference(text: string, words = 6): string {
  const all = text.trim().split(/\s+/);
  if (all.length <= words) return `“${all.join(' ')}”`;
  return `the quote beginning “${all.slice(0, words).join(' ').replace(/[,;:]$/, '')}”`;
}
