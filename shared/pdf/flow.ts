/**
 * Text flow down the page: a cursor (y) that wraps text to the content width, starts a new page
 * when the next block would not fit, and hands tables to jspdf-autotable with the house style.
 */
import type { jsPDF } from 'jspdf';
import { __createTable, __drawTable, type Table, type UserOptions } from 'jspdf-autotable';
import {
  CELL_PADDING,
  COLOUR,
  CONTENT_BOTTOM,
  CONTENT_WIDTH,
  FONT_FAMILY,
  lineHeight,
  MARGIN,
  PT_TO_MM,
  type Rgb,
  SPACE,
  STROKE,
  TYPE,
} from './layout';

export type Weight = 'normal' | 'bold';

export interface PreparedTable {
  table: Table;
  /** Height of the header row and the first body row, to keep together with what precedes. */
  keep: number;
}

export interface TextStyle {
  size?: number;
  weight?: Weight;
  colour?: Rgb;
  /** Left edge; defaults to the left margin. */
  x?: number;
  /** Wrap width; defaults to the rest of the content width from x. */
  width?: number;
}

/** Distance from the top of a line box to the text baseline, for a font size in points. */
export function baselineOffset(size: number): number {
  return size * PT_TO_MM * 1.02;
}

export function setFont(doc: jsPDF, size: number, weight: Weight = 'normal', colour: Rgb = COLOUR.text): void {
  doc.setFont(FONT_FAMILY, weight);
  doc.setFontSize(size);
  doc.setTextColor(colour[0], colour[1], colour[2]);
}

export function strokeStyle(doc: jsPDF, colour: Rgb, width: number): void {
  doc.setDrawColor(colour[0], colour[1], colour[2]);
  doc.setLineWidth(width);
}

export function fillStyle(doc: jsPDF, colour: Rgb): void {
  doc.setFillColor(colour[0], colour[1], colour[2]);
}

/** Splits text into lines that fit the width at the current font. Keeps the writer's line breaks. */
export function wrap(doc: jsPDF, text: string, width: number): string[] {
  const lines: string[] = doc.splitTextToSize(text, width);
  return lines.length > 0 ? lines : [''];
}

export class Flow {
  y: number = MARGIN.top;

  /**
   * The section being written, e.g. an area's title. A heading pushed onto a new page is
   * preceded by "<section> (continued)" so the reader knows where they are.
   */
  section: string | null = null;

  constructor(readonly doc: jsPDF) {}

  newPage(): void {
    this.doc.addPage();
    this.y = MARGIN.top;
  }

  /** Starts a new page unless `height` millimetres still fit below the cursor. */
  ensure(height: number): void {
    if (this.y + height > CONTENT_BOTTOM) this.newPage();
  }

  space(mm: number): void {
    this.y += mm;
  }

  /** Height that `text` would take, wrapped, in the given style. */
  measure(text: string, style: TextStyle = {}): number {
    const size = style.size ?? TYPE.body;
    setFont(this.doc, size, style.weight);
    const width = style.width ?? CONTENT_WIDTH - ((style.x ?? MARGIN.left) - MARGIN.left);
    return wrap(this.doc, text, width).length * lineHeight(size);
  }

  /** Writes wrapped text at the cursor, breaking across pages line by line if it must. */
  text(text: string, style: TextStyle = {}): void {
    const size = style.size ?? TYPE.body;
    const x = style.x ?? MARGIN.left;
    const width = style.width ?? CONTENT_WIDTH - (x - MARGIN.left);
    setFont(this.doc, size, style.weight, style.colour);
    const step = lineHeight(size);
    for (const line of wrap(this.doc, text, width)) {
      if (this.y + step > CONTENT_BOTTOM) {
        this.newPage();
        setFont(this.doc, size, style.weight, style.colour);
      }
      this.doc.text(line, x, this.y + baselineOffset(size));
      this.y += step;
    }
  }

  paragraph(text: string, style: TextStyle = {}): void {
    this.text(text, style);
    this.y += SPACE.s;
  }

