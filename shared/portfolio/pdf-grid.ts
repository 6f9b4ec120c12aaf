/**
 * A plain grid for the roll-up's long tables (a row per PCN, up to 1,298 of them), drawn
 * straight onto the page: fixed columns, cells of one or two lines, an optional shade per cell,
 * the header repeated on every page. jspdf-autotable lays out and measures every cell and takes
 * seconds at that size; this takes a fraction of it and looks the same as the house tables.
 */
import type { jsPDF } from 'jspdf';
import { baselineOffset, type Flow, fillStyle, setFont, strokeStyle } from '../pdf/flow';
import {
  COLOUR,
  CONTENT_BOTTOM,
  LINE_HEIGHT_FACTOR,
  lineHeight,
  MARGIN,
  type Rgb,
  SPACE,
  STROKE,
  TYPE,
} from '../pdf/layout';

export interface GridColumn {
  title: string;
  width: number;
  align?: 'left' | 'center';
  bold?: boolean;
  /** Title written upwards, for narrow columns with long titles (a heat map's areas). */
  upright?: boolean;
}

export interface GridRow {
  /** One entry per column: its lines of text (at most two are drawn). */
  cells: string[][];
  /** Shading per column, or null for none. */
  fills?: (Rgb | null)[];
}

const SIZE = 6.2;
/** Height of a header whose titles are written upwards, in millimetres. */
const UPRIGHT_HEIGHT = 30;
const PAD = 0.8;

/** Text shortened with an ellipsis to fit the width at the current font. */
function fitWidth(doc: jsPDF, text: string, width: number): string {
  if (doc.getTextWidth(text) <= width) return text;
  let short = text;
  while (short.length > 1 && doc.getTextWidth(`${short}…`) > width) short = short.slice(0, -1);
  return `${short.trimEnd()}…`;
}

/** A PCN name in up to two lines that fit the column. */
export function nameLines(doc: jsPDF, name: string, width: number): string[] {
  setFont(doc, SIZE);
  const lines: string[] = doc.splitTextToSize(name, width - 2 * PAD);
  if (lines.length <= 2) return lines;
  return [lines[0] ?? '', fitWidth(doc, lines.slice(1).join(' '), width - 2 * PAD)];
}

export function drawGrid(flow: Flow, columns: GridColumn[], rows: GridRow[], title: string): void {
  const { doc } = flow;
  const line = lineHeight(SIZE);
  setFont(doc, SIZE, 'bold');
  const heads = columns.map((c) =>
    (doc.splitTextToSize(c.title, c.upright ? UPRIGHT_HEIGHT : c.width - 2 * PAD) as string[]).slice(0, 3),
  );
  const upright = columns.some((c) => c.upright);
  const headHeight = upright
    ? UPRIGHT_HEIGHT + 2 * PAD
    : Math.max(...heads.map((h) => h.length)) * line + 2 * PAD + 0.6;
  const xs: number[] = [];
  let x = MARGIN.left as number;
  for (const c of columns) {
    xs.push(x);
    x += c.width;
  }
  const right = MARGIN.left + columns.reduce((t, c) => t + c.width, 0);
  const textX = (i: number) => {
    const c = columns[i] as GridColumn;
    return c.align === 'center' ? (xs[i] as number) + c.width / 2 : (xs[i] as number) + PAD;
  };

  const header = (continued: boolean) => {
    if (continued) {
      setFont(doc, TYPE.small, 'bold', COLOUR.secondaryText);
      doc.text(`${title} (continued)`, MARGIN.left, flow.y + baselineOffset(TYPE.small));
      flow.y += lineHeight(TYPE.small) + SPACE.xs;
    }
    fillStyle(doc, COLOUR.paleGrey);
    doc.rect(MARGIN.left, flow.y, right - MARGIN.left, headHeight, 'F');
    setFont(doc, SIZE, 'bold');
    heads.forEach((lines, i) => {
      const c = columns[i] as GridColumn;
      lines.forEach((text, j) => {
        if (c.upright) {
          // Read from the bottom up, lines side by side across the column.
          const x0 = (xs[i] as number) + c.width / 2 - ((lines.length - 1) * line) / 2 + j * line + 1;
          doc.text(text, x0, flow.y + headHeight - PAD, { angle: 90 });
        } else {
          doc.text(text, textX(i), flow.y + PAD + j * line + baselineOffset(SIZE), {
            align: c.align === 'center' ? 'center' : 'left',
          });
        }
      });
    });
    strokeStyle(doc, COLOUR.nhsBlue, STROKE.rule);
    doc.line(MARGIN.left, flow.y + headHeight, right, flow.y + headHeight);
    flow.y += headHeight;
  };

  // Centred cells repeat a few texts (figures and level words) thousands of times: their widths
  // are measured once each, and the text placed at its left edge, which jsPDF draws without measuring.
  const widths = new Map<string, number>();
  const write = (text: string, i: number, y: number, weight: 'bold' | 'normal') => {
    if (columns[i]?.align !== 'center') {
      doc.text(text, textX(i), y);
      return;
    }
    const key = `${weight}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = doc.getTextWidth(text);
      widths.set(key, width);
    }
    doc.text(text, textX(i) - width / 2, y);
  };

  flow.ensure(headHeight + 2 * line + 2 * PAD);
  header(false);
  for (const row of rows) {
    const lines = Math.min(2, Math.max(1, ...row.cells.map((c) => c.length)));
    const height = lines * line + 2 * PAD;
    if (flow.y + height > CONTENT_BOTTOM) {
      flow.newPage();
      header(true);
    }
    row.fills?.forEach((fill, i) => {
      if (!fill) return;
      fillStyle(doc, fill);
      doc.rect(xs[i] as number, flow.y, columns[i]?.width ?? 0, height, 'F');
    });
    // One font change per weight per row, not per cell: a heat map of 1,298 PCNs has over 20,000 cells.
    const y = flow.y + PAD + baselineOffset(SIZE);
    setFont(doc, SIZE, 'bold');
    row.cells.forEach((cell, i) => {
      // The figure in bold; its level word goes beneath it in the regular weight below.
      if (columns[i]?.bold) write(cell[0] ?? '', i, y, 'bold');
    });
    setFont(doc, SIZE, 'normal');
    row.cells.forEach((cell, i) => {
      if (columns[i]?.bold) {
        if (cell[1]) write(cell[1], i, y + line, 'normal');
      } else if (columns[i]?.align === 'center') {
        cell.slice(0, 2).forEach((text, j) => {
          write(text, i, y + j * line, 'normal');
        });
      } else {
        // Both lines in one call: far fewer text operations for a table of 1,298 rows.
        doc.text(cell.slice(0, 2), textX(i), y, { lineHeightFactor: LINE_HEIGHT_FACTOR });
      }
    });
    strokeStyle(doc, COLOUR.border, STROKE.hairline);
    doc.line(MARGIN.left, flow.y + height, right, flow.y + height);
    flow.y += height;
  }
  flow.y += SPACE.m;
}
