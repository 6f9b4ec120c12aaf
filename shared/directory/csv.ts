/**
 * A small, fast RFC 4180 CSV reader: comma-separated, fields optionally in double quotes (a quote
 * inside a quoted field is doubled), LF or CRLF line ends, optional UTF-8 byte-order mark.
 *
 * Lines without a quote take a fast path (`split`), which matters for the 282,000-row
 * population file; lines with quotes are read character by character and may span lines.
 */

export class CsvSyntaxError extends Error {
  readonly row: number;
  constructor(row: number, message: string) {
    super(message);
    this.row = row;
  }
}

/**
 * Calls `onRecord` for every record, with its row number as a spreadsheet shows it (the first
 * record is row 1; blank lines are skipped but counted). Return false from `onRecord` to stop.
 */
export function forEachCsvRecord(text: string, onRecord: (fields: string[], row: number) => boolean | undefined): void {
  const n = text.length;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let nextQuote = text.indexOf('"', pos);
  let row = 0;
  while (pos < n) {
    row++;
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = n;
    let end = nl;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
    let fields: string[];
    if (nextQuote === -1 || nextQuote >= end) {
      if (end === pos) {
        pos = nl + 1;
        continue;
      }
      fields = text.slice(pos, end).split(',');
      pos = nl + 1;
    } else {
      const record = readQuotedRecord(text, pos, row);
      fields = record.fields;
      pos = record.next;
    }
    if (onRecord(fields, row) === false) return;
  }
}

/** Reads one record that contains at least one quote, starting at `start`. */
function readQuotedRecord(text: string, start: number, row: number): { fields: string[]; next: number } {
  const n = text.length;
  const fields: string[] = [];
  let i = start;
  for (;;) {
    if (text.charCodeAt(i) === 34) {
      // Quoted field.
      let value = '';
      let segment = i + 1;
      i = segment;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) throw new CsvSyntaxError(row, 'a value opens with a quote (") that is never closed');
        if (text.charCodeAt(q + 1) === 34) {
          value += text.slice(segment, q + 1);
          i = q + 2;
          segment = i;
          continue;
        }
        value += text.slice(segment, q);
        i = q + 1;
        break;
      }
      fields.push(value);
      const c = text.charCodeAt(i);
      if (c === 44) {
        i++;
        continue;
      }
      if (i >= n) return { fields, next: n };
      if (c === 10) return { fields, next: i + 1 };
      if (c === 13 && (i + 1 >= n || text.charCodeAt(i + 1) === 10)) return { fields, next: i + 2 };
      throw new CsvSyntaxError(row, 'a quoted value has more text after its closing quote (")');
    }
    // Unquoted field: up to the next comma or line end.
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 44 || c === 10) break;
      j++;
    }
    if (j >= n || text.charCodeAt(j) === 10) {
      const end = j > i && text.charCodeAt(j - 1) === 13 ? j - 1 : j;
      fields.push(text.slice(i, end));
      return { fields, next: j + 1 };
    }
    fields.push(text.slice(i, j));
    i = j + 1;
  }
}
