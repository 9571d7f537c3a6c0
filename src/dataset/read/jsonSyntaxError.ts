/**
 * Where JSON text first goes wrong, for the message of a file JSON.parse refused. Engines do not
 * always say (V8 in Node 20 often gives no position, Safari never does), so the position comes
 * from `jsonc-parser`'s scanner, loaded only once parsing has failed: a valid file never pays for it.
 * The scanner finds the tokens; the grammar walk below keeps its own stack, so deeply nested
 * input cannot overflow the call stack (jsonc-parser's own `parse` recurses).
 */

/** jsonc-parser's SyntaxKind and ScanError values (declared as const enums, which isolated modules cannot read). */
const KIND = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, comma: 5, colon: 6, string: 10, number: 11, lineBreak: 14, trivia: 15, unknown: 16, eof: 17 } as const;
const SCALARS: ReadonlySet<number> = new Set([7, 8, 9, KIND.string, KIND.number]);
/** Scan errors found only at a token's end (the string or number was cut short): point there. */
const AT_END: ReadonlySet<number> = new Set([2, 3]);
/** Inside a string token the scanner refused: a control character, or the letter after a bad escape. */
// eslint-disable-next-line no-control-regex -- JSON strings refuse control characters: finding them is the point
const BAD_IN_STRING = /[\u0000-\u001f]|\\(?:u(?![0-9a-fA-F]{4})|[^"\\/bfnrtu])/u;
/** A number as far as it is right, for a token the scanner could not read. */
const NUMBER_PREFIX = /^-?(?:0|[1-9]\d*)?/;

/** JSON's whitespace (the scanner also skips some that JSON refuses, such as a vertical tab). */
const JSON_SPACE = /^[ \t\r\n]*$/;

/** What the walk expects next. */
type State = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'after';

/** The UTF-16 index of the first syntax error in `text`, or undefined when it is valid JSON. */
export async function findJsonError(text: string): Promise<number | undefined> {
  const { createScanner } = await import('jsonc-parser');
  const scanner = createScanner(text, false);
  const stack: number[] = [];
  let state: State = 'value';
  for (;;) {
    const kind: number = scanner.scan();
    const at = scanner.getTokenOffset();
    if (kind === KIND.trivia || kind === KIND.lineBreak) {
      if (!JSON_SPACE.test(scanner.getTokenValue())) return at;
      continue;
    }
    const error: number = scanner.getTokenError();
    if (error !== 0) return AT_END.has(error) ? at + scanner.getTokenLength() : at + badInString(text.slice(at, at + scanner.getTokenLength()));
    if (kind === KIND.unknown) return at + rightPrefix(text.slice(at, at + scanner.getTokenLength()));
    const top = stack[stack.length - 1];
    if (kind === KIND.eof) return state === 'after' && top === undefined ? undefined : at;
    switch (state) {
      case 'after':
        if (top === undefined) return at;
        if (kind === KIND.comma) state = top === KIND.openBrace ? 'key' : 'value';
        else if (kind === (top === KIND.openBrace ? KIND.closeBrace : KIND.closeBracket)) stack.pop();
        else return at;
        break;
      case 'colon':
        if (kind !== KIND.colon) return at;
        state = 'value';
        break;
      case 'key':
      case 'keyOrClose':
        if (state === 'keyOrClose' && kind === KIND.closeBrace) {
          stack.pop();
          state = 'after';
        } else if (kind === KIND.string) state = 'colon';
        else return at;
        break;
      case 'value':
      case 'valueOrClose':
        if (state === 'valueOrClose' && kind === KIND.closeBracket) {
          stack.pop();
          state = 'after';
        } else if (kind === KIND.openBrace || kind === KIND.openBracket) {
          stack.push(kind);
          state = kind === KIND.openBrace ? 'keyOrClose' : 'valueOrClose';
        } else if (SCALARS.has(kind)) state = 'after';
        else return at;
        break;
    }
  }
}

/** Where in a refused string token (its raw text) the fault is; 0 when it cannot be told. */
function badInString(raw: string): number {
  const m = BAD_IN_STRING.exec(raw);
  if (m === null) return 0;
  // A bad escape: point at the letter after the backslash, as "\\x" is wrong at "x".
  return m[0].startsWith('\\') ? m.index + 1 : m.index;
}

/** How much of an unreadable word is right: "tru" is wrong at its end, "-" after the sign, "'a'" at once. */
function rightPrefix(word: string): number {
  let best = NUMBER_PREFIX.exec(word)?.[0].length ?? 0;
  for (const literal of ['true', 'false', 'null']) {
    let k = 0;
    while (k < word.length && word[k] === literal[k]) k++;
    best = Math.max(best, k);
  }
  return best;
}
