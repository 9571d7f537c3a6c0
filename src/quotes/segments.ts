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
  const valid = ranges.filter((r) => r.start < r.end && r.start >= 0 && r.end <= text.length);
  // Cut the text at every range edge and paragraph break; each piece takes the mark of the range
  // covering it, a quote winning over a mention (ranges are few, so the scan per piece is cheap).
  const cuts = new Set<number>([0, text.length]);
  for (const r of valid) { cuts.add(r.start); cuts.add(r.end); }
  const breaks: [number, number][] = [];
  for (const m of text.matchAll(/\n\s*\n/g)) {
    breaks.push([m.index, m.index + m[0].length]);
    cuts.add(m.index);
    cuts.add(m.index + m[0].length);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const paragraphs: Run[][] = [[]];
  for (let i = 0; i < points.length - 1; i += 1) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (breaks.some(([b0, b1]) => from >= b0 && to <= b1)) {
      if (paragraphs[paragraphs.length - 1]!.length) paragraphs.push([]);
      continue;
    }
    const covering = valid.filter((r) => r.start <= from && r.end >= to);
    const mark = covering.find((r) => r.kind === 'quote') ?? covering[0] ?? null;
    const runs = paragraphs[paragraphs.length - 1]!;
    const last = runs[runs.length - 1];
    if (last && last.mark === mark) last.text += text.slice(from, to);
    else runs.push({ text: text.slice(from, to), start: from, mark });
  }
  return paragraphs.filter((p) => p.length > 0);
}
