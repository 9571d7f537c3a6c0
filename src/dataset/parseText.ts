/**
 * Dataset text (a file's contents, a fetch response) to the model: size limit, then JSON.parse,
 * then parseDataset. JSON syntax errors come back as one problem giving the line and column.
 */
import { grouped } from './read/messages';
import { MAX_FILE_BYTES } from './limits';
import type { DatasetIssue, ParseResult } from './model';
import { parseDataset } from './parse';

/** Path of problems that concern the file as a whole rather than a place in the dataset. */
export const FILE_PATH = '(file)';

/** The problem to report for a file of `bytes` bytes, or undefined if it is within MAX_FILE_BYTES. */
export function checkFileSize(bytes: number): DatasetIssue | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return { path: FILE_PATH, message: `the file is ${megabytes(bytes)} (${grouped(bytes)} bytes); the limit is ${megabytes(MAX_FILE_BYTES)}` };
}

/**
 * Parses dataset text: size, JSON syntax, then every rule of parseDataset. Never rejects.
 * Asynchronous only because a syntax error loads the scanner that locates it. `bytes` is the
 * text's UTF-8 length when the caller already knows it (it read the bytes), saving a pass.
 */
export async function parseDatasetText(text: string, bytes?: number): Promise<ParseResult> {
  const json = await readJsonText(text, bytes);
  return json.ok ? parseDataset(json.value) : json;
}

/** A file's JSON value, or the problems that stop it being read (its size, its syntax). */
export type JsonResult = { ok: true; value: unknown } | { ok: false; issues: DatasetIssue[] };

/**
 * The first half of parseDatasetText: size, emptiness and JSON syntax, giving the JSON value to
 * check. Split out so that a caller can say how many events it is about to check (the worker's
 * progress, src/dataset/read/parseWorker.ts). Never rejects.
 */
export async function readJsonText(text: string, bytes?: number): Promise<JsonResult> {
  const tooLarge = checkFileSize(bytes ?? utf8Length(text));
  if (tooLarge !== undefined) return { ok: false, issues: [tooLarge] };
  // Editors on Windows may save a byte-order mark, which JSON.parse rejects; it is invisible, so drop it.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (json.trim() === '') return { ok: false, issues: [{ path: FILE_PATH, message: 'the file is empty' }] };
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch (error) {
    return { ok: false, issues: [{ path: FILE_PATH, message: await syntaxMessage(error, json) }] };
  }
}

/** A sentence for a JSON.parse failure: the engine's reason, located by line and column when the scanner finds the place. */
async function syntaxMessage(error: unknown, text: string): Promise<string> {
  const raw = error instanceof Error ? error.message : 'unknown error';
  // Loaded only for a file that is not JSON: the scanner that finds the place is not needed otherwise.
  const { findJsonError } = await import('./read/jsonSyntaxError');
  const found = await findJsonError(text);
  const at = found === undefined ? undefined : lineColumn(text, found);
  const where = at === undefined ? '' : ` at line ${at.line}, column ${at.column}`;
  return `is not valid JSON: ${reasonOf(raw)}${where}`;
}

/** The engine's reason without its position or its echo of the text. */
function reasonOf(message: string): string {
  const token = /^(Unexpected token '.')/su.exec(message);
  if (token?.[1] !== undefined) return token[1];
  return message
    .replace(/^JSON\.parse: /, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ at line \d+ column \d+ of the JSON data/, '')
    .replace(/ (in JSON )?at position \d+/, '')
    .trim();
}

/** Line and column (from 1, in UTF-16 units) of an index into the text. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}

/** UTF-8 length without encoding: 50 MB of text would otherwise be copied just to be measured. */
function utf8Length(text: string): number {
  // Every UTF-16 unit takes 1 to 3 bytes, so the bounds settle most texts without a loop.
  if (text.length > MAX_FILE_BYTES) return text.length;
  if (text.length * 3 <= MAX_FILE_BYTES) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is 4 bytes in all: 2 for each half.
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 2 : 3;
  }
  return bytes;
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? grouped(mb) : mb.toFixed(1)} MB`;
}
