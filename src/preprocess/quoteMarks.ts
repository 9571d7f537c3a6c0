/**
 * Straight and typographic quotation marks are the same mark for matching purposes: CGTN prints
 * ‘ ’ “ ”, AFP prints ' ", and an annotator types whichever their keyboard gives. Folding maps
 * each mark to its straight form one character for one character, so offsets found in a folded
 * text are offsets in the original.
 */

const FOLDS: Readonly<Record<string, string>> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201C': '"', // “
  '\u201D': '"', // ”
};

/** The text with every typographic quotation mark or apostrophe replaced by its straight form (same length). */
export function foldQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201C\u201D]/g, (mark) => FOLDS[mark] ?? mark);
}
