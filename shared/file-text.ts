/**
 * Turning a file's bytes into text, for every file the app reads (assessment files, response
 * packs and files, NHS England's directory files). UTF-8 (with or without a byte order mark) and
 * UTF-16 with a byte order mark are decoded. Anything else is refused with a message naming the
 * encoding: bytes that are not UTF-8 are never replaced with U+FFFD and stored, which would
 * silently turn "£" or "é" into "�".
 *
 * Also the sizes in "too large" messages, shown precisely enough that they differ.
 */

// The WHATWG decoder, global in Node and in browsers; shared/ is compiled without either's types.
declare const TextDecoder: new (
  label: string,
  options: { fatal: boolean; ignoreBOM: boolean },
) => { decode(bytes: Uint8Array): string };

export type FileText = { ok: true; text: string } | { ok: false; message: string };

/**
 * Decodes `bytes`. `what` names the file for the message ("This file", "mapping.csv"); a refusal
 * says which encoding the file seems to be in and how to save it as UTF-8.
 */
export function decodeFileText(bytes: Uint8Array, what: string): FileText {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return refuse(what, 'UTF-32');
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return refuse(what, 'UTF-32');
  if (a === 0xff && b === 0xfe) return decode(bytes.subarray(2), 'utf-16le', what, 'UTF-16');
  if (a === 0xfe && b === 0xff) return decode(bytes.subarray(2), 'utf-16be', what, 'UTF-16');
  const body = a === 0xef && b === 0xbb && c === 0xbf ? bytes.subarray(3) : bytes;
  // UTF-16 of Latin text is also valid UTF-8 (full of zero bytes), so it is looked for first.
  if (looksLikeUtf16(body)) return refuse(what, 'UTF-16 without a byte order mark');
  const utf8 = decode(body, 'utf-8', what, 'UTF-8');
  return utf8.ok ? utf8 : refuse(what, 'Windows-1252');
}

function decode(bytes: Uint8Array, label: string, what: string, name: string): FileText {
  try {
    return { ok: true, text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      message: `${what} says it is in ${name} but contains bytes that are not valid ${name}, so it may be damaged. Nothing was imported.`,
    };
  }
}

/** Text in UTF-16 has a zero byte in every other place while it is in the Latin alphabet. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros++;
  return sample.length >= 4 && zeros >= sample.length / 4;
}

function refuse(what: string, encoding: string): FileText {
  const likely =
    encoding === 'Windows-1252'
      ? 'is not saved as UTF-8: it looks like Windows-1252 ("ANSI"), which older versions of Excel and Notepad use'
      : `is saved as ${encoding}, which this app does not read`;
  return {
    ok: false,
    message:
      `${what} ${likely}. Nothing was imported, so that no character (such as £ or é) is changed. ` +
      'Open it in the program that made it, save it again as "UTF-8" (in Excel, "CSV UTF-8"; in Notepad, Encoding "UTF-8"), and import it again.',
  };
}

/**
 * "5.01 MB; the limit is 5 MB": a file's size beside a limit, with enough decimals that the two
 * never read the same when they differ.
 */
export function sizeAgainstLimit(bytes: number, limit: number): string {
  for (const digits of [1, 2, 3]) {
    const size = megabytes(bytes, digits);
    const max = megabytes(limit, digits);
    if (size !== max) return `${size}; the limit is ${max}`;
  }
  return `${bytes.toLocaleString('en-GB')} bytes; the limit is ${limit.toLocaleString('en-GB')} bytes`;
}

function megabytes(bytes: number, digits: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(digits).replace(/\.?0+$/, '')} MB`;
}
