/**
 * The rules for text a user gives the app, one set for every way in: the forms (renderer), IPC
 * (contract.ts, checked in the main process) and files (assessment and response files). What
 * counts as blank, what is stripped and how length is counted must not differ between them, or a
 * file could bring in what the editor refuses.
 *
 * - Control characters (C0 and C1, DEL) and the bidirectional embedding, override and isolate
 *   controls (U+202A–U+202E, U+2066–U+2069) are removed: they are invisible, cut text off in a
 *   PDF and can reorder what a reader sees (a right-to-left override turns "exe.fdp" into "pdf.exe").
 * - A single-line value (name, title, role) also loses line breaks and tabs (each becomes a space)
 *   and the spaces at either end. Longer text keeps its line breaks.
 * - A value is blank when nothing visible is left: white space and invisible formatting
 *   characters (zero-width space U+200B, joiners, the byte order mark, the soft hyphen, Hangul
 *   fillers) do not count. Such characters are kept inside text, where joiners matter in some
 *   scripts and in emoji.
 * - Length is counted in UTF-16 code units (JavaScript's `length`) of the cleaned value.
 */

const CONTROLS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069';
const CONTROL = new RegExp(`[${CONTROLS}]`, 'g');
const LINE_BREAKS = /\r\n|[\r\n\t\u2028\u2029\u0085]/g;
const INVISIBLE = /\s|\p{Cf}|\u034F|[\u115F\u1160\u3164\uFFA0\u2800]/gu;

/**
 * A single-line value as stored: no control characters or line breaks, no spaces at either end,
 * and empty when nothing visible is left (so "no owner" is always the empty string).
 */
export function cleanLine(value: string): string {
  const line = value.replace(LINE_BREAKS, ' ').replace(CONTROL, '').trim();
  return isBlank(line) ? '' : line;
}

/** Longer text as stored: no control characters; line breaks and tabs kept as written. */
export function cleanText(value: string): string {
  return value.replace(CONTROL, '');
}

/** True when nothing visible is left: only spaces and invisible characters, or nothing at all. */
export function isBlank(value: string): boolean {
  return value.replace(INVISIBLE, '') === '';
}

/** The message for a value over its limit, or null. `label` starts the sentence ("The title"). */
export function tooLong(value: string, limit: number, label: string): string | null {
  return value.length > limit ? `${label} must be ${limit.toLocaleString('en-GB')} characters or fewer.` : null;
}
