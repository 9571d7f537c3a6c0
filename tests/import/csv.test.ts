import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from '../../src/import/csv';
import { quoteField } from '../../src/download/csvCell';
import { PROPERTY_TIMEOUT_MS } from '../propertyRuns';

describe('parseCsv', () => {
  it('splits records and fields', () => {
    expect(parseCsv('a,b,c\r\n1,2,3\r\n')).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
  });
  it('accepts LF, CR and CRLF line ends, and a last line without one', () => {
    expect(parseCsv('a\nb\rc\r\nd')).toEqual([['a'], ['b'], ['c'], ['d']]);
  });
  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv('a,,\r\n,b,')).toEqual([['a', '', ''], ['', 'b', '']]);
  });
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('"a, b","say ""hi""","line 1\r\nline 2"\r\nnext')).toEqual([
      ['a, b', 'say "hi"', 'line 1\r\nline 2'],
      ['next'],
    ]);
  });
  it('reads an empty quoted field and a quoted field at the end of the text', () => {
    expect(parseCsv('"",x,"end"')).toEqual([['', 'x', 'end']]);
  });
  it('drops a UTF-8 byte order mark', () => {
    expect(parseCsv('\ufeffYear,Month\r\n2018,7')).toEqual([['Year', 'Month'], ['2018', '7']]);
  });
  it('keeps a quote inside an unquoted field as a character', () => {
    expect(parseCsv('5" floppy,x')).toEqual([['5" floppy', 'x']]);
  });
  it('reads a blank line as a record with one empty field, and empty text as no records', () => {
    expect(parseCsv('a\r\n\r\nb\r\n')).toEqual([['a'], [''], ['b']]);
    expect(parseCsv('')).toEqual([]);
  });
  it('refuses an unterminated quoted field, naming the line it starts on', () => {
    expect(() => parseCsv('a\r\nb,"open\r\nstill open')).toThrow(CsvError);
    expect(() => parseCsv('a\r\nb,"open\r\nstill open')).toThrow(/^line 2: a quoted field is never closed/);
  });
  it('refuses text after a closing quote, counting lines inside quoted fields', () => {
    expect(() => parseCsv('"x\ny"z,1')).toThrow(/^line 2: text after the closing quote/);
  });
  it('reads back any table written with RFC 4180 quoting and CRLF line ends', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', '"', '\r', '\n', '\t', '😀') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 }), (rows) => {
        const text = rows.map((row) => row.map(quoteField).join(',') + '\r\n').join('');
        expect(parseCsv(text)).toEqual(rows);
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
