/**
 * Reads assets/LICENCES.md (the notices installed with the app) into blocks the About screen
 * shows: the small part of Markdown that file uses (headings, paragraphs, quotes, fenced text,
 * tables, links, `code`), so the notices have one source and need no Markdown library.
 */
export type LicenceBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'table'; header: string[]; rows: string[][] };

/** Links become "text (address)" and bare <address>: the app opens nothing from here. */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .trim();
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => plain(cell));
}

export function parseLicences(markdown: string): LicenceBlock[] {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const blocks: LicenceBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      i++;
    } else if (line.startsWith('```')) {
      const text: string[] = [];
      for (i++; i < lines.length && !(lines[i] ?? '').startsWith('```'); i++) text.push(lines[i] ?? '');
      i++;
      blocks.push({ kind: 'text', text: text.join('\n') });
    } else if (/^#{1,6} /.test(line)) {
      const level = line.indexOf(' ');
      blocks.push({ kind: 'heading', level, text: plain(line.slice(level + 1)) });
      i++;
    } else if (line.startsWith('|')) {
      const rows: string[][] = [];
      for (; i < lines.length && (lines[i] ?? '').startsWith('|'); i++) rows.push(cells(lines[i] ?? ''));
      const [header = [], , ...body] = rows;
      blocks.push({ kind: 'table', header, rows: body });
    } else {
      const quote = line.startsWith('>');
      const text: string[] = [];
      for (; i < lines.length; i++) {
        const next = lines[i] ?? '';
        if (next.trim() === '' || next.startsWith('```') || next.startsWith('|') || /^#{1,6} /.test(next)) break;
        if (next.startsWith('>') !== quote) break;
        text.push(quote ? next.replace(/^>\s?/, '') : next);
      }
      blocks.push({ kind: quote ? 'quote' : 'paragraph', text: plain(text.join(quote ? '\n' : ' ')) });
    }
  }
  return blocks;
}