  /** A page or section heading, kept with at least `keepWith` millimetres of what follows. */
  heading(text: string, level: 1 | 2 | 3, keepWith = 20): void {
    const size = level === 1 ? TYPE.h1 : level === 2 ? TYPE.h2 : TYPE.h3;
    const before = level === 1 ? 0 : level === 2 ? SPACE.m : SPACE.s;
    const height = this.measure(text, { size, weight: 'bold' });
    if (this.y > MARGIN.top) this.y += before;
    const page = this.doc.getNumberOfPages();
    this.ensure(height + keepWith);
    if (this.section && level > 1 && this.doc.getNumberOfPages() > page) {
      this.text(`${this.section} (continued)`, { size: TYPE.small, weight: 'bold', colour: COLOUR.secondaryText });
      this.y += SPACE.xs;
    }
    this.text(text, { size, weight: 'bold' });
    if (level === 1) {
      const doc = this.doc;
      doc.setDrawColor(...COLOUR.nhsBlue);
      doc.setLineWidth(STROKE.accent);
      doc.line(MARGIN.left, this.y + 1.2, MARGIN.left + 16, this.y + 1.2);
      this.y += SPACE.m + 1;
    } else {
      this.y += level === 2 ? SPACE.s : SPACE.xs;
    }
  }

  /** A bold label and a value on one line (wrapped if long): "Label  value". */
  field(label: string, value: string, labelWidth = 48): void {
    const valueWidth = CONTENT_WIDTH - labelWidth;
    const height = Math.max(
      this.measure(label, { size: TYPE.body, width: labelWidth - 2 }),
      this.measure(value, { width: valueWidth }),
    );
    this.ensure(height);
    const top = this.y;
    this.text(label, { size: TYPE.body, weight: 'bold', colour: COLOUR.secondaryText, width: labelWidth - 2 });
    const afterLabel = this.y;
    this.y = top;
    this.text(value, { x: MARGIN.left + labelWidth, width: valueWidth });
    this.y = Math.max(this.y, afterLabel) + SPACE.xs;
  }

  /**
   * Lays out a table in the house style without drawing it, so that a heading can be kept with
   * its header row and first row (`keep`). With `title`, a page the table runs onto starts with
   * "<title> (continued)" above the repeated header row.
   */
  prepareTable(options: UserOptions, title?: string): PreparedTable {
    const doc = this.doc;
    // jspdf-autotable's two-step form of autoTable (exported as experimental): lay out, then draw.
    const table = __createTable(doc, {
      theme: 'plain',
      startY: this.y,
      margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.left, right: MARGIN.right },
      showHead: 'everyPage',
      rowPageBreak: 'avoid',
      willDrawPage: (data) => {
        if (!title || data.pageNumber <= 1 || !data.cursor) return;
        setFont(doc, TYPE.small, 'bold', COLOUR.secondaryText);
        doc.text(`${title} (continued)`, MARGIN.left, data.cursor.y + baselineOffset(TYPE.small));
        data.cursor.y += lineHeight(TYPE.small) + SPACE.xs;
      },
      ...options,
      styles: {
        font: FONT_FAMILY,
        fontSize: TYPE.table,
        textColor: [...COLOUR.text],
        cellPadding: { ...CELL_PADDING },
        lineColor: [...COLOUR.border],
        lineWidth: { bottom: STROKE.hairline },
        valign: 'top',
        overflow: 'linebreak',
        ...options.styles,
      },
      headStyles: {
        fontStyle: 'bold',
        fillColor: [...COLOUR.paleGrey],
        textColor: [...COLOUR.text],
        lineColor: [...COLOUR.nhsBlue],
        lineWidth: { bottom: STROKE.rule },
        ...options.headStyles,
      },
    });
    const keep = table.getHeadHeight(table.columns) + (table.body[0]?.height ?? 0);
    return { table, keep: Math.min(keep, CONTENT_BOTTOM - MARGIN.top) };
  }

  /** Draws a prepared table at the cursor, on a new page if its first row would not fit; the cursor moves below it. */
  drawTable(prepared: PreparedTable): void {
    this.ensure(prepared.keep);
    prepared.table.settings.startY = this.y;
    __drawTable(this.doc, prepared.table);
    this.y = (prepared.table.finalY ?? this.y) + SPACE.m;
  }

  /** Lays out and draws a table; see `prepareTable`. */
  table(options: UserOptions, title?: string): void {
    this.drawTable(this.prepareTable(options, title));
  }
}
