/**
 * The wording of problems, shared by every reader of untrusted input: the dataset parser, the
 * preprocessor's YAML reader and the TimelineJS import. One phrasing everywhere: "expected a
 * string, found a number", values quoted and cut so one bad value cannot fill the screen.
 */

/** What each reader calls a value's kind: JSON says "an array", YAML "a list" or "a mapping". */
export interface KindWords {
  array: string;
  object: string;
  null: string;
  /** A number in words; "a number" when absent. */
  number?: (n: number) => string;
  /** A boolean in words; "a boolean" when absent. */
  boolean?: (b: boolean) => string;
}

/** JSON's words, the default. */
export const JSON_WORDS: KindWords = { array: 'an array', object: 'an object', null: 'null' };

/** What a value is, in words, for "expected …, found …"; undefined is "nothing". */
export function kindOf(value: unknown, words: KindWords = JSON_WORDS): string {
  if (value === undefined) return 'nothing';
  if (value === null) return words.null;
  if (Array.isArray(value)) return words.array;
  switch (typeof value) {
    case 'string': return 'a string';
    case 'number': return words.number ? words.number(value) : 'a number';
    case 'boolean': return words.boolean ? words.boolean(value) : 'a boolean';
    case 'object': return words.object;
    default: return `a value of type ${typeof value}`;
  }
}

/** The message for a value of the wrong kind, or for a missing one (`found` undefined). */
export function expected(what: string, found: unknown, words: KindWords = JSON_WORDS): string {
  return found === undefined ? `is missing (expected ${what})` : `expected ${what}, found ${kindOf(found, words)}`;
}

/** A string quoted for a message, cut to about `max` characters (60) so one bad value cannot fill the screen. */
export function shown(value: string, max = 60): string {
  return JSON.stringify(value.length > max ? value.slice(0, max) + '…' : value);
}

/** An integer with thousands separators ("200,000"), independent of the locale. */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
