/**
 * Finds where JSON text first goes wrong. JSON.parse does not always say: V8 in Node 20 reports
 * "Unexpected token 'x', "…" is not valid JSON" with no position, and Safari never gives one.
 * Only used after JSON.parse has failed, so it favours plainness over speed; it keeps its own
 * stack, so deeply nested input cannot overflow the call stack.
 */

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]{4}$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** What the scanner expects next. */
type State = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'after';

/** The UTF-16 index of the first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonError(text: string): number | undefined {
  const stack: string[] = [];
  let state: State = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && WHITESPACE.has(text.charAt(i))) i++;
    const c = text.charAt(i);
    if (state === 'after') {
      const top = stack[stack.length - 1];
      if (top === undefined) return i < text.length ? i : undefined;
      if (c === ',') {
        state = top === '{' ? 'key' : 'value';
        i++;
      } else if (c === (top === '{' ? '}' : ']')) {
        stack.pop();
        i++;
      } else {
        return i;
      }
      continue;
    }
    if (i >= text.length) return i;
    if ((state === 'valueOrClose' && c === ']') || (state === 'keyOrClose' && c === '}')) {
      stack.pop();
      state = 'after';
      i++;
      continue;
    }
    if (state === 'key' || state === 'keyOrClose') {
      if (c !== '"') return i;
      const end = scanString(text, i);
      if (end < 0) return -end - 1;
      i = end;
      while (i < text.length && WHITESPACE.has(text.charAt(i))) i++;
      if (text.charAt(i) !== ':') return i;
      i++;
      state = 'value';
      continue;
    }
    // A value: open a container, or scan a scalar.
    if (c === '{' || c === '[') {
      stack.push(c);
      state = c === '{' ? 'keyOrClose' : 'valueOrClose';
      i++;
      continue;
    }
    const end = scanScalar(text, i);
    if (end < 0) return -end - 1;
    i = end;
    state = 'after';
  }
}

/** Scans a string, number or literal at `i`: returns the index after it, or -(error index) - 1. */
function scanScalar(text: string, i: number): number {
  const c = text.charAt(i);
  if (c === '"') return scanString(text, i);
  for (const word of ['true', 'false', 'null']) {
    if (c !== word.charAt(0)) continue;
    for (let k = 1; k < word.length; k++) if (text.charAt(i + k) !== word.charAt(k)) return -(i + k) - 1;
    return i + word.length;
  }
  NUMBER.lastIndex = i;
  const m = NUMBER.exec(text);
  // No number here: after a lone "-" the next character is the culprit, otherwise this one.
  if (m === null) return -(c === '-' ? i + 1 : i) - 1;
  // The regex stops early on "01", "1." or "1e+": the culprit is the extra digit, or the place
  // where the fraction's or exponent's digits should be.
  let end = i + m[0].length;
  const next = text.charAt(end);
  if (!/[0-9.eE+-]/.test(next)) return end;
  const hasExponent = /[eE]/.test(m[0]);
  if (next === '.' && !hasExponent && !m[0].includes('.')) end++;
  else if ((next === 'e' || next === 'E') && !hasExponent) end += /[+-]/.test(text.charAt(end + 1)) ? 2 : 1;
  return -end - 1;
}

/** Scans a string starting at its opening quote: returns the index after it, or -(error index) - 1. */
function scanString(text: string, i: number): number {
  for (let k = i + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x22) return k + 1;
    if (c < 0x20) return -k - 1;
    if (c !== 0x5c) continue;
    const e = text.charAt(k + 1);
    if (e === 'u') {
      if (!HEX.test(text.slice(k + 2, k + 6))) return -(k + 1) - 1;
      k += 5;
    } else if (ESCAPES.has(e)) {
      k++;
    } else {
      return -(k + 1) - 1;
    }
  }
  return -text.length - 1;
}
