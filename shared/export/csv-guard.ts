/**
 * The formula-injection guard for CSV cells (OWASP "CSV Injection"). A spreadsheet runs a cell as
 * a formula when it starts with = + - or @, and Excel and others also do so when those come after
 * leading spaces or a line break, or in their fullwidth forms (＝ ＋ － ＠, which Excel folds to
 * the ASCII ones). Such a cell gets a leading apostrophe (`'=SUM(A1)`): visible in the cell, the
 * text otherwise unchanged. A cell starting with a tab, carriage return or line feed is guarded
 * too, as some programs strip them before reading the rest.
 */

/** White space a spreadsheet may skip before it looks for a formula, then a formula starter. */
const FORMULA_START = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
