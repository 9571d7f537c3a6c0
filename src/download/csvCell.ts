/**
 * One CSV cell, safe to open in a spreadsheet: RFC 4180 quoting, and a guard against formula
 * injection, since a summary such as "=HYPERLINK(…)" would otherwise run as a formula.
 */

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text with a leading apostrophe when a spreadsheet would otherwise read it as a formula. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A field as RFC 4180 writes it: quoted (quotes doubled) when it holds a quote, comma or line break. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A cell: formula-guarded, then quoted. */
export function csvCell(text: string): string {
  return quoteField(guardFormula(text));
}
