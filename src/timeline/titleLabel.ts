/**
 * How a mark's title is shown on the plot: its lines, where they sit, and how it is shortened.
 * The rule for every shortened title: what is drawn is the title's first whole words, followed by
 * three drawn dots, so that the visible text is always the start of the mark's name (WCAG 2.5.3,
 * "label in name": a speech-input reader says what they see). A word wider than the room itself
 * (a long compound, a URL) is drawn whole and cut by a clip, as CSS's text-overflow does, for the
 * same reason: the text is the word, the clip only hides its end, which is the left end of a
 * right-to-left word (its direction is its first strong letter's, as unicode-bidi: plaintext
 * draws it).
 */
import { direction } from 'direction';
import type { PlacedMark } from './layout';
import { ELLIPSIS_PX, type TextMeasure } from './textWidth';

/** A title as drawn. */
export interface Label {
  /** Its lines (none: hidden). */
  lines: string[];
  /** Where the lines start (or, with anchor "end", end), px from the plot's left. */
  x: number;
  /** Which end of the lines `x` is. */
  anchor: 'start' | 'end';
  /** Shortened: drawn dots follow the last line (then anchored at its start). */
  truncated: boolean;
  /**
   * The last line is one word wider than the room: drawn whole, clipped to `tail` px, its start
   * at the clip's left ('ltr') or, for a right-to-left word, right edge ('rtl'); null: not clipped.
   */
  clip: 'ltr' | 'rtl' | null;
  /** Width of the widest line as drawn, px. */
  width: number;
  /** Width of the last line as drawn (clipped), px: the dots follow it. */
  tail: number;
}

/** A drawn title's left edge, px: its x, or its x less its width where it ends there (anchor "end"). */
export function labelLeft(l: Pick<Label, 'x' | 'width' | 'anchor'>): number {
  return l.anchor === 'end' ? l.x - l.width : l.x;
}

/** How far a drawn title reaches from its left edge, px: its widest line, or its last line and the dots after it. */
export function drawnWidth(l: Pick<Label, 'width' | 'tail' | 'truncated'>): number {
  return Math.max(l.width, l.truncated ? l.tail + ELLIPSIS_PX : 0);
}

/** No title. */
export const NONE: Label = { lines: [], x: 0, anchor: 'start', truncated: false, clip: null, width: 0, tail: 0 };

/**
 * The whole title of the selected or focused mark: after the glyph when it fits before the plot's
 * right edge (`width`, px), else before the glyph when it fits there, else wrapped to two lines on
 * the side with more room; a last line that still does not fit is shortened by the rule above, so
 * that no title runs out of the plot, where it would be cut mid-word. The mark's name and the event
 * panel hold the rest.
 */
export function wholeLabel(title: string, m: PlacedMark, width: number, measure: TextMeasure): Label {
  const full = measure.width(title);
  if (m.labelX + full <= width - 4) return { ...NONE, lines: [title], x: m.labelX, width: full, tail: full };
  const before = m.geometry.x0 - 6;
  if (before - full >= 4) return { ...NONE, lines: [title], x: before, anchor: 'end', width: full, tail: full };
  const rightRoom = width - 4 - m.labelX;
  const leftRoom = before - 4;
  const left = leftRoom > rightRoom;
  const room = left ? leftRoom : Math.max(rightRoom, 60);
  const lines = measure.lines(title, room, 2);
  const n = lines.length - 1;
  const widest = (shown: string[], tail: number) => Math.max(tail, ...shown.map((l) => measure.width(l)));
  const last = lines[n] ?? '';
  const lastWidth = measure.width(last);
  if (lastWidth <= room) return { ...NONE, lines, x: left ? before : m.labelX, anchor: left ? 'end' : 'start', width: widest(lines, lastWidth), tail: lastWidth };
  // Shortened: anchored at the start of the room, so that the dots follow the last line.
  const head = measure.words(last, room);
  const clip = head === '' ? (direction(last) === 'rtl' ? 'rtl' : 'ltr') : null;
  if (!clip) lines[n] = head;
  const tail = clip ? Math.max(0, room - ELLIPSIS_PX) : measure.width(head);
  return { lines, x: left ? before - room : m.labelX, anchor: 'start', truncated: true, clip, width: widest(lines.slice(0, n), tail), tail };
}

/**
 * Any other title: whole, or its first whole words (followed by dots) in the room its lane leaves,
 * ending before `stop` (px: the next cluster pill in its row); hidden when fewer than 48 px are
 * left or when it would start left of the plot (never shown from mid-word).
 */
export function laneLabel(title: string, m: PlacedMark, width: number, measure: TextMeasure, stop = Infinity): Label {
  if (m.labelX < 2) return NONE;
  const room = Math.min(m.labelRoom, width - m.labelX - 4, stop - m.labelX - 6);
  if (room < 48) return NONE;
  const text = measure.words(title, room);
  if (!text) return NONE;
  const shown = measure.width(text);
  return { ...NONE, lines: [text], x: m.labelX, truncated: text !== title, width: shown, tail: shown };
}
