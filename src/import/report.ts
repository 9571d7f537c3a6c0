/**
 * The import report: one note per thing in the input that did not make it into the dataset
 * as it was, each with where it stood (`events[4].background`, or `row 6, Background` for a CSV).
 */

/** One note: where in the input, and what happened to it, in a sentence. */
export interface ImportNote {
  path: string;
  message: string;
}

/** One note as a line: `events[4].background: not carried over (backgrounds are not part of the format)`. */
export function formatNote(note: ImportNote): string {
  return `${note.path}: ${note.message}`;
}

/** True when a note says something in the input was left out (a field, a link, a whole event). */
export function isDrop(note: ImportNote): boolean {
  return note.message.includes('not carried over');
}

/** True when a note says a whole event (a slide or a row) was left out. */
export function isDroppedEvent(note: ImportNote): boolean {
  return note.message.startsWith('event not carried over');
}

/**
 * The report's last line: what came in, what was left out, where it went.
 * "helsinki.json: 9 events imported, 1 event and 12 fields dropped → out.json".
 */
export function summaryLine(file: string, imported: number, notes: readonly ImportNote[], out?: string, refused = false): string {
  const events = notes.filter(isDroppedEvent).length;
  const fields = notes.filter((n) => isDrop(n) && !isDroppedEvent(n)).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const dropped = events + fields === 0
    ? 'nothing dropped'
    : `${[events ? plural(events, 'event') : '', fields ? plural(fields, 'detail') : ''].filter(Boolean).join(' and ')} dropped`;
  const where = refused ? ' — nothing written (pass --allow-drops to write it anyway)' : out === undefined ? '' : ` → ${out}`;
  return `${file}: ${plural(imported, 'event')} imported, ${dropped}${where}`;
}

/** Text cut to at most `max` characters at a word boundary when there is one, ending with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let head = text.slice(0, max - 1);
  // Never end on half of a surrogate pair (an emoji cut in two).
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1);
  const space = head.lastIndexOf(' ');
  return (space > max / 2 ? head.slice(0, space) : head).trimEnd() + '…';
}

/** Where a path stands in its input, to list notes slide by slide: title, events (or rows), eras. */
function rank(path: string): [number, number] {
  const m = /^(title|events|eras|row)(?:\[(\d+)\]| (\d+))?/.exec(path);
  if (!m) return [0, 0];
  const section = m[1] === 'title' ? 1 : m[1] === 'eras' ? 3 : 2;
  return [section, Number(m[2] ?? m[3] ?? 0)];
}

/** The notes ordered by the place in the input they concern; notes on one place keep their order. */
export function sortNotes(notes: readonly ImportNote[]): ImportNote[] {
  return notes
    .map((note, i) => ({ note, i, r: rank(note.path) }))
    .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.i - b.i)
    .map((x) => x.note);
}
