/**
 * CSV as RFC 4180 writes it, plus what spreadsheets actually export: a UTF-8 byte order mark,
 * LF or lone CR line ends, and a final line end (or none). Quoted fields may hold commas, doubled
 * quotes and line breaks. A quote inside an unquoted field is kept as a character, as spreadsheets do.
 */

/** A CSV text that cannot be read, with where the reading stopped (1-based line). */
export class CsvError extends Error {
  constructor(
    message: string,
    /** The line, counting from 1, at which the problem was found. */
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvError';
  }
}

/** Parses CSV text into rows of fields. Throws CsvError on an unterminated quoted field or text after a closing quote. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith('\ufeff') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let i = 0;
  // True once the current row has begun, so that a final line end does not add an empty row.
  let inRow = false;

  while (i < src.length) {
    const c = src[i];
    if (c === '"' && !fieldStarted(src, i)) {
      const end = closingQuote(src, i + 1, line);
      const raw = src.slice(i + 1, end);
      line += countLineBreaks(raw);
      field = raw.replaceAll('""', '"');
      i = end + 1;
      inRow = true;
      const next = src[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new CsvError('text after the closing quote of a quoted field (a quote inside a field must be doubled)', line);
      }
      continue;
    }
    if (c === ',') {
      row.push(field);
      field = '';
      inRow = true;
      i++;
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      inRow = false;
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      field += c;
      inRow = true;
      i++;
    }
  }
  if (inRow) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** True when position `i` is inside a field that already has characters (so a quote there is literal). */
function fieldStarted(src: string, i: number): boolean {
  const prev = src[i - 1];
  return i > 0 && prev !== ',' && prev !== '\n' && prev !== '\r';
}

/** The index of the quote that closes a quoted field whose content starts at `from`. */
function closingQuote(src: string, from: number, line: number): number {
  let j = from;
  for (;;) {
    const q = src.indexOf('"', j);
    if (q === -1) throw new CsvError('a quoted field is never closed', line);
    if (src[q + 1] !== '"') return q;
    j = q + 2;
  }
}

function countLineBreaks(text: string): number {
  return (text.match(/\r\n?|\n/g) ?? []).length;
}
