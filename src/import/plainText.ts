/**
 * HTML → plain text, without a DOM. TimelineJS text is HTML; our dataset text is never HTML
 * (the app renders it as text), so every tag goes and only the words, and their paragraphs, stay.
 * This is not a sanitiser: the output is never parsed as HTML again, so removing markup is enough.
 */
import { decodeAttribute, decodeEntities } from './htmlEntities';

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
/** Elements whose content is code or styling, not text. */
const HIDDEN = /<(script|style|template|noscript|iframe|object)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const LINE_BREAK = /<br\b[^>]*>/gi;
/** Elements that start a new paragraph when they open or close. */
const BLOCK = /<\/?(?:p|div|h[1-6]|blockquote|ul|ol|li|dl|dt|dd|table|tr|section|article|header|footer|aside|figure|figcaption|pre|hr)\b[^>]*>/gi;
/**
 * Any other tag. A quote delimits a value only after "=" (`title="a > b"` may hold ">"); anywhere
 * else it is a character of the tag, as HTML's tokenizer reads `<b">`. Each run of the tag, and each
 * "=" with its value, is matched atomically (a lookahead captured, then consumed), so a tag that
 * never closes fails in linear time instead of trying every way to split it.
 */
const TAG = /<\/?[A-Za-z](?=([^>=]*))\1(?:(?=(=\s*(?:"[^"]*"|'[^']*')?))\2(?=([^>=]*))\3)*>/g;
/** Declarations and processing instructions: `<!DOCTYPE …>`, `<?xml …?>`. */
const DECLARATION = /<[!?][^>]*>/g;
/** A tag cut off by the end of the text, e.g. `Summit <a href="`. */
const OPEN_TAG_AT_END = /<[/!?]?[A-Za-z!?][^>]*$/;
/** Controls other than tab and newline: never meaningful in a summary. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Plain text of an HTML fragment: tags removed, entities decoded, paragraphs separated by a blank line. */
export function htmlToPlainText(html: string): string {
  let text = html.replace(/\r\n?/g, '\n');
  // Removing one tag can join the text around it into another ("<<b>b>" → "<b>"), so repeat
  // until nothing changes; each pass removes characters, so this ends.
  for (let before = ''; before !== text; ) {
    before = text;
    text = text
      .replace(COMMENT, '')
      .replace(HIDDEN, '')
      .replace(LINE_BREAK, '\n')
      .replace(BLOCK, '\n\n')
      .replace(TAG, '')
      .replace(DECLARATION, '')
      .replace(OPEN_TAG_AT_END, '');
  }
  return tidy(decodeEntities(text).replace(CONTROLS, ''));
}

/** The plain text on one line, for titles and labels. */
export function htmlToLine(html: string): string {
  return htmlToPlainText(html).replace(/\s+/g, ' ');
}

/** Collapses spaces within lines, trims lines, and keeps at most one blank line between paragraphs. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const LINK = /<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** The targets of the links (`<a href>`) in an HTML fragment, decoded, in order. */
export function htmlLinks(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(LINK)) {
    const href = decodeAttribute(m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (href !== '') out.push(href);
  }
  return out;
}
