/**
 * Locating: where an annotated quote or mention sits in a cleaned text, as UTF-16 offsets.
 *
 * The annotator types the words; the dataset records the exact slice of the text, so
 * `text.slice(start, end)` is always what the page printed, typographic marks included.
 * An ambiguous match is an error rather than a guess: attributing words to the wrong place is
 * worse than asking for a hint.
 */
import { shown } from '../dataset/read/messages';
import { BRIEF } from './errors';
import { foldQuotes } from './quoteMarks';

/** How to pick one match when the words occur more than once. */
export interface LocateHints {
  /** 1-based: the Nth match (counted after `after`, when both are given). */
  occurrence?: number;
  /** Words somewhere before the wanted match: the first match after them is taken. */
  after?: string;
}

/** What is being located, for messages. */
export interface LocateSubject {
  kind: 'quote' | 'mention';
  /** The quote's id, or the id of the event a mention belongs to. */
  owner: string;
  /** The source id whose text is searched. */
  source: string;
}

/** A match: offsets into the searched text and the exact slice there. */
export interface Located {
  start: number;
  end: number;
  text: string;
}

/** Finds `words` in `text` (straight and typographic quotes equal); the one match, or a sentence saying why not. */
export function locate(text: string, words: string, hints: LocateHints, subject: LocateSubject): Located | { error: string } {
  const owner = subject.kind === 'quote' ? `(id ${subject.owner})` : `(event ${subject.owner})`;
  const what = `${subject.kind} ${shown(words, BRIEF)} ${owner}`;
  if (words === '') return { error: `${what} has empty text` };
  const folded = foldQuotes(text);
  const needle = foldQuotes(words);

  let from = 0;
  if (hints.after !== undefined) {
    const at = folded.indexOf(foldQuotes(hints.after));
    if (hints.after === '' || at < 0) {
      return { error: `${what}: its after: ${shown(hints.after, BRIEF)} is not in source ${subject.source}` };
    }
    from = at + hints.after.length;
  }

  const starts = allMatches(folded, needle, from);
  const where = hints.after === undefined ? `in source ${subject.source}` : `after ${shown(hints.after, BRIEF)} in source ${subject.source}`;
  if (starts.length === 0) return { error: `${what} is not found ${where}` };

  let start: number;
  if (hints.occurrence !== undefined) {
    const chosen = starts[hints.occurrence - 1];
    if (chosen === undefined) {
      return { error: `${what} asks for occurrence: ${hints.occurrence} but occurs only ${times(starts.length)} ${where}` };
    }
    start = chosen;
  } else if (starts.length > 1) {
    return {
      error: `${what} occurs ${times(starts.length)} ${where}: add occurrence: N (1-based) or after: "words before it" to say which`,
    };
  } else {
    start = starts[0] ?? 0;
  }
  const end = start + needle.length;
  return { start, end, text: text.slice(start, end) };
}

/** True when `words` occur in `text`, ignoring case and the quote-mark style. */
export function containsWords(text: string, words: string): boolean {
  return foldQuotes(text).toLowerCase().includes(foldQuotes(words).toLowerCase());
}

// Overlapping matches count too: a second match, however placed, makes the words ambiguous.
function allMatches(haystack: string, needle: string, from: number): number[] {
  const starts: number[] = [];
  for (let at = haystack.indexOf(needle, from); at >= 0; at = haystack.indexOf(needle, at + 1)) starts.push(at);
  return starts;
}

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}
