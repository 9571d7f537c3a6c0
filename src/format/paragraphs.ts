/**
 * A summary's paragraphs: the format keeps text plain (never HTML) and separates paragraphs with
 * a blank line, as the preprocessor and the TimelineJS import write them. A single newline inside
 * a paragraph is a line break (an address, a list imported from TimelineJS's `<br>`).
 */

/** The paragraphs of `text`, each a list of its lines; blank-only paragraphs are dropped. */
export function paragraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').map((line) => line.trim()).filter((line) => line !== ''))
    .filter((lines) => lines.length > 0);
}
