/**
 * Where each item of a dataset's `events` array lies in its JSON text, so the dataset worker can
 * JSON.parse a 100,000-event file one event at a time: the parsed file is then never in memory
 * whole (as one tree it was ~50 MB beside its ~35 MB of text, the peak of the load).
 *
 * This finds boundaries only (strings skipped, brackets counted); JSON.parse still reads every
 * character, of the rest of the file and of each event. Whatever the scan does not follow, it
 * gives up on (null): the caller then parses the whole text, which is also what gives a broken
 * file's exact error. And whatever the scan gets wrong can only show as an event that JSON.parse
 * refuses (a cut that is not a whole value), which the caller treats the same way.
 */

/** The text cut for parsing in pieces: `rest` is the file with the events array replaced by `placeholder`; event i is text[starts[i] … ends[i]). */
export interface SplitText {
  rest: string;
  starts: Int32Array;
  ends: Int32Array;
}

const WHITESPACE = /[ \t\n\r]*/y;
/** The next character that matters inside an object or array: a quote or a bracket. */
const STRUCTURE = /["[\]{}]/g;
/** A number or a literal (true, false, null), loosely: JSON.parse checks it. */
const SCALAR = /-?[0-9][0-9.eE+-]*|true|false|null/y;

/**
 * Cuts `text` (a JSON object, as JSON.parse would read it) into its events and the rest, or null
 * when it has no top-level `events` key, has it twice, or is not laid out as JSON.
 */
export function splitEvents(text: string, placeholder: string): SplitText | null {
  const starts: number[] = [];
  const ends: number[] = [];
  let array: [number, number] | null = null;
  let i = space(text, 0);
  if (text[i] !== '{') return null;
  i = space(text, i + 1);
  if (text[i] === '}') return null;
  for (;;) {
    if (text[i] !== '"') return null;
    const keyEnd = skipString(text, i);
    if (keyEnd < 0) return null;
    const isEvents = text.slice(i, keyEnd) === '"events"';
    i = space(text, keyEnd);
    if (text[i] !== ':') return null;
    i = space(text, i + 1);
    if (isEvents) {
      if (array !== null || text[i] !== '[') return null;
      const open = i;
      i = space(text, i + 1);
      if (text[i] !== ']') {
        for (;;) {
          const end = skipValue(text, i);
          if (end < 0) return null;
          starts.push(i);
          ends.push(end);
          i = space(text, end);
          if (text[i] === ']') break;
          if (text[i] !== ',') return null;
          i = space(text, i + 1);
        }
      }
      array = [open, i + 1];
      i = space(text, i + 1);
    } else {
      const end = skipValue(text, i);
      if (end < 0) return null;
      i = space(text, end);
    }
    if (text[i] === '}') break;
    if (text[i] !== ',') return null;
    i = space(text, i + 1);
  }
  if (array === null || space(text, i + 1) !== text.length) return null;
  return {
    rest: text.slice(0, array[0]) + placeholder + text.slice(array[1]),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
  };
}

/** The index after any whitespace at `at`. */
function space(text: string, at: number): number {
  WHITESPACE.lastIndex = at;
  WHITESPACE.test(text);
  return WHITESPACE.lastIndex;
}

/** The index after the string whose opening quote is at `at`, or -1 if it never closes. */
function skipString(text: string, at: number): number {
  let from = at + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return -1;
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === 0x5c) slashes++;
    // An even run of backslashes escapes itself, not the quote.
    if (slashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** The index after the JSON value starting at `at`, or -1 when brackets or strings do not close. */
function skipValue(text: string, at: number): number {
  const first = text[at];
  if (first === '"') return skipString(text, at);
  if (first !== '{' && first !== '[') {
    SCALAR.lastIndex = at;
    return SCALAR.test(text) ? SCALAR.lastIndex : -1;
  }
  let depth = 0;
  STRUCTURE.lastIndex = at;
  while (STRUCTURE.test(text)) {
    const i = STRUCTURE.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const end = skipString(text, i);
      if (end < 0) return -1;
      STRUCTURE.lastIndex = end;
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if (--depth === 0) return i + 1;
  }
  return -1;
}
