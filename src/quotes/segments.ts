/**
 * Splits an article's text into paragraphs of runs, marking the ranges to highlight, so that the
 * source reader can draw `<mark>`s with React text nodes only (never HTML). Offsets are UTF-16
 * indices into the whole text, as in the dataset; paragraphs are separated by blank lines.
 */

/** A range to mark in the text. */
export interface MarkRange {
  start: number;
  end: number;
  kind: 'quote' | 'mention';
  /** The quote's id, for quote ranges. */
  id?: string;
}

/** A run of text, marked or not. */
export interface Run {
  text: string;
  start: number;
  mark: MarkRange | null;
}

/** Paragraphs of runs covering the whole text in order. */
export function segments(text: string, ranges: readonly MarkRange[]): Run[][] {
  // Quotes win over mentions where they overlap; earlier ranges win among equals.
  const sorted = [...ranges]
    .filter((r) => r.start < r.end && r.start >= 0 && r.end <= text.length)
    .sort((a, b) => a.start - b.start || (a.kind === 'quote' ? -1 : 1));
  const paragraphs: Run[][] = [];
  const breaks = /\n\s*\n/g;
  let from = 0;
  const bounds: [number, number][] = [];
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    bounds.push([from, m.index]);
    from = m.index + m[0].length;
  }
  bounds.push([from, text.length]);
  for (const [pStart, pEnd] of bounds) {
    const runs: Run[] = [];
    let at = pStart;
    for (const r of sorted) {
      const s = Math.max(r.start, at);
      const e = Math.min(r.end, pEnd);
      if (e <= s || s >= pEnd) continue;
      if (s > at) runs.push({ text: text.slice(at, s), start: at, mark: null });
      runs.push({ text: text.slice(s, e), start: s, mark: r });
      at = e;
    }
    if (at < pEnd) runs.push({ text: text.slice(at, pEnd), start: at, mark: null });
    if (runs.length) paragraphs.push(runs);
  }
  return paragraphs;
}
