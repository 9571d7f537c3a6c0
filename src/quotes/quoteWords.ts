/**
 * Words about a quote that are not the quote: how a control names it ("the quote beginning “We
 * will not…”" would put an ellipsis inside quotation marks, which in a newsroom means the journalist
 * cut the quote, so the opening words are given whole and outside the mark), and when a quote is
 * long enough to be folded in a list.
 */
import type { Translate } from '../i18n/i18n';

/** Quotes longer than this (characters) are folded in lists, behind a visible fade and "more". */
export const LONG_QUOTE = 220;

/** True when a list should fold the quote. */
export function isLongQuote(text: string): boolean {
  return text.length > LONG_QUOTE;
}

/**
 * A short way to refer to a quote: the whole of it when it has at most `words` words, else "the
 * quote beginning “first words”" (in the interface's language and quotation marks). Never an
 * ellipsis inside the quotation marks.
 */
export function quoteReference(text: string, t: Translate, words = 6): string {
  const opening = quoteOpening(text, words);
  return t(opening.whole ? 'quotes.whole' : 'quotes.reference', { words: opening.words });
}

/**
 * The words quoteReference puts in quotation marks: the whole quote when it has at most `words`
 * words, else its first `words` (without a trailing comma); `whole` says which. The message is
 * 'quotes.whole' or 'quotes.reference' with these as `words`.
 */
export function quoteOpening(text: string, words = 6): { words: string; whole: boolean } {
  const all = text.trim().split(/\s+/);
  if (all.length <= words) return { words: all.join(' '), whole: true };
  return { words: all.slice(0, words).join(' ').replace(/[,;:]$/, ''), whole: false };
}
