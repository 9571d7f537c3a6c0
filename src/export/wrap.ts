/**
 * Greedy word wrapping for text drawn in SVG, which has no line breaking of its own. Pure: the
 * caller passes how wide a string is (a canvas's measureText in the browser).
 */

/**
 * Splits `text` into lines no wider than `width` (same unit as `measure`), breaking at spaces; a
 * single word wider than the line stands on its own line. At most `maxLines` lines: the last one
 * ends with "…" when text is left over. Whitespace runs count as one space.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number, maxLines = Infinity): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (!line || measure(next) <= width) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  let last = `${kept[kept.length - 1]!}…`;
  while (measure(last) > width && last.includes(' ')) last = `${last.slice(0, last.lastIndexOf(' '))}…`;
  kept[kept.length - 1] = last;
  return kept;
}
