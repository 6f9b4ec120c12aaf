/**
 * Table cells that mix weights, such as a bold action title over its description. jspdf-autotable
 * draws a cell in one style, so these cells are wrapped here (bold parts in bold metrics, so the
 * row height is right), the table draws the cell's background and rules, and the text is drawn
 * part by part after it.
 */
import type { jsPDF } from 'jspdf';
import type { CellHookData, UserOptions } from 'jspdf-autotable';
import { setFont, type Weight, wrap } from './flow';
import { CELL_PADDING, COLOUR, PT_TO_MM, type Rgb, TYPE } from './layout';

export interface RichPart {
  text: string;
  weight?: Weight;
  colour?: Rgb;
}

/** jspdf-autotable's own line spacing, so drawn lines match the height it reserved. */
const TABLE_LINE_FACTOR = 1.15;

type Hooks = Pick<UserOptions, 'didParseCell' | 'willDrawCell' | 'didDrawCell'>;

/**
 * Hooks that render the given body columns (index → fixed column width in mm) from parts.
 * `partsFor` returns null to leave a cell to the table.
 */
export function richCells(
  doc: jsPDF,
  widths: Record<number, number>,
  partsFor: (rowIndex: number, columnIndex: number) => RichPart[] | null,
  fontSize: number = TYPE.table,
): Hooks {
  const laidOut = new Map<string, { lines: string[]; weight: Weight; colour: Rgb }[]>();
  const key = (data: CellHookData) => `${data.row.index}:${data.column.index}`;
  return {
    didParseCell: (data) => {
      const width = widths[data.column.index];
      if (data.section !== 'body' || width === undefined) return;
      const parts = partsFor(data.row.index, data.column.index);
      if (!parts) return;
      const inner = width - CELL_PADDING.left - CELL_PADDING.right - 0.5;
      const blocks = parts
        .filter((part) => part.text.trim() !== '')
        .map((part) => {
          setFont(doc, fontSize, part.weight ?? 'normal');
          return {
            lines: wrap(doc, part.text, inner),
            weight: part.weight ?? 'normal',
            colour: part.colour ?? COLOUR.text,
          };
        });
      laidOut.set(key(data), blocks);
      data.cell.text = blocks.flatMap((block) => block.lines);
    },
    willDrawCell: (data) => {
      if (data.section === 'body' && laidOut.has(key(data))) data.cell.text = [];
    },
    didDrawCell: (data) => {
      const blocks = data.section === 'body' ? laidOut.get(key(data)) : undefined;
      if (!blocks) return;
      const size = fontSize * PT_TO_MM;
      const x = data.cell.x + CELL_PADDING.left;
      let y = data.cell.y + CELL_PADDING.top + size * (2 - TABLE_LINE_FACTOR);
      for (const block of blocks) {
        setFont(doc, fontSize, block.weight, block.colour);
        for (const line of block.lines) {
          doc.text(line, x, y);
          y += size * TABLE_LINE_FACTOR;
        }
      }
    },
  };
}
